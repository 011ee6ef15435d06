package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every page in a real browser, scanned with axe-core against WCAG 2.2 A and AA, with no script refused by the
 * security policy; each role's pages as that role, and the pages a role may not open answer 403 with their links hidden.
 */
class AccessibilityIT extends BrowserTest {

    /** Page, and the words its title starts with: the title says where you are. */
    private static final Map<String, String> PUBLIC_PAGES = Map.ofEntries(
            Map.entry("", "Home"),
            Map.entry("accessibility.xhtml", "Accessibility statement"),
            Map.entry("privacy.xhtml", "Privacy notice"),
            Map.entry("sign-in.xhtml", "Sign in"),
            Map.entry("register.xhtml", "Register"),
            Map.entry("register.xhtml?as=host", "Register"),
            Map.entry("forgotten-password.xhtml", "Reset your password"),
            Map.entry("reset-password.xhtml?link=not-a-real-link", ""),
            Map.entry("join.xhtml?link=not-a-real-link", "This link cannot be used"),
            Map.entry("verify-email.xhtml?link=not-a-real-link", ""),
            Map.entry("release.xhtml?link=not-a-real-link", ""),
            Map.entry("briefing.xhtml?link=not-a-real-link", "This link cannot be used"),
            Map.entry("no-such-page", "Page not found"));

    @Test
    void everyPublicPageMeetsWcag22AaAndSaysWhereYouAre() {
        browser.signOut();
        PUBLIC_PAGES.forEach((page, title) -> {
            browser.go(page).assertAccessible();
            assertTrue(browser.title().startsWith(title) && browser.title().endsWith(" - Interim Exchange"),
                    page + " has a title that says where you are: " + browser.title());
        });
    }

    @Test
    void theHomePageExplainsTheProgrammeToEachAudienceAndLinksToTheSupportPages() {
        browser.signOut().go("");
        for (String audience : List.of("#for-hosts", "#for-associates", "#for-line-managers")) {
            assertTrue(browser.has(audience), "a section " + audience);
        }
        browser.follow("register-host-link");
        assertEquals("Register as a host contact - Interim Exchange", browser.title());
        browser.go("").follow("accessibility-link");
        assertEquals("Accessibility statement for Interim Exchange", browser.heading());
        browser.follow("privacy-link");
        assertEquals("Privacy notice", browser.heading());
    }

