package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Off the happy path through the pages, on the demo programme: the talent pool and the profiles behind a score, a
 * host reading a shortlisted applicant's profile, placements at a glance with what each is at risk of, a need whose
 * placement fell through reopened, a stakeholder confirming their emailed briefing, and an associate's own place in
 * the pool. Every page is scanned by axe.
 */
class ProgrammeOfficePagesIT extends BrowserTest {

    private static final String COORDINATOR = "coordinator@interim.example";

    /** The id at the end of a link's address, such as /associates/42. */
    private static String idIn(WebElement link) {
        String path = URI.create(link.getAttribute("href")).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    @Test
    void aCoordinatorSearchesTheTalentPoolAndOpensTheProfileBehindAScore() {
        browser.signOut().signIn(COORDINATOR).follow("talent-pool-link").assertAccessible();
        assertEquals("Talent pool", browser.heading());
        browser.type("q", "Aisha").submit("search-submit").assertAccessible();
        List<WebElement> rows = browser.find("#pool").findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size(), browser.text());
        assertTrue(rows.get(0).getText().contains("Aisha Rahman"), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("Pathway redesign"), "the skills show in the list: " + rows.get(0).getText());

        browser.follow(rows.get(0).findElement(By.tagName("a")).getAttribute("id")).assertAccessible();
        assertEquals("Aisha Rahman", browser.heading());
        assertTrue(browser.path().matches("/associates/\\d+"), "a profile has its own address: " + browser.path());
        assertTrue(browser.find("#skills").getText().contains("Pathway redesign"), browser.text());
        assertTrue(browser.find("#assignment-history").getText().contains("Frailty pathway redesign"),
                "the assignment history shows her placement: " + browser.text());
        assertTrue(browser.has("#contact"), "coordinators see contact details");

        browser.go("associates/?band=BAND_99&from-date=not-a-date").assertAccessible();
        assertTrue(browser.find("#unreadable").getText().contains("band") && browser.find("#unreadable").getText().contains("availability"),
                "an unreadable search is named, not an error: " + browser.text());
        browser.go("associates/?region=LONDON&band=BAND_8B&status=ACTIVE").assertAccessible();
        assertTrue(Integer.parseInt(browser.find("#count").getText().replaceAll("\\D", "")) > 0, browser.text());

        browser.go("needs/candidates.xhtml?need=" + needIdOf("Workforce plan for urgent care")).assertAccessible();
        if (browser.has("#ranked")) {
            browser.follow(browser.find("#ranked tbody th a").getAttribute("id")).assertAccessible();
            assertTrue(browser.path().matches("/associates/\\d+"), "a candidate opens their profile: " + browser.path());
        }

        browser.signOut().signIn("host@interim.example").go("associates/");
        assertEquals("You cannot see this page", browser.heading(), "the talent pool is for coordinators");
        assertFalse(browser.has("#talent-pool-link"));
        browser.signOut();
    }

    /** A need's id from the coordinator's list of needs, found by its title. */
    private static String needIdOf(String title) {
        browser.go("needs/?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        return idIn(browser.find("#needs tbody a"));
    }

    @Test
    void aHostReadsTheProfileOfAShortlistedApplicantOnlyWithContactDetailsWithheld() {
        browser.signOut().signIn(COORDINATOR);
        String need = needIdOf("Refreshing the clinical governance framework");
        browser.go("needs/" + need);
        String notShortlisted = browser.find("#applicants").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("Unsuccessful")).findFirst()
                .map(row -> idIn(row.findElement(By.cssSelector("a[id^='applicant-profile-']"))))
                .orElseThrow(() -> new AssertionError("the applicant never shortlisted: " + browser.text()));

        browser.signOut().signIn("host.bristol@interim.example").go("needs/" + need).assertAccessible();
        WebElement profileLink = browser.find("#applicants a[id^='applicant-profile-']");
        browser.follow(profileLink.getAttribute("id")).assertAccessible();
        assertTrue(browser.has("#skills") && browser.has("#availability"), "the host sees what the choice rests on: " + browser.text());
        assertTrue(browser.find("#contact-withheld").getText().contains("Contact details are shared once"), browser.text());
        assertFalse(browser.has("#contact"), "no email, phone or line manager yet");

        browser.go("associates/" + notShortlisted);
        assertEquals("Page not found", browser.heading(), "an applicant never shortlisted stays hidden from the host");
        browser.signOut();
    }

