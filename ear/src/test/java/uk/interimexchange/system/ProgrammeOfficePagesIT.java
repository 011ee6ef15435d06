package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Off the happy path through the pages, on records each test makes for itself: the talent pool and the profiles
 * behind a score, a host reading a shortlisted applicant's profile, placements at a glance with what each is at risk
 * of, a need whose placement fell through reopened, a stakeholder confirming their emailed briefing, an associate's
 * own place in the pool, a sponsor handing a need to a colleague, a coordinator's interview calendar feed, and the
 * quarter's report for commissioners. Every page is scanned by axe.
 */
class ProgrammeOfficePagesIT extends BrowserTest {

    /** The id at the end of a link's address, such as /associates/42. */
    private static String idIn(WebElement link) {
        String path = URI.create(link.getAttribute("href")).getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String unique(String words) {
        return words + " " + System.nanoTime();
    }

    @Test
    void aCoordinatorSearchesTheTalentPoolAndOpensTheProfileBehindAScore() {
        People.Person host = People.host("Tara Pool", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Pol Searcher");
        String name = "Zelda Poolside " + System.nanoTime() % 1_000_000;
        People.Person associate = People.associate(name);
        String title = unique("Pool placement");
        long placement = Programme.proposedPlacement(host, coordinator, associate, title);
        Programme.started(host, coordinator, associate, placement);

        browser.signOut().signIn(coordinator).follow("talent-pool-link").assertAccessible();
        assertEquals("Talent pool", browser.heading());
        browser.type("q", name).submit("search-submit").assertAccessible();
        List<WebElement> rows = browser.find("#pool").findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size(), browser.text());
        assertTrue(rows.get(0).getText().contains(name), rows.get(0).getText());
        assertTrue(rows.get(0).getText().contains("Clinical audit"), "the skills show in the list: " + rows.get(0).getText());

        browser.follow(rows.get(0).findElement(By.tagName("a")).getAttribute("id")).assertAccessible();
        assertEquals(name, browser.heading());
        assertTrue(browser.path().matches("/associates/\\d+"), "a profile has its own address: " + browser.path());
        assertTrue(browser.find("#skills").getText().contains("Clinical audit"), browser.text());
        assertTrue(browser.find("#assignment-history").getText().contains(title), "the assignment history shows the placement: " + browser.text());
        assertTrue(browser.has("#contact"), "coordinators see contact details");

        browser.go("associates/?band=BAND_99&from-date=not-a-date").assertAccessible();
        assertTrue(browser.find("#unreadable").getText().contains("band") && browser.find("#unreadable").getText().contains("availability"),
                "an unreadable search is named, not an error: " + browser.text());
        browser.go("associates/?region=MIDLANDS&band=BAND_8B&status=ACTIVE").assertAccessible();
        assertTrue(Integer.parseInt(browser.find("#count").getText().replaceAll("\\D", "")) > 0, browser.text());

        People.Person candidate = People.associate("Cara Candidate");
        Programme.profile(candidate, "Leeds Teaching");
        long need = Programme.openNeed(host, coordinator, unique("Candidates need"));
        browser.go("needs/candidates.xhtml?need=" + need).assertAccessible();
        browser.follow(browser.find("#ranked tbody th a").getAttribute("id")).assertAccessible();
        assertTrue(browser.path().matches("/associates/\\d+"), "a candidate opens their profile: " + browser.path());

        browser.signOut().signIn(host).go("associates/");
        assertEquals("You cannot see this page", browser.heading(), "the talent pool is for coordinators");
        assertFalse(browser.has("#talent-pool-link"));
        browser.signOut();
    }

    @Test
    void aHostReadsTheProfileOfAShortlistedApplicantOnlyWithContactDetailsWithheld() {
        People.Person host = People.host("Ruth Reader", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Sam Shortlister");
        People.Person shortlisted = People.associate("Sol Shortlisted");
        People.Person turnedDown = People.associate("Una Unsuccessful");
        Programme.profile(shortlisted);
        Programme.profile(turnedDown);
        long need = Programme.openNeed(host, coordinator, unique("Governance framework refresh"));
        Programme.shortlisted(coordinator, Programme.application(shortlisted, need));
        Programme.unsuccessful(coordinator, Programme.application(turnedDown, need));

        browser.signOut().signIn(coordinator).go("needs/" + need);
        String notShortlisted = browser.find("#applicants").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("Unsuccessful")).findFirst()
                .map(row -> idIn(row.findElement(By.cssSelector("a[id^='applicant-profile-']"))))
                .orElseThrow(() -> new AssertionError("the applicant never shortlisted: " + browser.text()));

        browser.signOut().signIn(host).go("needs/" + need).assertAccessible();
        WebElement profileLink = browser.find("#applicants a[id^='applicant-profile-']");
        browser.follow(profileLink.getAttribute("id")).assertAccessible();
        assertEquals(shortlisted.name(), browser.heading());
        assertTrue(browser.has("#skills") && browser.has("#availability"), "the host sees what the choice rests on: " + browser.text());
        assertTrue(browser.find("#contact-withheld").getText().contains("Contact details are shared once"), browser.text());
        assertFalse(browser.has("#contact"), "no email, phone or line manager yet");

        browser.go("associates/" + notShortlisted);
        assertEquals("Page not found", browser.heading(), "an applicant never shortlisted stays hidden from the host");
        browser.signOut();
    }

    @Test
    void placementsAreListedWithWhatEachIsAtRiskOf() {
        People.Person host = People.host("Rita Risk", "Sheffield Teaching");
        People.Person elsewhere = People.host("Ned Nottingham", "Nottingham University Hospitals");
        People.Person coordinator = People.coordinator("Ravi Risk");
        People.Person associate = People.associate("Ari AtRisk");
        People.Person other = People.associate("Oli Onlytrack");
        String risky = unique("Risky placement");
        String notHere = unique("Nottingham placement");
        long placement = Programme.proposedPlacement(host, coordinator, associate, risky);
        Programme.started(host, coordinator, associate, placement);
        Programme.checkIn(associate, placement, "1", "AT_RISK");
        long otherPlacement = Programme.proposedPlacement(elsewhere, coordinator, other, notHere);
        Programme.started(elsewhere, coordinator, other, otherPlacement);

        browser.signOut().signIn(coordinator).go("home/");
        int atRisk = Integer.parseInt(browser.find("#at-risk-count").getText());
        assertTrue(atRisk >= 1, "the placement with a deliverable at risk: " + browser.text());
        browser.follow("at-risk-link").assertAccessible();
        assertEquals("Placements", browser.heading());
        assertEquals(atRisk, Integer.parseInt(browser.find("#count").getText().replaceAll("\\D", "")), "the count links to its list");
        assertTrue(browser.find("#risk").isSelected());
        browser.go("placements/?risk=true&associate=" + Browser.encode(associate.name())).assertAccessible();
        assertTrue(browser.find("#placements").getText().contains("A deliverable is at risk at the latest check-in"),
                "each with why: " + browser.text());

        browser.go("placements/?state=ACTIVE&region=MIDLANDS&associate=" + Browser.encode(other.name())).assertAccessible();
        assertTrue(browser.find("#placements").getText().contains(notHere), "Nottingham is in the Midlands: " + browser.text());
        browser.go("placements/?state=ACTIVE&region=NORTH_EAST_AND_YORKSHIRE&associate=" + Browser.encode(other.name())).assertAccessible();
        assertFalse(browser.has("#placements") && browser.find("#placements").getText().contains(notHere),
                "and not in the North East and Yorkshire: " + browser.text());
        browser.go("placements/?state=NOWHERE").assertAccessible();
        assertTrue(browser.find("#unreadable").getText().contains("state"), browser.text());

        browser.signOut().signIn(host).follow("placements-link").assertAccessible();
        String hostsList = browser.find("#placements").getText();
        assertTrue(hostsList.contains(risky), hostsList);
        assertFalse(hostsList.contains(notHere), "only the host's own organisation's placements");
        assertFalse(browser.has("#host"), "a host does not choose among hosts");
        browser.signOut();
    }

    @Test
    void aCoordinatorReopensANeedWhosePlacementFellThroughAndBringsBackTheApplicantTurnedAway() {
        People.Person host = People.host("Vera Virtual", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Rex Reopener");
        People.Person chosen = People.associate("Fay Fallen");
        People.Person runnerUp = People.associate("Ron RunnerUp");
        Programme.profile(chosen);
        Programme.profile(runnerUp);
        String title = unique("Virtual ward expansion");
        long needId = Programme.openNeed(host, coordinator, title);
        long offer = Programme.application(chosen, needId);
        long second = Programme.application(runnerUp, needId);
        Programme.shortlisted(coordinator, second);
        Programme.offered(coordinator, offer);
        Programme.accepted(chosen, offer);
        Programme.releaseDeclined(chosen, "Winter pressures: I cannot release them before April");

        browser.signOut().signIn(coordinator).go("home/");
        assertTrue(browser.find("#needs-fallen-through").getText().contains(title), browser.text());
        browser.go("needs/" + needId).assertAccessible();
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
        assertFalse(browser.has("#needs-fallen-through") && browser.find("#needs-fallen-through").getText().contains(title));
        browser.signOut();
    }

    @Test
    void aCoordinatorSubscribesToTheirInterviewsAtASecretAddressShownOnceAndReplacedAtWill() throws Exception {
        People.Person host = People.host("Ivy Interviewing", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Cal Subscriber");
        People.Person associate = People.associate("Ike Interviewee");
        Programme.profile(associate);
        long needId = Programme.openNeed(host, coordinator, unique("Calendar feed"));
        Programme.interviewArranged(coordinator, Programme.application(associate, needId)); // in five days' time

        browser.signOut().signIn(associate).go("account/").assertAccessible();
        assertFalse(browser.has("#interview-calendar"), "associates have no interview feed");
        browser.signOut().signIn(coordinator).go("account/").assertAccessible();
        assertTrue(browser.has("#interview-calendar"), browser.text());
        browser.submit("calendar:new-address").assertAccessible();
        assertEquals("/account/", browser.path());
        String done = browser.find("#done").getText();
        Matcher key = Pattern.compile("/calendar/interviews\\.ics\\?key=([A-Za-z0-9_-]{43})").matcher(done);
        assertTrue(key.find(), "the address is shown once: " + done);
        browser.go("account/");
        assertFalse(browser.text().contains(key.group(1)), "and not again");

        Browser calendarApplication = new Browser(); // signed in as nobody
        HttpResponse<String> feed = calendarApplication.get("calendar/interviews.ics?key=" + key.group(1));
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), feed.headers().toString());
        assertTrue(feed.body().startsWith("BEGIN:VCALENDAR") && feed.body().contains("SUMMARY:Interview: Ike Interviewee"), feed.body());

        browser.submit("calendar:new-address");
        HttpResponse<String> replaced = calendarApplication.get("calendar/interviews.ics?key=" + key.group(1));
        assertEquals(404, replaced.statusCode(), "a new address stops the old one");
        assertFalse(replaced.body().contains("Payara") || replaced.body().contains("Exception"), replaced.body());
        for (String madeUp : List.of("", "abc", "%00", "x".repeat(2000))) { // not found, or a bad request (a NUL): never a feed
            HttpResponse<String> refused = calendarApplication.get("calendar/interviews.ics?key=" + madeUp);
            assertTrue(refused.statusCode() == 404 || refused.statusCode() == 400, madeUp + " answered " + refused.statusCode());
            assertFalse(refused.body().contains("BEGIN:VCALENDAR") || refused.body().contains("Payara"), refused.body());
        }
        browser.signOut();
    }

    @Test
    void aCoordinatorReadsTheQuartersReportForCommissionersAndDownloadsItAsPdfAndExcel() throws Exception {
        People.Person host = People.host("Quin Quarterly", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Cora Commissioning");
        Programme.submittedNeed(host, unique("Reported need"));

        browser.signOut().signIn(coordinator).go("dashboard/").assertAccessible();
        browser.follow("commissioners-report").assertAccessible();
        assertEquals("Report for commissioners", browser.heading());
        assertTrue(Integer.parseInt(browser.find("#england-received").getText()) >= 1, "the need sent this quarter: " + browser.text());
        assertTrue(browser.find("#needs").getText().contains("North East and Yorkshire"), "every region is listed");
        String quarter = browser.find("#quarter").getText();
        assertFalse(browser.has("#later"), "no quarter after this one yet");

        browser.follow("earlier").assertAccessible();
        assertFalse(browser.find("#quarter").getText().equals(quarter), "the quarter before");
        assertTrue(browser.has("#later"));

        browser.go("dashboard/report.xhtml?quarter=2026-Q9").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("such as 2026-Q4"), browser.text());
        assertEquals(quarter, browser.find("#quarter").getText(), "this quarter's report instead");
        browser.go("dashboard/report.xhtml?quarter=2999-Q1");
        assertTrue(browser.find("#error-summary").getText().contains("has not started yet"), browser.text());

        Browser signedIn = coordinator.browser();
        HttpResponse<String> pdf = signedIn.get("dashboard/report.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> excel = signedIn.get("export/commissioners-report.xlsx");
        assertEquals(200, excel.statusCode());
        assertTrue(excel.headers().firstValue("Content-Disposition").orElse("").contains("commissioners-report-"), excel.headers().toString());
        assertEquals(404, signedIn.get("dashboard/report.pdf?quarter=2999-Q1").statusCode(), "no report of a quarter to come");
        assertEquals(404, signedIn.get("export/commissioners-report.csv?quarter=nonsense").statusCode());
        assertEquals(403, host.browser().get("dashboard/report.xhtml").statusCode(), "the programme team's report");
        browser.signOut();
    }

    @Test
    void aPersonDownloadsTheirOwnDataFromTheirAccountPage() throws Exception {
        People.Person associate = People.associate("Dia Downloader");
        Programme.profile(associate);
        browser.signOut().signIn(associate).go("account/").assertAccessible();
        assertTrue(browser.has("#your-data-pdf") && browser.has("#your-data-json"), browser.text());

        HttpResponse<String> json = associate.browser().get("account/your-data.json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), json.headers().toString());
        String body = json.body().replaceAll("\\s+", "");
        assertTrue(body.contains("\"email\":\"" + associate.email() + "\"") && body.contains("\"Jobtitle\":\"Headofoperations\"")
                && body.contains("\"applications\":["), json.body());
        HttpResponse<String> pdf = associate.browser().get("account/your-data.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> visitor = new Browser().get("account/your-data.json");
        assertFalse(visitor.statusCode() == 200 || visitor.body().contains(associate.email()), "a visitor is sent to sign in, and sees nothing");
        browser.signOut();
    }

    @Test
    void aCoordinatorImportsACohortFromASpreadsheetAndAnInviteeJoinsThroughTheirEmail() throws Exception {
        People.Person coordinator = People.coordinator("Cass Cohort");
        People.Person ann = new People.Person("Ann Cohort", "ann.cohort." + System.nanoTime() + "@system-test.example");
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("cohort", ".csv");
        java.nio.file.Files.writeString(csv, "Email,Full name,Band,Employer ODS code,Job title,Skills\r\n"
                + ann.email() + ",Ann Cohort,8a,RJ1,Head of operations,Business cases (Expert)\r\n"
                + "not-an-address,Ned Wrong,12,RJ1,,\r\n");
        browser.signOut().signIn(coordinator).go("associates/").assertAccessible();
        browser.follow("import-cohort").assertAccessible();
        browser.submit("upload:check").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("Choose a CSV file or an Excel workbook"), browser.text());

        browser.upload("upload:file", csv).submit("upload:check").assertAccessible();
        String summary = browser.find("#preview-summary").getText();
        assertTrue(summary.contains("2 people read") && summary.contains("1 would be invited") && summary.contains("2 problems")
                && summary.contains("Nothing has been created yet"), summary);
        String problems = browser.find("#problems").getText();
        assertTrue(problems.contains("3 Email Enter an email address in the correct format") && problems.contains("3 Band Write the band"),
                "each problem by row and column: " + problems);
        assertTrue(browser.find("#invitees").getText().contains("Ann Cohort"), browser.text());

        browser.submit("confirm:invite").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("You invited 1 person to the talent pool"), browser.text());
        assertTrue(browser.find("#left-out").getText().contains("Enter an email address in the correct format"), "what was left out");

        String link = People.link(ann.email(), "You are invited to the Interim Exchange talent pool", "/join.xhtml");
        browser.signOut().go("join.xhtml?link=" + Browser.encode(link)).assertAccessible();
        assertEquals("Join the talent pool", browser.heading());
        browser.type("choose:password", People.PASSWORD).submit("choose:submit").assertAccessible();
        assertTrue(browser.has("#joined"), "sent to sign in: " + browser.text());
        browser.signIn(ann).go("account/profile.xhtml");
        assertEquals("Head of operations", browser.find("#profile\\:job-title").getAttribute("value"),
                "their draft profile holds what the coordinator's sheet said");
        browser.signOut().go("join.xhtml?link=" + Browser.encode(link));
        assertEquals("This link cannot be used", browser.heading(), "the invitation works once");
    }

    @Test
    void aStakeholderConfirmsTheBriefingTheHostEmailedThem() {
        People.Person host = People.host("Grace Briefer", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Bea Briefing");
        People.Person associate = People.associate("Abi Agreed");
        String title = unique("Briefed placement");
        long placementId = Programme.proposedPlacement(host, coordinator, associate, title);
        Programme.signedByAll(host, coordinator, associate, placementId);
        String placement = "placements/" + placementId;

        browser.signOut().signIn(host).go(placement).assertAccessible();
        assertEquals("Agreed", browser.find("#placement-state").getText());
        WebElement send = browser.find("#briefings").findElements(By.cssSelector("input[type=submit]")).get(0);
        String stakeholder = send.getAttribute("aria-label").replace("Email the briefing to ", "");
        assertEquals(Programme.STAKEHOLDER, stakeholder);
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

        browser.signIn(host).go(placement);
        assertTrue(browser.find("#briefings").getText().contains("confirmed by them"), browser.text());
        assertFalse(browser.has("#still-needed") && browser.find("#still-needed").getText().contains("Briefing of " + stakeholder),
                "the confirmed briefing counts: " + browser.text());
        browser.signOut();
    }

    @Test
    void anAssociatePausesAndResumesTheirPlaceInThePoolAndCannotLeaveMidPlacement() {
        People.Person host = People.host("Mira Midpoint", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Pau Pauser");
        People.Person associate = People.associate("Aisha Rahman");
        long placementId = Programme.proposedPlacement(host, coordinator, associate, unique("Mid-point placement"));
        Programme.started(host, coordinator, associate, placementId);
        Programme.midPointReview(host, placementId, "The current-state map is done", "Bring the clinical board date forward");

        browser.signOut().signIn(associate).go("account/profile.xhtml").assertAccessible();
        assertTrue(browser.find("#consent-given").getText().startsWith("You agreed to your details being used for matching on"),
                browser.text());
        browser.submit("membership:pause").assertAccessible();
        assertEquals("Paused", browser.find("#profile-status").getText(), browser.text());
        browser.submit("membership:resume").assertAccessible();
        assertEquals("Active", browser.find("#profile-status").getText(), browser.text());
        browser.submit("membership:withdraw").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("A placement is still in play"), browser.text());
        assertEquals("Active", browser.find("#profile-status").getText(), "a refusal changes nothing");

        // The placed associate downloads the scope in force from their placement, and agrees the mid-point review
        browser.go("placements/" + placementId).assertAccessible();
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
        long run = System.nanoTime() % 1_000_000;
        People.Person sponsor = People.host("David Handover " + run, "Leeds Teaching");
        People.Person colleague = People.host("Nadia Takeover " + run, "Leeds Teaching");
        String need = "needs/" + Programme.draftNeed(sponsor, unique("Elective recovery programme support"));

        browser.signOut().signIn(sponsor).go(need).assertAccessible();
        assertEquals(sponsor.name(), browser.find("#need-sponsor").getText());
        browser.submit("sponsor:hand-over").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("Choose a host contact"), browser.text());
        browser.choose("sponsor:new-sponsor", colleague.name()).submit("sponsor:hand-over").assertAccessible();
        assertEquals(colleague.name(), browser.find("#need-sponsor").getText(), browser.text());
        assertTrue(browser.find("#history").getText().contains("host sponsor handed over"), browser.text());

        browser.signOut().signIn(colleague).go("account/notifications.xhtml");
        assertTrue(browser.text().contains("host sponsor now " + colleague.name() + " (was " + sponsor.name() + ")"), browser.text());
        browser.go(need).choose("sponsor:new-sponsor", sponsor.name()).submit("sponsor:hand-over"); // and back
        assertEquals(sponsor.name(), browser.find("#need-sponsor").getText(), browser.text());
        browser.signOut();
    }
}
