package uk.interimexchange.application;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WebArchive every Arquillian class deploys: all our classes, migrations and descriptors, with the test roles. */
final class TestDeployment {

    private TestDeployment() {
    }

    static WebArchive war(String name) {
        return ShrinkWrap.create(WebArchive.class, name)
                .addPackages(true, "uk.interimexchange")
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/microprofile-config.properties")
                .addAsResource(new File("src/main/resources/db/migration"), "db/migration") // every migration, new ones too
                .addAsResource("reference/ods-trusts-etr.csv")
                .addAsResource(new File("src/main/resources/mail"), "mail") // the email templates
                .addAsWebInfResource(new File("src/main/resources/META-INF/ejb-jar.xml"), "ejb-jar.xml")
                .addAsWebInfResource(new File("src/main/resources/META-INF/beans.xml"), "beans.xml")
                .addAsWebInfResource(new File("src/test/resources/arquillian/glassfish-ejb-jar.xml"), "glassfish-ejb-jar.xml")
                .addAsWebInfResource(new File("src/test/resources/arquillian/glassfish-web.xml"), "glassfish-web.xml")
                .addAsLibraries(jarOf(org.flywaydb.core.Flyway.class),
                        jarOf(org.flywaydb.database.postgresql.PostgreSQLDatabaseType.class),
                        jarOf(org.postgresql.Driver.class),
                        jarOf(com.nulabinc.zxcvbn.Zxcvbn.class),
                        jarOf(org.jgrapht.Graph.class), jarOf(org.jheaps.AddressableHeap.class), jarOf(org.apfloat.Apfloat.class),
                        jarOf(com.lowagie.text.Document.class),
                        jarOf(net.fortuna.ical4j.model.Calendar.class), jarOf(org.apache.commons.lang3.StringUtils.class),
                        jarOf(org.apache.commons.codec.binary.Base64.class), jarOf(org.threeten.extra.Interval.class),
                        jarOf(org.slf4j.LoggerFactory.class));
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