    /**
     * Each role lands, after signing in, on a home page of what needs their attention, here on records the test makes.
     * The screenshots go to target/screenshots; -Dscreenshots.dir=../docs/screenshots refreshes the README's.
     */
    @Test
    void eachRoleLandsOnAHomePageOfWhatNeedsTheirAttention() throws Exception {
        People.Person host = People.host("Helen Homes", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Priya Homes");
        People.Person associate = People.associate("Aisha Homes");
        People.Person placed = People.associate("Piers Placed");
        String triage = "Stroke pathway redesign " + System.currentTimeMillis();
        Programme.submittedNeed(host, triage);
        Programme.profile(associate);
        long offered = Programme.openNeed(host, coordinator, "Offered at home " + System.currentTimeMillis());
        Programme.offered(coordinator, Programme.application(associate, offered));
        long placement = Programme.proposedPlacement(host, coordinator, placed, "Active at home " + System.currentTimeMillis());
        Programme.started(host, coordinator, placed, placement);

        browser.signOut().signIn(associate);
        assertEquals("/home/", browser.path(), "signing in lands on the home page");
        browser.assertAccessible().screenshot("home-associate");
        assertTrue(browser.find("#offers").getText().contains("You have been offered"), "the offer to answer comes first");
        assertTrue(browser.has("#my-applications"));

        browser.signOut().signIn(host).assertAccessible().screenshot("home-host");
        assertTrue(browser.has("#host-home"));
        assertTrue(browser.find("#my-placements").getText().contains("Active"), "the host's active placement");

        browser.signOut().signIn(coordinator).assertAccessible().screenshot("home-coordinator");
        assertTrue(browser.find("#needs-to-triage").getText().contains(triage) || Long.parseLong(browser.find("#to-triage").getText()) > 10,
                "a submitted need to triage, among the oldest ten");
        assertFalse(browser.has("#associate-home") || browser.has("#host-home"), "only the coordinator's part");
        for (String count : List.of("to-triage-link", "to-review-link", "interviews-link", "at-risk-link", "awaiting-sign-off-link",
                "fallen-through-link", "lessons-to-moderate-link")) {
            assertTrue(browser.has("#" + count), "every count in the work queue leads to its list: " + count);
        }

        browser.signOut().signIn(People.admin("Alex Homes")).assertAccessible().screenshot("home-admin");
        assertTrue(browser.has("#manage-accounts") && !browser.has("#work-queue"), "an admin sees accounts, not the programme's work");
        browser.signOut();
    }

    @Test
    void anAdminChangesTheRolesOfAnAccountAndCannotLeaveItWithNone() {
        People.Person changed = People.coordinator("Tom Roles");
        browser.signOut().signIn(People.admin("Rhod Roles")).go("admin/accounts.xhtml?q=" + Browser.encode(changed.email()));
        String link = browser.find("#accounts\\:found tbody a").getAttribute("id");
        browser.follow(link).assertAccessible();
        assertEquals("Roles of Tom Roles", browser.heading());

        browser.click("roles:roles:1").click("roles:roles:2").submit("roles:save"); // host contact on, coordinator off
        assertTrue(browser.find("#error-summary").getText().contains("organisation"), "a host contact needs an organisation");
        browser.go("admin/accounts.xhtml?q=" + Browser.encode(changed.email())).follow(link);
        browser.click("roles:roles:2").submit("roles:save").assertAccessible(); // coordinator off: no role left
        assertTrue(browser.find("#error-summary").getText().contains("at least one role"), browser.text());

        browser.click("roles:roles:2").click("roles:roles:3").submit("roles:save"); // coordinator and administrator
        assertTrue(browser.find("#done").getText().contains("You changed Tom Roles's roles"), browser.text());
        String roles = browser.find("#accounts\\:found").getText();
        assertTrue(roles.contains("Programme coordinator") && roles.contains("Administrator"), roles);
        browser.follow(link).click("roles:roles:3").submit("roles:save"); // back as he was
        assertTrue(browser.find("#accounts\\:found").getText().contains("Programme coordinator") && !browser.find("#accounts\\:found").getText().contains("Administrator"));
        browser.signOut();
    }

    /**
     * What axe cannot judge, read from the styles the browser computed: the main action is the NHS green button and the
     * others grey, each with white text; text boxes, lists and text areas have borders of at least 3:1 against the page
     * (WCAG 2.2 SC 1.4.11), and no component library's theme overrides the NHS styles.
     */
    @Test
    void buttonsLookLikeTheActionsTheyAreAndFieldBordersStandOutFromThePage() {
        People.Person host = People.host("Bea Buttons", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Cole Contrast");
        People.Person associate = People.associate("Iris Inputs");
        Programme.profile(associate);
        long need = Programme.openNeed(host, coordinator, "Button styles " + System.currentTimeMillis());
        long application = Programme.application(associate, need);
        Programme.offered(coordinator, application);

        browser.signOut().signIn(associate).go("applications/" + application).assertAccessible();
        assertEquals("rgb(0, 127, 59)", browser.style("application:accept", "background-color"), "accepting is the main action: NHS green");
        assertEquals("rgb(255, 255, 255)", browser.style("application:accept", "color"));
        assertEquals("rgb(76, 98, 114)", browser.style("application:decline", "background-color"), "declining is secondary: grey");
        assertEquals("rgb(255, 255, 255)", browser.style("application:decline", "color"));
        assertTrue(contrast(browser.style("application:reason", "border-top-color"), browser.backgroundBehind("application:reason")) >= 3,
                "the text area's border stands out from the page");
        assertFalse(browser.has("link[href*='theme.css']") || browser.has("link[href*='primeicons']"), "no component theme is loaded");

        browser.go("account/profile.xhtml");
        for (String field : List.of("profile:job-title", "profile:employer", "profile:experience")) {
            double ratio = contrast(browser.style(field, "border-top-color"), browser.backgroundBehind(field));
            assertTrue(ratio >= 3, field + "'s border against the page: " + ratio + ":1");
            assertTrue(Double.parseDouble(browser.style(field, "border-top-width").replace("px", "")) >= 2, field + " has a 2px border");
        }
        browser.signOut();
    }

    /** The contrast ratio of two CSS colours ("rgb(r, g, b)"), as WCAG defines it. */
    private static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double[] channel = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Double.parseDouble(parts[i]) / 255;
            channel[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * channel[0] + 0.7152 * channel[1] + 0.0722 * channel[2];
    }

    @Test
    void everyPageWorksOnASmallPhoneScreen() {
        browser.signOut().width(320);
        try {
            for (String page : List.of("", "sign-in.xhtml", "register.xhtml")) {
                browser.go(page).assertAccessible();
            }
            browser.signIn(People.admin("Pip Phone")).go("admin/accounts.xhtml").assertAccessible();
        } finally {
            browser.signOut().width(1280);
        }
    }

    @Test
    void theSignInFormIsUsableWithTheKeyboardAlone() {
        browser.signOut().go("sign-in.xhtml");
        assertTrue(browser.reachableByKeyboard("sign-in:email"));
        assertTrue(browser.reachableByKeyboard("sign-in:password"));
        assertTrue(browser.reachableByKeyboard("sign-in:submit"));
        browser.go("sign-in.xhtml").submit("sign-in:submit").assertAccessible();
        assertTrue(browser.has("#error-summary a[href='#sign-in:email']"), "the error summary links to the field");
    }

    @Test
    void eachRolesPagesMeetWcag22AaAndForbiddenPagesAnswer403WithTheirLinksHidden() {
        record RolePages(People.Person account, List<String> allowed, List<String> forbidden, List<String> hiddenLinks) {
        }
        List<RolePages> roles = List.of(
                new RolePages(People.associate("Rory Roles"), List.of("home/", "account/", "account/profile.xhtml", "needs/", "lessons/",
                        "lessons/write.xhtml"),
                        List.of("accounts/host-requests.xhtml", "admin/accounts.xhtml", "lessons/moderation.xhtml", "associates/"),
                        List.of("#host-requests-link", "#accounts-link", "#moderation-link", "#talent-pool-link", "#placements-link")),
                new RolePages(People.host("Hope Roles", "Sheffield Teaching"), List.of("home/", "account/", "needs/", "lessons/?q=data+access&sort=RELEVANT",
                        "placements/", "placements/?risk=true"),
                        List.of("accounts/host-requests.xhtml", "admin/accounts.xhtml", "lessons/moderation.xhtml", "associates/"),
                        List.of("#host-requests-link", "#accounts-link", "#talent-pool-link")),
                new RolePages(People.coordinator("Cato Roles"), List.of("home/", "account/", "needs/", "accounts/host-requests.xhtml",
                        "lessons/", "lessons/moderation.xhtml", "associates/", "associates/?skill=1&band=BAND_8A&region=LONDON",
                        "placements/", "placements/?risk=true&state=ACTIVE"), List.of("admin/accounts.xhtml"), List.of("#accounts-link")),
                new RolePages(People.admin("Adam Roles"), List.of("home/", "account/", "accounts/host-requests.xhtml", "admin/accounts.xhtml",
                        "admin/accounts.xhtml?q=system-test.example", "lessons/"), List.of("needs/", "lessons/write.xhtml", "associates/",
                        "placements/"), List.of("#needs-link", "#talent-pool-link", "#placements-link")));
        for (RolePages role : roles) {
            browser.signOut().signIn(role.account());
            for (String page : role.allowed()) {
                browser.go(page).assertAccessible();
                assertFalse(browser.title().startsWith("You cannot"), role.account() + " may open " + page);
            }
            for (String page : role.forbidden()) {
                browser.go(page).assertAccessible();
                assertEquals("You cannot see this page", browser.heading(), role.account() + " may not open " + page);
            }
            for (String link : role.hiddenLinks()) {
                assertFalse(browser.go("account/").has(link), role.account() + " does not see " + link);
            }
            if (!role.allowed().contains("account/profile.xhtml")) {
                assertEquals("Page not found", browser.go("account/profile.xhtml").heading(), "only associates have a profile page");
            }
            if (!role.forbidden().isEmpty()) {
                browser.go(role.forbidden().get(0)).submit("sign-out-submit");
                assertEquals("/", browser.path(), "signing out works from an error page too");
                assertFalse(browser.go("account/").has("#sign-out"), "signed out");
            }
        }
        browser.signOut();
    }
}
