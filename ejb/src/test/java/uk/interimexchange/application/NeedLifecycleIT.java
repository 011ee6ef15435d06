package uk.interimexchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.need.Importance;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.need.Urgency;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Funding;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.model.skill.SkillRepository;

/** The need and scoping services on the real server and database (Payara Micro, H2 or PostgreSQL). */
@ExtendWith(ArquillianExtension.class)
class NeedLifecycleIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "interim-it.war")
                .addPackages(true, "uk.interimexchange")
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties")
                .addAsResource("db/migration/V1__initial_schema.sql")
                .addAsResource("reference/ods-trusts-etr.csv")
                .addAsWebInfResource(new File("src/main/resources/META-INF/ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource(new File("src/main/resources/META-INF/beans.xml"), "beans.xml")
                .addAsLibraries(jarOf(org.flywaydb.core.Flyway.class),
                        jarOf(org.flywaydb.database.postgresql.PostgreSQLDatabaseType.class),
                        jarOf(org.postgresql.Driver.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Inject
    NeedService needService;

    @Inject
    ScopingService scopingService;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SkillRepository skills;

    @Inject
    TestAccounts testAccounts;

    @Inject
    TestCurrentUser currentUser;

    @Resource
    ManagedExecutorService executor;

    private NeedDetails details(String title) {
        LocalDate today = LocalDate.now();
        return new NeedDetails(title, "The trust's frailty pathway is fragmented", "Frail patients wait too long in ED",
                List.of(new RequiredSkill(skills.findByName("Pathway redesign").orElseThrow(), Importance.ESSENTIAL, SkillLevel.EXPERIENCED)),
                Band.BAND_8A, new BigDecimal("1"), 12, today.plusWeeks(4), today.plusWeeks(8), "St Thomas' Hospital", true,
                Funding.NO_CHARGE, Urgency.SOON, today.plusWeeks(3), "Board wants this by spring");
    }

    @Test
    void referenceDataIsLoadedAtStartUp() {
        currentUser.actAs(Actor.system());
        Organisation gstt = organisations.findByOdsCode("RJ1").orElseThrow();
        assertEquals("Guy's and St Thomas' NHS Foundation Trust", gstt.getName());
        assertTrue(gstt.isActive());
        assertTrue(skills.countSkills() >= 40, "the taxonomy has at least 40 skills");
    }

    @Test
    void aNeedGoesFromDraftThroughAgreedScopeToOpenWithItsAuditTrail() {
        Actor host = testAccounts.create("Sam Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Cara Coordinator", Role.COORDINATOR, null);

        currentUser.actAs(host);
        Need need = needService.post(host.organisationId(), details("Redesign the frailty pathway"));
        assertEquals(NeedState.DRAFT, need.getState());
        long id = need.getId();
        needService.submit(id);

        currentUser.actAs(coordinator);
        assertEquals(NeedState.SCOPING, needService.startScoping(id).getState());
        var refused = assertThrows(BusinessRuleException.class, () -> needService.publish(id));
        assertTrue(refused.getMessage().contains("until its scoping document is agreed"));

        currentUser.actAs(host);
        scopingService.reviseDraft(id, new Fixtures().completeScope());
        currentUser.actAs(coordinator);
        scopingService.issueForSignOff(id);
        currentUser.actAs(host);
        scopingService.signOff(id, SignOffParty.HOST_SPONSOR);
        currentUser.actAs(coordinator);
        assertTrue(scopingService.signOff(id, SignOffParty.COORDINATOR).isAgreed());
        assertEquals(NeedState.OPEN, needService.publish(id).getState());

        List<AuditEvent> history = needService.history(id);
        assertEquals(List.of("posted", "submitted", "taken into scoping", "published"),
                history.stream().map(AuditEvent::getAction).toList());
        assertEquals(host.name(), history.get(1).getActor());
        assertEquals("SUBMITTED", history.get(1).getToState());
        assertEquals(coordinator.name(), history.get(3).getActor());
        assertEquals("SCOPING", history.get(3).getFromState());
        assertEquals("OPEN", history.get(3).getToState());
    }

    @Test
    void aHostCannotSeeOrActOnAnotherOrganisationsNeed() {
        Actor host = testAccounts.create("Sam Sponsor", Role.HOST, "RJ1");
        Actor otherHost = testAccounts.create("Olu Other", Role.HOST, "R0A");
        currentUser.actAs(host);
        long id = needService.post(host.organisationId(), details("Governance review")).getId();

        currentUser.actAs(otherHost);
        assertThrows(NotFoundException.class, () -> needService.find(id));
        assertThrows(AccessDeniedException.class, () -> needService.submit(id));
        assertTrue(needService.search(null, uk.interimexchange.domain.model.shared.PageRequest.first(50)).items().stream()
                .noneMatch(n -> n.getId() == id));
    }

    @Test
    void concurrentEditsOfOneNeedEndWithOneClearConflictAndNoLostUpdate() throws Exception {
        Actor host = testAccounts.create("Sam Sponsor", Role.HOST, "RJ1");
        currentUser.actAs(host);
        Need need = needService.post(host.organisationId(), details("Original title"));
        long id = need.getId();
        long loadedVersion = need.getVersion();

        CyclicBarrier bothReady = new CyclicBarrier(2);
        List<Future<String>> edits = new ArrayList<>();
        for (String title : List.of("Title from editor A", "Title from editor B")) {
            edits.add(executor.submit(() -> {
                bothReady.await(10, TimeUnit.SECONDS);
                try {
                    return needService.revise(id, loadedVersion, details(title)).getTitle();
                } catch (ConcurrentChangeException e) {
                    return "conflict: " + e.getMessage();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> edit : edits) {
            outcomes.add(edit.get(60, TimeUnit.SECONDS));
        }
        List<String> conflicts = outcomes.stream().filter(o -> o.startsWith("conflict: ")).toList();
        List<String> saved = outcomes.stream().filter(o -> !o.startsWith("conflict: ")).toList();
        assertEquals(1, conflicts.size(), "exactly one edit is refused: " + outcomes);
        assertTrue(conflicts.get(0).contains("Someone else changed this need while you were working on it"));
        assertEquals(saved.get(0), needService.find(id).getTitle(), "the saved edit is what the need now says");
    }
}
