package uk.interimexchange.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Dependencies point inward: the domain depends on no other layer; the application on the domain and on the ports it
 * declares; infrastructure implements those ports; the pages and the API call the application and nothing beneath it.
 */
@AnalyzeClasses(packages = "uk.interimexchange", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersPointInward = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("uk.interimexchange.domain..")
            .layer("Application").definedBy("uk.interimexchange.application..")
            .layer("Infrastructure").definedBy("uk.interimexchange.infrastructure..")
            .layer("Interfaces").definedBy("uk.interimexchange.interfaces..")
            .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
            .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer()
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Infrastructure", "Interfaces");

    @ArchTest
    static final ArchRule servicesAreCalledThroughTheirInterfaces = noClasses()
            .that().resideOutsideOfPackage("uk.interimexchange.application.internal..")
            .should().dependOnClassesThat().resideInAPackage("uk.interimexchange.application.internal..")
            .because("pages, the API and infrastructure call a service's interface, which carries its authorization rules");

    @ArchTest
    static final ArchRule portsAreImplementedByInfrastructure = classes()
            .that().implement(com.tngtech.archunit.base.DescribedPredicate.describe("a port",
                    (com.tngtech.archunit.core.domain.JavaClass c) -> c.getPackageName().equals("uk.interimexchange.application.port")))
            .should().resideInAPackage("uk.interimexchange.infrastructure..");

    @ArchTest
    static final ArchRule theDomainKnowsNoFramework = noClasses()
            .that().resideInAPackage("uk.interimexchange.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ejb..", "jakarta.inject..", "jakarta.enterprise..",
                    "jakarta.faces..", "jakarta.ws.rs..", "jakarta.servlet..", "org.primefaces..", "org.omnifaces..")
            .because("the domain's rules hold without a server; only its mapping to tables is annotated");

    @ArchTest
    static final ArchRule pagesNeverAskTheRequestForRoles = noClasses()
            .that().resideInAPackage("uk.interimexchange.interfaces..")
            .and().resideOutsideOfPackage("uk.interimexchange.interfaces.web.security..")
            .should().callMethod(jakarta.servlet.http.HttpServletRequest.class, "isUserInRole", String.class)
            .because("what a caller may see and do on a page is worked out once, in the service's view for it");
}
