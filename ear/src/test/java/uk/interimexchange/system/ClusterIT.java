package uk.interimexchange.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The product on Payara Server's own cluster, as production runs it: a DAS, a deployment group of two instances
 * sharing sessions through the Data Grid, HAProxy in front, PostgreSQL, production mode (no demo data, no developer
 * mailbox: emails go to a real SMTP server, GreenMail, run here). It is started by the same cluster.sh the README's
 * command runs, on its own ports and its own database, and stopped and dropped afterwards. Instances are killed with
 * kill -9, as a machine dying would; a little load runs through each failover and every failed request is counted.
 * Reminder rounds run every minute on both instances, so the once-only reminder is shown on two real nodes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final int SMTP_PORT = 38025;
    private static final String SCRIPT = System.getProperty("cluster.script", "src/cluster/cluster.sh");
    private static final Path HOME = Path.of(System.getProperty("cluster.home", "target/cluster-test"));
    private static final String DATABASE = "interim_cluster_" + ProcessHandle.current().pid();
    private static final Duration UP_TO_START = Duration.ofMinutes(10);

    private static GreenMail smtp;
    private static final List<String> FIGURES = new ArrayList<>();

    private WebBrowser browser;

    @BeforeAll
    static void startTheCluster() throws Exception {
        smtp = startSmtp();
        People.smtp = smtp;
        Files.createDirectories(HOME);
        psql("create database " + DATABASE);
        long started = System.nanoTime();
        cluster("start");
        FIGURES.add("cluster started (domain, group of two, deployment, load balancer) in " + seconds(started) + " s");
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        try {
            cluster("stop");
        } finally {
            psql("drop database if exists " + DATABASE + " with (force)");
            People.smtp = null;
            if (smtp != null) {
                smtp.stop();
            }
            System.out.println("Cluster figures: " + FIGURES); // for the README
        }
    }

    @AfterEach
    void bothInstancesServeAgain() throws Exception {
        if (browser != null) {
            browser.close();
        }
        for (int n = 1; n <= 2; n++) {
            if (!ready(n)) {
                cluster("start-instance", String.valueOf(n));
            }
        }
    }

    @Test
    @Order(1)
    void whenTheInstanceServingAPersonIsKilledTheyStaySignedInOnTheirPageAndTheirOpenFormStillSubmits() throws Exception {
        People.Person host = People.host("Cleo Cluster", "Leeds");
        People.Person coordinator = People.coordinator("Colm Cluster");
        People.Person associate = People.associate("Asha Cluster");
        long needId = Programme.openNeed(host, coordinator, "Cluster failover " + System.nanoTime());
        Programme.profile(associate);

        browser = WebBrowser.open();
        browser.signIn(associate).go("applications/apply.xhtml?need=" + needId);
        assertTrue(browser.has("#apply\\:statement"), "the application form is open: " + browser.text());
        browser.type("apply:statement", "I ran outpatient recovery at my own trust for two years.").click("apply:availability")
                .type("apply:conflict", "None");
        String serving = browser.cookie("SERVED_BY");
        assertTrue("i1".equals(serving) || "i2".equals(serving), "the load balancer pinned the session: " + serving);

        Load load = Load.start(3);
        long killed = System.nanoTime();
        cluster("kill", serving.substring(1));
        browser.submit("apply:submit");
        FIGURES.add("first page after kill -9 of the serving instance answered in " + seconds(killed) + " s");

        assertFalse(browser.title().startsWith("Sorry") || browser.title().startsWith("The page timed out")
                || browser.title().startsWith("We could not"), "no error page after the failover: " + browser.text());
        assertTrue(browser.path().matches("/applications/\\d+"), "the form was sent and its application shown: " + browser.path());
        assertEquals("Submitted", browser.find("#application-state").getText());
        assertTrue(browser.has("#sign-out"), "still signed in");
        assertNotEquals(serving, browser.cookie("SERVED_BY"), "now served by the other instance");
        long applicationId = Long.parseLong(browser.path().substring(browser.path().lastIndexOf('/') + 1));

        Programme.shortlisted(coordinator, applicationId); // the coordinator's session may have been on the dead one too
        browser.go("applications/" + applicationId);
        assertEquals("Shortlisted", browser.find("#application-state").getText(), "the journey went on: nothing was lost");
        // the journey may be quicker than the load needs to show anything: let it answer a few pages more after the failover
        int answeredAfterFailover = load.answered();
        await("the load goes on after the failover").atMost(Duration.ofMinutes(1)).pollInterval(Duration.ofMillis(200))
                .until(() -> load.answered() + load.failed() > Math.max(20, answeredAfterFailover + 5));
        Load.Result result = load.stop();
        FIGURES.add("load through the kill: " + result);
        assertEquals(0, result.failed(), "no request failed through the failover: " + result);
        assertTrue(result.answered() > 20, "the load ran through the failover: " + result);
    }

    @Test
    @Order(2)
    void eachReminderIsSentOnceWhenBothInstancesRunARound() throws Exception {
        People.Person host = People.host("Rhea Reminded", "Leeds");
        People.Person coordinator = People.coordinator("Cole Reminded");
        People.Person associate = People.associate("Remy Reminded");
        Programme.proposedPlacement(host, coordinator, associate, "Cluster reminder " + System.nanoTime());
        String reminder = "Reminder: Sign-off of the placement of Remy Reminded"; // chased at once here: no sign-off is in
        int[] roundsBefore = {rounds(1), rounds(2)};

        await("a round sends the reminder").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1))
                .until(() -> People.newestBody(associate.email(), reminder) != null);
        // each instance has now begun at least one whole round after the placement was proposed (rounds run every minute)
        await("both instances run two rounds").atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofSeconds(2))
                .until(() -> rounds(1) >= roundsBefore[0] + 2 && rounds(2) >= roundsBefore[1] + 2);
        for (People.Person person : List.of(associate, host, coordinator)) {
            long copies = Arrays.stream(smtp.getReceivedMessagesForDomain(person.email())).filter(m -> subject(m).startsWith(reminder)).count();
            assertEquals(1, copies, person.name() + " is reminded once, though both instances ran rounds");
        }
        FIGURES.add("reminder rounds on both instances after the reminder fell due: " + (rounds(1) - roundsBefore[0]) + " and "
                + (rounds(2) - roundsBefore[1]) + "; copies of it each person received: 1");
    }

    @Test
    @Order(3)
    void eachEmailIsSentOnceByTwoNodesAndOneQueuedOnANodeThatIsKilledIsStillSent() throws Exception {
        Map<String, Integer> copies = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            copies.merge(message.getMessageID() + " to " + String.join(",", List.of(message.getHeader("To"))), 1, Integer::sum);
        }
        assertFalse(copies.isEmpty(), "the journeys sent emails");
        copies.forEach((email, count) -> assertEquals(1, count, "sent once: " + email));

        smtp.stop(); // the mail server is away: the email waits in the outbox and its attempts fail
        String email = "queued.on.a.dying.node." + System.nanoTime() + "@system-test.example";
        try {
            browser = WebBrowser.open();
            browser.go("register.xhtml").type("register:fullName", "Quinn Queued").type("register:email", email)
                    .type("register:password", People.PASSWORD).submit("register:submit");
            assertEquals("Check your email", browser.heading(), "registered: " + browser.text());
            String node = browser.cookie("SERVED_BY");
            assertTrue("i1".equals(node) || "i2".equals(node), "the registration was served by one instance: " + node);
            cluster("kill", node.substring(1));
        } finally {
            smtp = startSmtp();
            People.smtp = smtp;
        }

        // At once, unless the instance died holding its claim on the email mid-attempt: the claim then lapses after five
        // minutes (MailSettings.claimFor) and the other instance sends it
        await("the email queued on the instance that died").atMost(Duration.ofMinutes(6)).pollInterval(Duration.ofSeconds(1))
                .until(() -> People.newestBody(email, "Confirm your email address") != null);
        assertEquals(1, smtp.getReceivedMessagesForDomain(email).length, "sent once, by the instance still alive");
    }

    @Test
    @Order(4)
    void aRollingRestartUnderLoadLosesNoRequestAndProductionModeHidesOperationsAndDemoPages() throws Exception {
        People.Person associate = People.associate("Rolo Rolling");
        Load load = Load.start(3);
        long started = System.nanoTime();
        cluster("rolling");
        long took = seconds(started);
        Load.Result result = load.stop();
        FIGURES.add("rolling restart of both instances took " + took + " s; load through it: " + result);
        assertEquals(0, result.failed(), "no request failed through the rolling restart: " + result);
        assertTrue(result.answered() > 50, "the load ran through the restart: " + result);
        assertEquals(200, associate.browser().get("account/").statusCode(), "and the person made before it still signs in");

        HttpClient http = HttpClient.newHttpClient();
        for (String operations : List.of("health/ready", "health", "metrics", "openapi", "dev/mailbox.xhtml")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE + operations)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, answer.statusCode(), operations + " is not served on the public port");
            assertFalse(answer.body().contains("Payara") || answer.body().contains("HAProxy"), answer.body());
        }
        HttpResponse<String> home = http.send(HttpRequest.newBuilder(URI.create(Browser.BASE)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, home.statusCode());
        assertFalse(home.body().contains("id=\"demo-banner\""), "production is no demonstration: " + home.body());
    }

    private static boolean ready(int instance) {
        try {
            HttpResponse<Void> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + (38000 + 100 * instance + 180) + "/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException | InterruptedException down) {
            return false;
        }
    }

    /** How many reminder rounds instance N has finished, from its server logs (rotated ones too). */
    private static int rounds(int instance) throws IOException {
        Path logs = HOME.resolve("payara6/glassfish/nodes/localhost-interim/interim-" + instance + "/logs");
        int rounds = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path log : files.filter(f -> f.getFileName().toString().startsWith("server.log")).toList()) {
                try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
                    rounds += (int) lines.filter(line -> line.contains("Reminder round: ")).count();
                }
            }
        }
        return rounds;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static GreenMail startSmtp() {
        GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static long seconds(long sinceNanos) {
        return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - sinceNanos);
    }

    /** Runs cluster.sh with this test's ports, database, mail server and first administrator; fails with its output. */
    private static void cluster(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(HOME.resolve("cluster.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("CLUSTER_HOME", HOME.toString());
        env.put("EAR", System.getProperty("cluster.ear", "target/interim-exchange.ear"));
        env.put("CLUSTER_PORT", String.valueOf(URI.create(Browser.BASE).getPort()));
        env.put("CLUSTER_PORTBASE", "38000");
        env.put("INTERIM_DB_URL", "jdbc:postgresql://127.0.0.1:5432/" + DATABASE);
        env.put("INTERIM_DB_USER", "postgres");
        env.put("INTERIM_DB_PASSWORD", "unused");
        env.put("INTERIM_SMTP_HOST", "127.0.0.1");
        env.put("INTERIM_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.put("INTERIM_SMTP_STARTTLS", "false");
        env.put("INTERIM_MAIL_POLL_SECONDS", "1");
        env.put("INTERIM_MAIL_RETRY_SECONDS", "1");
        env.put("INTERIM_FIRST_ADMIN", People.OPERATOR);
        env.put("INTERIM_REMINDERS_HOURS", "*"); // a round every minute on each instance, and sign-offs chased at once,
        env.put("INTERIM_REMINDERS_MINUTE", "*"); // so two real nodes race to send a reminder within the test
        env.put("INTERIM_REMINDERS_SIGN_OFF_WORKING_DAYS", "0");
        Process process = builder.start();
        if (!process.waitFor(UP_TO_START.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("cluster.sh " + String.join(" ", arguments) + " did not finish: see " + HOME.resolve("cluster.log"));
        }
        assertEquals(0, process.exitValue(), "cluster.sh " + String.join(" ", arguments) + ": " + tail(HOME.resolve("cluster.log")));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private static void psql(String sql) throws Exception {
        Process process = new ProcessBuilder("psql", "-h", "127.0.0.1", "-U", "postgres", "-d", "postgres", "-v", "ON_ERROR_STOP=1", "-q",
                "-c", sql).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, sql + ": " + output);
    }

    /**
     * A few visitors walking public pages through the load balancer, each with its own session, until stopped (and at
     * most ten minutes): every answer that is an error, and every request that got no answer, is a failure.
     */
    private static final class Load {

        private static final Duration THINK = Duration.ofMillis(100);
        private static final List<String> PAGES = List.of("", "sign-in.xhtml", "register.xhtml", "accessibility.xhtml", "privacy.xhtml");

        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger answered = new AtomicInteger();
        private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final List<Thread> visitors = new ArrayList<>();

        record Result(int answered, int failed, List<String> examples) {
            @Override
            public String toString() {
                return answered + " answered, " + failed + " failed" + (examples.isEmpty() ? "" : " " + examples);
            }
        }

        static Load start(int visitors) {
            Load load = new Load();
            long until = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
            for (int v = 0; v < visitors; v++) {
                Thread visitor = new Thread(() -> {
                    Browser browser = new Browser();
                    int page = 0;
                    while (load.running.get() && System.nanoTime() < until) {
                        String path = PAGES.get(page++ % PAGES.size());
                        try {
                            int status = browser.get(path).statusCode();
                            if (status >= 400) {
                                load.failures.add(status + " /" + path);
                            } else {
                                load.answered.incrementAndGet();
                            }
                        } catch (IOException e) {
                            load.failures.add(e.getClass().getSimpleName() + " (" + e.getMessage() + ") /" + path);
                        } catch (InterruptedException e) {
                            return;
                        }
                        try {
                            Thread.sleep(THINK.toMillis()); // a person reads a page before the next: a few users, not a flood
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                }, "load-" + v);
                visitor.start();
                load.visitors.add(visitor);
            }
            return load;
        }

        int answered() {
            return answered.get();
        }

        int failed() {
            return failures.size();
        }

        Result stop() throws InterruptedException {
            running.set(false);
            for (Thread visitor : visitors) {
                visitor.join(TimeUnit.SECONDS.toMillis(90));
            }
            List<String> examples = new ArrayList<>(failures);
            return new Result(answered.get(), examples.size(), Collections.unmodifiableList(examples.subList(0, Math.min(5, examples.size()))));
        }
    }
}
