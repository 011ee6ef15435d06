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

/** Signing in and out through our own page on the deployed EAR, with the demo accounts. */
class SignInIT {

    private static final String BASE = Browser.BASE;
    private static final String DEMO_PASSWORD = Browser.DEMO_PASSWORD;

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

        HttpResponse<String> signedIn = signIn("host@interim.example", DEMO_PASSWORD);
        assertEquals(302, signedIn.statusCode());
        assertTrue(signedIn.headers().firstValue("Location").orElseThrow().endsWith("/account/"),
                "on to the page first asked for: " + signedIn.headers().firstValue("Location"));
        assertNotEquals(before, sessionId(), "a new session id at sign-in");

        String page = get("account/").body();
        assertTrue(page.contains("id=\"account-name\">Helen Carter<"), page);
        assertTrue(page.contains("id=\"account-roles\">Host contact<"), page);
        assertTrue(page.contains("Guy's and St Thomas' NHS Foundation Trust") || page.contains("Guy&#39;s and St Thomas&#39; NHS Foundation Trust"));
    }

    @Test
    void aWrongPasswordIsRefusedInPlainEnglishAndFiveMakeTheAccountWait() throws Exception {
        HttpResponse<String> wrong = signIn("host.emas@interim.example", "not-the-password");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("There is a problem"), "an error summary");
        assertTrue(wrong.body().contains("Enter a correct email address and password"));
        assertSignedOut();

        HttpResponse<String> unknown = signIn("nobody@interim.example", "not-the-password");
        assertTrue(unknown.body().contains("Enter a correct email address and password"), "an unknown address gets the same answer");

        for (int attempt = 2; attempt <= 5; attempt++) {
            signIn("host.emas@interim.example", "still-not-the-password");
        }
        HttpResponse<String> throttled = signIn("host.emas@interim.example", DEMO_PASSWORD);
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
}
