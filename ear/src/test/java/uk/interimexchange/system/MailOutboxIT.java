package uk.interimexchange.system;

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

    /** The developer mailbox lists the email to {@code address} as still waiting in the outbox. */
    private void assertWaiting(String address) throws Exception {
        String mailbox = browser.get("dev/mailbox.xhtml").body();
        assertTrue(Pattern.compile(Pattern.quote(address) + "\\s*</td>\\s*<td>\\s*<a[^>]*>Reset your Interim Exchange password</a>"
                + ".*?</td>\\s*<td>\\s*QUEUED", Pattern.DOTALL).matcher(mailbox).find(), "queued for " + address + ":\n" + mailbox);
    }

    private static final String RESET = "Reset your Interim Exchange password";

    /**
     * The password-reset emails {@code address} has received. The demo accounts also get notifications from the
     * other tests' journeys, so only these are counted.
     */
    private List<MimeMessage> resetsReceivedBy(String address) throws MessagingException {
        List<MimeMessage> resets = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(address)) {
            if (RESET.equals(message.getSubject())) {
                resets.add(message);
            }
        }
        return resets;
    }

    private MimeMessage waitForResetTo(String address, Duration within) throws InterruptedException, MessagingException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> received = resetsReceivedBy(address);
            if (!received.isEmpty()) {
                return received.get(0);
            }
            Thread.sleep(250);
        }
        throw new AssertionError("No password reset email reached " + address + " within " + within);
    }

    @Test
    void whileTheMailServerIsDownAnEmailWaitsThenArrivesExactlyOnce() throws Exception {
        String address = "associate2@interim.example";
        askForReset(address);
        Thread.sleep(3000); // several rounds of the sender, each failing to connect
        assertWaiting(address);

        mailServerComesUp();
        MimeMessage reset = waitForResetTo(address, Duration.ofSeconds(60));
        Thread.sleep(3000); // more rounds: nothing is sent twice
        assertEquals(1, resetsReceivedBy(address).size(), "delivered once");

        String link = Browser.linkIn((String) reset.getContent(), "/reset-password.xhtml");
        String page = browser.get("reset-password.xhtml?link=" + java.net.URLEncoder.encode(link, StandardCharsets.UTF_8)).body();
        assertTrue(page.contains("Choose a new password"), "the emailed link works: " + page);
    }

    @Test
    void anEmailQueuedBeforeARestartIsSentAfterIt() throws Exception {
        String address = "host.bristol@interim.example";
        askForReset(address);
        assertWaiting(address);

        restartApplicationServer();

        mailServerComesUp();
        waitForResetTo(address, Duration.ofSeconds(90));
        Thread.sleep(3000); // more rounds of the sender: nothing is sent twice
        assertEquals(1, resetsReceivedBy(address).size(), "delivered once, nothing lost");
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
        long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (new Browser().get("").statusCode() == 200 && new Browser().get("sign-in.xhtml").statusCode() == 200) {
                    return;
                }
            } catch (IOException stillStarting) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("The application did not come back after the restart");
    }
}