    @Test
    void placementsAreListedWithWhatEachIsAtRiskOf() {
        browser.signOut().signIn(COORDINATOR).go("home/");
        int atRisk = Integer.parseInt(browser.find("#at-risk-count").getText());
        assertTrue(atRisk >= 2, "the demo programme has placements at risk: " + browser.text());
        assertTrue(browser.find("#placements-at-risk").getText().contains("A deliverable is at risk at the latest check-in"),
                "each with why: " + browser.text());
        browser.follow("at-risk-link").assertAccessible();
        assertEquals("Placements", browser.heading());
        assertEquals(atRisk, Integer.parseInt(browser.find("#count").getText().replaceAll("\\D", "")), "the count links to its list");
        String risks = browser.find("#placements").getText();
        assertTrue(risks.contains("Check-in overdue since"), "a placement whose last check-in is three weeks old: " + risks);
        assertTrue(browser.find("#risk").isSelected());

        browser.go("placements/?state=ACTIVE&region=LONDON").assertAccessible();
        assertTrue(browser.find("#placements").getText().contains("Frailty pathway redesign"), browser.text());
        assertFalse(browser.find("#placements").getText().contains("Recovering the cancer 62-day backlog"), "Nottingham is not London");
        browser.go("placements/?state=NOWHERE").assertAccessible();
        assertTrue(browser.find("#unreadable").getText().contains("state"), browser.text());

        browser.signOut().signIn("host@interim.example").follow("placements-link").assertAccessible();
        String hostsList = browser.find("#placements").getText();
        assertTrue(hostsList.contains("Frailty pathway redesign"), hostsList);
        assertFalse(hostsList.contains("Recovering the cancer 62-day backlog"), "only the host's own organisation's placements");
        assertFalse(browser.has("#host"), "a host does not choose among hosts");
        browser.signOut();
    }

    @Test
    void aCoordinatorReopensANeedWhosePlacementFellThroughAndBringsBackTheApplicantTurnedAway() {
        browser.signOut().signIn(COORDINATOR).go("home/");
        WebElement fallen = browser.find("#needs-fallen-through");
        assertTrue(fallen.getText().contains("Virtual ward expansion"), browser.text());
        browser.go(URI.create(fallen.findElement(By.tagName("a")).getAttribute("href")).getPath().substring(1)).assertAccessible();
        String need = browser.path();
        assertEquals("Filled", browser.find("#need-state").getText());
        assertTrue(browser.has("#reopen"), "the placement fell through, so the need can be reopened: " + browser.text());

        browser.submit("reopen:reopen-need").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("The reason for reopening is required"), browser.text());
        assertEquals("Filled", browser.find("#need-state").getText(), "a refusal changes nothing");

