package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Signing in and out through our own page on the deployed EAR, with people of its own, and the defaults that keep a
 * session safe: pages not kept in caches, the session only in its cookie, the demo's mailbox only for the person at
 * the machine.
 */
class SignInIT {

    private static final String BASE = Browser.BASE;
    private static final String PASSWORD = People.PASSWORD;

    private final Browser browser = new Browser();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return browser.get(path);
    }

    private HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return browser.signIn(email, password);
    }

    private String sessionId() {
        return browser.sessionId();
    }

    @Test
    void aProtectedPageSendsYouToSignInThenOnToThePageWithANewSession() throws Exception {
        HttpResponse<String> account = get("account/");
        assertEquals(302, account.statusCode());
        assertTrue(account.headers().firstValue("Location").orElseThrow().endsWith("/sign-in.xhtml"), "sent to our own sign-in page");
        String before = sessionId();

        People.Person host = People.host("Helena Carter", "Leeds Teaching");
        HttpResponse<String> signedIn = signIn(host.email(), PASSWORD);
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/account/"),
                "on to the page first asked for: " + signedIn.headers().firstValue("Location"));
        assertNotEquals(before, sessionId(), "a new session id at sign-in");

        String page = get("account/").body();
        assertTrue(page.contains("id=\"account-name\">Helena Carter<"), page);
        assertTrue(page.contains("id=\"account-roles\">Host contact<"), page);
        assertTrue(page.contains("Leeds Teaching Hospitals"), page);
    }

    @Test
    void aWrongPasswordIsRefusedInPlainEnglishAndFiveMakeTheAccountWait() throws Exception {
        People.Person associate = People.associate("Wendy Wrong");
        HttpResponse<String> wrong = signIn(associate.email(), "not-the-password");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("There is a problem"), "an error summary");
        assertTrue(wrong.body().contains("Enter a correct email address and password"));
        assertSignedOut();

        HttpResponse<String> unknown = signIn("nobody." + associate.email(), "not-the-password");
        assertTrue(unknown.body().contains("Enter a correct email address and password"), "an unknown address gets the same answer");

        for (int attempt = 2; attempt <= 5; attempt++) {
            signIn(associate.email(), "still-not-the-password");
        }
        HttpResponse<String> throttled = signIn(associate.email(), PASSWORD);
        assertEquals(200, throttled.statusCode(), "even the right password waits now");
        assertTrue(throttled.body().contains("too many failed attempts"), throttled.body());
        assertSignedOut();
    }

    private void assertSignedOut() throws Exception {
        HttpResponse<String> account = get("account/");
        assertEquals(302, account.statusCode(), "still signed out: " + account.body());
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> home = get("");
        assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", home.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", home.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(home.headers().firstValue("Permissions-Policy").isPresent());
        assertFalse(home.headers().firstValue("Strict-Transport-Security").isPresent(), "HSTS only over HTTPS");
        HttpResponse<String> firstVisit = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(BASE + "sign-in.xhtml"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        String sessionCookie = firstVisit.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(sessionCookie.contains("HttpOnly"), sessionCookie);
        assertTrue(sessionCookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), sessionCookie);
    }

    @Test
    void signedInPagesAreNeverKeptInACacheAndASessionIdInTheAddressIsNotTaken() throws Exception {
        People.Person associate = People.associate("Cassie Cache");
        Browser signedIn = associate.browser();
        HttpResponse<String> account = signedIn.get("account/");
        assertEquals(200, account.statusCode());
        assertTrue(account.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "a signed-in page is not stored");
        HttpResponse<String> styles = signedIn.get("jakarta.faces.resource/css/nhs.css.xhtml");
        assertFalse(styles.headers().firstValue("Cache-Control").orElse("").contains("no-store"), "the styles may be cached");

        Browser stranger = new Browser();
        Browser.Answer stolen = stranger.send("GET", "account/;jsessionid=" + signedIn.sessionId(), java.util.Map.of(), null);
        assertEquals(302, stolen.status(), "a session id in the address is not honoured");
        assertEquals("/account/", URI.create(stolen.header("Location")).getPath(), "sent to the address without it");
        HttpResponse<String> after = stranger.get("account/");
        assertEquals(302, after.statusCode(), "the stranger is not signed in");
        assertTrue(after.headers().firstValue("Location").orElseThrow().endsWith("/sign-in.xhtml"));
    }

    @Test
    void theDemoSaysItIsOneAndItsMailboxIsOnlyForThePersonAtTheMachine() throws Exception {
        HttpResponse<String> signIn = get("sign-in.xhtml");
        assertTrue(signIn.body().contains("id=\"demo-banner\""), "every page says it is a demonstration");
        assertEquals(200, browser.send("GET", "dev/mailbox.xhtml", java.util.Map.of(), null).status(), "open on this machine");
        for (String forwarded : new String[] {"X-Forwarded-For", "Forwarded", "X-Real-IP"}) {
            Browser.Answer fromElsewhere = browser.send("GET", "dev/mailbox.xhtml", java.util.Map.of(forwarded, "203.0.113.9"), null);
            assertEquals(404, fromElsewhere.status(), "through a proxy (" + forwarded + ") the mailbox does not exist");
            assertFalse(fromElsewhere.body().contains("reset-password"), "and shows no email");
        }
        assertTrue(browser.send("GET", "forgotten-password.xhtml?sent=true", java.util.Map.of(), null).body().contains("dev/mailbox.xhtml"),
                "the person at the machine is offered the mailbox");
        Browser.Answer page = browser.send("GET", "forgotten-password.xhtml?sent=true", java.util.Map.of("X-Forwarded-For", "203.0.113.9"), null);
        assertFalse(page.body().contains("dev/mailbox.xhtml"), "a visitor from elsewhere is not offered it");
        assertTrue(page.body().contains("id=\"demo-banner\""), "but is told it is a demonstration");
    }
}
