package uk.interimexchange.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox against a real SMTP server (GreenMail) on the deployed EAR: what is queued while the server is down
 * waits and is retried, arrives exactly once when it is back, and survives a restart of the application server.
 */
class MailOutboxIT {

    private static final int SMTP_PORT = Integer.getInteger("smtp.port", 28025);

    private final Browser browser = new Browser();
    private GreenMail smtp;

    @AfterEach
    void stopMailServer() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    private void mailServerComesUp() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    private void askForReset(String address) throws Exception {
        HttpResponse<String> sent = browser.submit("forgotten-password.xhtml", "forgotten", Map.of("email", address), "submit");
        assertEquals(302, sent.statusCode(), sent.body());
    }

    /** The developer mailbox lists the reset email to {@code address} as still waiting in the outbox. */
    private boolean isWaiting(String address) throws Exception {
        String mailbox = browser.get("dev/mailbox.xhtml").body();
        return Pattern.compile(Pattern.quote(address) + "\\s*</td>\\s*<td>\\s*<a[^>]*>Reset your Interim Exchange password</a>"
                + ".*?</td>\\s*<td>\\s*QUEUED", Pattern.DOTALL).matcher(mailbox).find();
    }

    private void assertWaiting(String address) throws Exception {
        assertTrue(isWaiting(address), "the reset email to " + address + " waits in the outbox");
    }

    private static final String RESET = "Reset your Interim Exchange password";

    /**
     * How long an email may take to arrive once the server is back: everything the other tests queued while it was down
     * (their registrations, and every coordinator told of every need) goes first, in order, fifty a round.
     */
    private static final Duration BACKLOG = Duration.ofMinutes(5);

    /** The password-reset emails {@code address} has received; its confirmation email may arrive too, so only these count. */
    private List<MimeMessage> resetsReceivedBy(String address) throws MessagingException {
        List<MimeMessage> resets = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(address)) {
            if (RESET.equals(message.getSubject())) {
                resets.add(message);
            }
        }
        return resets;
    }

    private MimeMessage waitForResetTo(String address, Duration within) {
        return await("a password reset email reaching " + address).atMost(within).pollInterval(Duration.ofSeconds(1))
                .until(() -> resetsReceivedBy(address), received -> !received.isEmpty()).get(0);
    }

    /** The sender keeps delivering but nothing more reaches {@code address}: what was sent is not sent again. */
    private void assertDeliveredOnceOver(String address, Duration rounds) {
        await("exactly one reset for " + address).during(rounds).atMost(rounds.plusSeconds(5))
                .until(() -> resetsReceivedBy(address).size() == 1);
    }

    @Test
    void whileTheMailServerIsDownAnEmailWaitsThenArrivesExactlyOnce() throws Exception {
        String address = People.associate("Wanda Waiting").email();
        askForReset(address);
        // The sender runs every second and fails to connect: through several rounds the email stays queued, not lost.
        await("the email waiting through several rounds of the sender").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> isWaiting(address));

        mailServerComesUp();
        MimeMessage reset = waitForResetTo(address, BACKLOG);
        assertDeliveredOnceOver(address, Duration.ofSeconds(3));

        String link = Browser.linkIn((String) reset.getContent(), "/reset-password.xhtml");
        String page = browser.get("reset-password.xhtml?link=" + java.net.URLEncoder.encode(link, StandardCharsets.UTF_8)).body();
        assertTrue(page.contains("Choose a new password"), "the emailed link works: " + page);
    }

    @Test
    void anEmailQueuedBeforeARestartIsSentAfterIt() throws Exception {
        String address = People.associate("Rafe Restart").email();
        askForReset(address);
        assertWaiting(address);

        restartApplicationServer();

        mailServerComesUp();
        waitForResetTo(address, BACKLOG);
        assertDeliveredOnceOver(address, Duration.ofSeconds(3));
    }

    /**
     * Restarts the whole Payara Server domain with its own asadmin, as an operator would, and waits until the
     * application answers again.
     */
    private static void restartApplicationServer() throws Exception {
        Path payara = Path.of(System.getProperty("payara.home", "target/cargo/installs/payara/payara6"));
        Path domains = Path.of(System.getProperty("domain.home", "target/cargo/system-test-domain"));
        Path output = Files.createTempFile("asadmin-restart", ".log");
        Process asadmin = new ProcessBuilder(List.of("sh", payara.resolve("bin/asadmin").toString(),
                "--user", "admin", "--passwordfile", domains.resolve("password.properties").toString(),
                "restart-domain", "--domaindir", domains.toString(), "cargo-domain"))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(asadmin.waitFor(240, TimeUnit.SECONDS), "asadmin restart-domain finished");
        assertEquals(0, asadmin.exitValue(), "asadmin restart-domain: " + Files.readString(output));
        await("the application answering again after the restart").atMost(Duration.ofSeconds(240))
                .pollInterval(Duration.ofSeconds(1)).ignoreException(IOException.class)
                .until(() -> new Browser().get("").statusCode() == 200 && new Browser().get("sign-in.xhtml").statusCode() == 200);
    }
}