        browser.choose("reopen:to", "Shortlisting").click("reopen:restore:0")
                .type("reopen:reason", "The line manager could not release the associate before April").submit("reopen:reopen-need")
                .assertAccessible();
        assertEquals(need, browser.path());
        assertEquals("Shortlisting", browser.find("#need-state").getText(), browser.text());
        assertTrue(browser.find("#done").getText().contains("back on its shortlist"), browser.text());
        assertTrue(browser.find("#applicants").getText().contains("Shortlisted"), "the applicant is back: " + browser.text());
        assertTrue(browser.find("#history").getText().contains("reopened for shortlisting"), browser.text());
        browser.go("home/");
        assertFalse(browser.has("#needs-fallen-through") && browser.find("#needs-fallen-through").getText().contains("Virtual ward"));
        browser.signOut();
    }

    @Test
    void aStakeholderConfirmsTheBriefingTheHostEmailedThem() {
        browser.signOut().signIn("host.eastlondon@interim.example").go("home/");
        WebElement agreed = browser.find("#my-placements").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("Agreed")).findFirst()
                .orElseThrow(() -> new AssertionError("Grace's agreed placement waits for a briefing: " + browser.text()));
        String placement = URI.create(agreed.findElement(By.tagName("a")).getAttribute("href")).getPath().substring(1);
        browser.go(placement).assertAccessible();
        String title = browser.heading();
        WebElement send = browser.find("#briefings").findElements(By.cssSelector("input[type=submit]")).get(0);
        String stakeholder = send.getAttribute("aria-label").replace("Email the briefing to ", "");
        browser.submit(send.getAttribute("id")).assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("The briefing is emailed to " + stakeholder), browser.text());
        assertTrue(browser.find("#still-needed").getText().contains("Briefing of " + stakeholder), "not yet confirmed");

        String link = browser.signOut().linkFromMailbox("Briefing:", title, "/briefing.xhtml");
        browser.go(link).assertAccessible();
        assertTrue(browser.find("#objectives").getText().length() > 0 && browser.find("#who").getText().contains("here to help"), browser.text());
        browser.submit("confirm:confirm-briefing").assertAccessible();
        assertEquals("Thank you", browser.heading());
        browser.go(link).assertAccessible();
        assertEquals("This link cannot be used", browser.heading(), "the link works once");

        browser.signIn("host.eastlondon@interim.example").go(placement);
        assertTrue(browser.find("#briefings").getText().contains("confirmed by them"), browser.text());
        assertFalse(browser.has("#still-needed") && browser.find("#still-needed").getText().contains("Briefing of " + stakeholder),
                "the confirmed briefing counts: " + browser.text());
        browser.signOut();
    }

    @Test
    void anAssociatePausesAndResumesTheirPlaceInThePoolAndCannotLeaveMidPlacement() {
        browser.signOut().signIn("associate@interim.example").go("account/profile.xhtml").assertAccessible();
        assertTrue(browser.find("#consent-given").getText().startsWith("You agreed to your details being used for matching on"),
                browser.text());
        browser.submit("membership:pause").assertAccessible();
        assertEquals("Paused", browser.find("#profile-status").getText(), browser.text());
        browser.submit("membership:resume").assertAccessible();
        assertEquals("Active", browser.find("#profile-status").getText(), browser.text());
        browser.submit("membership:withdraw").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("A placement is still in play"), browser.text());
        assertEquals("Active", browser.find("#profile-status").getText(), "a refusal changes nothing");

        // The placed associate downloads the scope in force from their placement
        browser.go("home/");
        String placement = URI.create(browser.find("#my-placements").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("Active")).findFirst().orElseThrow().findElement(By.tagName("a"))
                .getAttribute("href")).getPath().substring(1);
        browser.go(placement).assertAccessible();
        assertTrue(browser.find("#mid-point-review").getText().contains("Bring the clinical board date forward"), browser.text());
        String scopePdf = browser.find("#scope-pdf").getAttribute("href");
        WebBrowser.Download pdf = browser.download(scopePdf.substring(scopePdf.indexOf("needs/")));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        browser.submit("agree-mid-point:agree").assertAccessible();
        assertTrue(browser.find("#mid-point-agreed").getText().contains("associate: Aisha Rahman"), browser.text());
        browser.signOut();
    }

    @Test
    void aSponsorWhoCannotSignHandsTheNeedToAColleagueWhoThenSeesItAsTheirs() {
        browser.signOut().signIn("host.leeds@interim.example");
        browser.go("needs/?q=" + java.net.URLEncoder.encode("Elective recovery programme support", java.nio.charset.StandardCharsets.UTF_8));
        String need = "needs/" + idIn(browser.find("#needs tbody a"));
        browser.go(need).assertAccessible();
        assertEquals("David Lewis", browser.find("#need-sponsor").getText());
        browser.submit("sponsor:hand-over").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("Choose a host contact"), browser.text());
        browser.choose("sponsor:new-sponsor", "Nadia Hussain").submit("sponsor:hand-over").assertAccessible();
        assertEquals("Nadia Hussain", browser.find("#need-sponsor").getText(), browser.text());
        assertTrue(browser.find("#history").getText().contains("host sponsor handed over"), browser.text());

        browser.signOut().signIn("host.leeds2@interim.example").go("account/notifications.xhtml");
        assertTrue(browser.text().contains("host sponsor now Nadia Hussain (was David Lewis)"), browser.text());
        browser.go(need).choose("sponsor:new-sponsor", "David Lewis").submit("sponsor:hand-over"); // and back, as it was
        assertEquals("David Lewis", browser.find("#need-sponsor").getText(), browser.text());
        browser.signOut();
    }
}
