package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Emailed links followed through the pages of the deployed EAR (read from the demo-mode developer mailbox, as a
 * new user would), the pages only some roles may open, and stored script in free text shown as text.
 */
class LinksAndEscapingIT {

    private static final String SCRIPT = "<script>alert('xss')</script>";
    private static final String PASSWORD = "kettle orbit marmalade";

    private final Browser browser = new Browser();

    /** The body of the newest email to {@code address} whose subject contains {@code subject}, from the developer mailbox. */
    private String newestEmail(String address, String subject) throws Exception {
        String mailbox = browser.get("dev/mailbox.xhtml").body();
        Matcher row = Pattern.compile(Pattern.quote(address) + "\\s*</td>\\s*<td>\\s*<a href=\"[^\"]*\\?email=(\\d+)\">([^<]*)</a>")
                .matcher(mailbox);
        while (row.find()) {
            if (row.group(2).contains(subject)) {
                String opened = browser.get("dev/mailbox.xhtml?email=" + row.group(1)).body();
                Matcher body = Pattern.compile("<pre id=\"opened-body\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(opened);
                assertTrue(body.find(), opened);
                return body.group(1);
            }
        }
        throw new AssertionError("No email to " + address + " about " + subject + " in the developer mailbox:\n" + mailbox);
    }

    private static String withLink(String page, String link) {
        return page + "?link=" + URLEncoder.encode(link, StandardCharsets.UTF_8);
    }

    @Test
    void aLineManagerDeclinesReleaseThroughTheirLinkOnceAndAnAlteredLinkIsRefused() throws Exception {
        People.Person host = People.host("Dora Discharge", "Leeds Teaching");
        People.Person coordinator = People.coordinator("Leo Linker");
        People.Person associate = People.associate("Rae Release");
        String title = "Discharge to assess pathway " + System.currentTimeMillis();
        long placementId = Programme.proposedPlacement(host, coordinator, associate, title);
        String link = People.link(Programme.lineManagerOf(associate), "Please approve", "/release.xhtml");

        String page = browser.get(withLink("release.xhtml", link)).body();
        assertTrue(page.contains("for an interim assignment</h1>"), page);
        assertTrue(page.contains("Approve release") && page.contains("Decline release"));

        String forged = browser.get(withLink("release.xhtml", link.substring(0, link.length() - 2) + "xx")).body();
        assertTrue(forged.contains("This link cannot be used") && forged.contains("We do not recognise this link"), forged);

        HttpResponse<String> noReason = browser.submit(withLink("release.xhtml", link), "release", Map.of("comment", ""), "decline");
        assertEquals(200, noReason.statusCode());
        assertTrue(noReason.body().contains("There is a problem") && noReason.body().contains("Say why you cannot release them"),
                noReason.body());

        HttpResponse<String> declined = browser.submit(withLink("release.xhtml", link), "release",
                Map.of("comment", "We are short-staffed until spring " + SCRIPT), "decline");
        assertEquals(302, declined.statusCode(), declined.body());
        assertTrue(browser.get("release.xhtml?answered=declined").body().contains("You have declined the release"));

        String again = browser.get(withLink("release.xhtml", link)).body();
        assertTrue(again.contains("This link has already been used"), again);

        Matcher placementLink = Pattern.compile("href=\"/(placements/\\d+)\">" + Pattern.quote(title) + "<")
                .matcher(host.browser().get("home/").body());
        assertTrue(placementLink.find(), "the placement is on the host's home page");
        assertEquals("placements/" + placementId, placementLink.group(1));
        String placement = coordinator.browser().get(placementLink.group(1)).body();
        assertTrue(placement.contains("id=\"placement-state\">Cancelled<"), placement);
        assertTrue(placement.contains("We are short-staffed until spring &lt;script&gt;"),
                "the coordinator sees the line manager's reason, as text: " + placement);
        assertFalse(placement.contains(SCRIPT), "never as markup");
    }

    @Test
    void aNewAssociateRegistersConfirmsAndSignsInWithScriptInTheirNameShownAsText() throws Exception {
        String address = "new-" + UUID.randomUUID().toString().substring(0, 8) + "@trust.example";
        HttpResponse<String> weak = browser.submit("register.xhtml", "register",
                Map.of("fullName", "Nia Jones", "email", address, "password", "password1234"), "submit");
        assertTrue(weak.body().contains("Your password is too easy to guess"), "the form says why: " + weak.body());

        HttpResponse<String> registered = browser.submit("register.xhtml", "register",
                Map.of("fullName", "Nia " + SCRIPT, "email", address, "password", PASSWORD), "submit");
        assertEquals(302, registered.statusCode(), registered.body());
        assertFalse(browser.signIn(address, PASSWORD).statusCode() == 302, "no sign-in before the address is confirmed");

        String email = newestEmail(address, "Confirm your email address");
        assertTrue(email.contains("Dear Nia &lt;script&gt;"), "the email body is shown as text: " + email);
        String confirmed = browser.get(withLink("verify-email.xhtml", Browser.linkIn(email, "/verify-email.xhtml"))).body();
        assertTrue(confirmed.contains("Email address confirmed"), confirmed);

        assertEquals(302, browser.signIn(address, PASSWORD).statusCode());
        String account = browser.get("account/").body();
        assertTrue(account.contains("Nia &lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;")
                || account.contains("Nia &lt;script&gt;alert('xss')&lt;/script&gt;"), account);
        assertFalse(account.contains(SCRIPT), "never as markup");
    }

    @Test
    void aHostContactWaitsForACoordinatorWhoSeesTheirNameAsText() throws Exception {
        String register = browser.get("register.xhtml?as=host").body();
        Matcher option = Pattern.compile("<option value=\"(\\d+)\">").matcher(register);
        assertTrue(option.find(), "organisations to choose from");
        String address = "host-" + UUID.randomUUID().toString().substring(0, 8) + "@trust.example";
        HttpResponse<String> registered = browser.submit("register.xhtml?as=host", "register",
                Map.of("fullName", "Hal " + SCRIPT, "email", address, "password", PASSWORD, "organisation", option.group(1)), "submit");
        assertEquals(302, registered.statusCode(), registered.body());
        String confirmed = browser.get(withLink("verify-email.xhtml",
                Browser.linkIn(newestEmail(address, "Confirm your email address"), "/verify-email.xhtml"))).body();
        assertTrue(confirmed.contains("A programme coordinator will now check"), confirmed);

        Browser associate = People.associate("Ali Approver").browser();
        assertEquals(403, associate.get("accounts/host-requests.xhtml").statusCode(), "an associate may not approve hosts");
        assertEquals(302, new Browser().get("accounts/host-requests.xhtml").statusCode(), "nobody signed in is sent to sign in");

        Browser coordinator = People.coordinator("Cleo Checker").browser();
        String waiting = coordinator.get("accounts/host-requests.xhtml").body();
        assertTrue(waiting.contains(address), waiting);
        assertTrue(waiting.contains("Hal &lt;script&gt;"), waiting);
        assertFalse(waiting.contains(SCRIPT), "never as markup");

        Browser admin = People.operator();
        String found = admin.get("admin/accounts.xhtml?q=" + URLEncoder.encode("Hal <script>", StandardCharsets.UTF_8)).body();
        assertTrue(found.contains(address), "found by the words typed, script and all: " + found);
        assertTrue(found.contains("Hal &lt;script&gt;"), found);
        assertFalse(found.contains("<script>alert") || found.contains("value=\"Hal <script>"), "stored and reflected text never as markup");
    }
}
