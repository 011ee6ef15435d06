package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The whole journey through the pages, by the three people it takes: a host posts a need a step at a time (and
 * comes back to it), a coordinator triages and scopes it, host sponsor and coordinator sign the scope, the
 * coordinator publishes, an associate finds it by search and applies, the coordinator shortlists, interviews and
 * offers, the associate accepts, and the placement appears for all three; then all four sign it, the host briefs the
 * stakeholder and books day one, the coordinator starts it, the associate checks in, host and coordinator extend it,
 * the coordinator closes it out and the associate gives feedback. Every page on the way is scanned by axe. The people
 * are the test's own, made through the pages, and so are all the records: it never touches the demo programme.
 */
class WholeJourneyIT extends BrowserTest {

    @Test
    void aNeedGoesFromTheHostsFirstWordsToAPlacementEveryoneSees() throws IOException {
        String title = "Outpatient booking recovery " + System.currentTimeMillis();
        // Its own people, made through the pages; the associate completes a profile before applying.
        People.Person host = People.host("Sarah Mitchell", "Nottingham University Hospitals");
        People.Person coordinator = People.coordinator("Priya Shah");
        People.Person associate = People.associate("Daniel Hughes");
        new Journey(browser).completeProfile(associate, "Midlands");

        // The host writes the need over two sittings.
        browser.signOut().signIn(host).follow("post-need").assertAccessible();
        assertEquals("Step 1 of 5", browser.find("#step-caption").getText());
        browser.submit("need:continue").assertAccessible();
        assertTrue(browser.has("#error-summary a[href='#need:title']") && browser.has("#error-summary a[href='#need:problem']"),
                "each missing answer is listed and linked: " + browser.text());
        browser.type("need:title", title).type("need:problem", "Outpatient follow-up waits have doubled since the booking system changed.")
                .submit("need:continue").assertAccessible();
        assertEquals("Skills", browser.heading());
        String need = "/needs/" + browser.find("input[name=id]").getAttribute("value");

        browser.submit("need:continue");
        assertTrue(browser.find("#error-summary").getText().contains("Choose at least one essential skill"), browser.text());
        new Select(browser.find("#need\\:skill-rows\\:0\\:skill")).selectByIndex(1);
        browser.submit("need:continue").assertAccessible();
        assertEquals("Time and dates", browser.heading());
        browser.choose("need:band", "Band 8a").type("need:days", "two").type("need:weeks", "12")
                .setValue("need:earliest-start", LocalDate.now().plusDays(40).toString())
                .setValue("need:latest-start", LocalDate.now().plusDays(60).toString())
                .setValue("need:deadline", LocalDate.now().plusDays(30).toString())
                .submit("need:continue").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("Enter the days a week as a number"), browser.text());
        assertEquals("12", browser.find("#need\\:weeks").getAttribute("value"), "what was typed is kept");
        browser.type("need:days", "2").submit("need:save-for-later").assertAccessible();

        assertEquals(need, browser.path(), "saved for later, the host is back on the need");
        assertEquals("Draft", browser.find("#need-state").getText());
        assertTrue(browser.find("#still-missing").getText().contains("the funding"), "what is still missing is said: " + browser.text());
        assertFalse(browser.has("#need\\:submit"), "an unfinished draft cannot be sent");

        browser.go("home/");
        assertTrue(browser.find("#needs-to-send").getText().contains(title), "the draft waits on the host's home page");
        browser.go(need).follow("edit-need").follow("step-link-4").assertAccessible();
        browser.type("need:site", "Queen's Medical Centre").choose("need:funding", "No charge").choose("need:urgency", "Soon")
                .submit("need:continue").assertAccessible();
        assertEquals("Check and send", browser.heading());
        assertFalse(browser.has("#still-missing"), "nothing is missing: " + browser.text());
        browser.submit("need:send").assertAccessible();
        assertEquals("Submitted", browser.find("#need-state").getText());

        // The coordinator takes it into scoping and writes the scope; a stale form is caught.
        browser.signOut().signIn(coordinator).go(need).submit("need:start-scoping");
        assertEquals("Scoping", browser.find("#need-state").getText());
        browser.follow("scoping-link").assertAccessible();
        assertEquals("Scoping document", browser.heading());
        browser.type("scope:objective-rows:0:objective", "Bring follow-up waits back under 12 weeks")
                .type("scope:objective-rows:0:measure", "Weekly PTL report")
                .type("scope:in-scope", "Booking rules, clinic templates, partial booking")
                .setValue("scope:loaded-version", "-1")
                .submit("scope:save").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("changed while you were looking"), browser.text());
        assertEquals("Weekly PTL report", browser.find("#scope\\:objective-rows\\:0\\:measure").getAttribute("value"),
                "what was typed is kept");
        browser.go("needs/scope.xhtml?need=" + need.substring(need.lastIndexOf('/') + 1));
        new Journey(browser).writeScope();
        assertEquals("Dr Ama Owusu", browser.find("#scope\\:stakeholder-rows\\:0\\:stakeholder-name").getAttribute("value"));
        browser.scrollTo("#deliverables-heading").screenshot("scoping-editor").scrollTo("h1");
        browser.submit("issue:issue").assertAccessible();
        assertEquals("Issued for sign-off", browser.find("#version-1-state").getText(), browser.text());
        assertFalse(browser.has("#scope"), "an issued version cannot be edited");
        browser.submit("sign:sign-as-coordinator").assertAccessible();
        assertTrue(browser.find("#versions").getText().contains("Coordinator: Priya Shah"), browser.text());

        // The host sponsor is told, in their notifications and on their home page, and signs; the scope is agreed.
        browser.signOut().signIn(host);
        assertTrue(browser.has("#unread-count"), "the header shows unread notifications");
        assertTrue(browser.find("#host-scopes-to-sign").getText().contains(title), "the scope waits on the host's home page");
        browser.follow("notifications-link").assertAccessible();
        assertTrue(browser.find("#notifications").getText().contains("The need “" + title + "”: taken into scoping, by Priya Shah."),
                browser.find("#notifications").getText());
        browser.submit("notifications-form:mark-all-read").assertAccessible();
        assertFalse(browser.has("#unread-count"), "all read");
        browser.go(need).follow("scoping-link").submit("sign:sign").assertAccessible();
        assertEquals("Agreed", browser.find("#version-1-state").getText(), browser.text());
        WebBrowser.Download pdf = browser.download(browser.find("#version-1-pdf").getAttribute("href")
                .substring(browser.find("#version-1-pdf").getAttribute("href").indexOf("needs/")));
        assertEquals(200, pdf.status());
        assertEquals("application/pdf", pdf.contentType());
        assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"), "a PDF of the agreed version");

        // The coordinator publishes.
        browser.signOut().signIn(coordinator).go(need).submit("need:publish").assertAccessible();
        assertEquals("Open for applications", browser.find("#need-state").getText(), browser.text());

        // The associate finds it by search, reads the agreed scope and applies.
        browser.signOut().signIn(associate).go("needs/?q=" + title.replace(' ', '+')).assertAccessible();
        assertEquals("Needs found: 1", browser.find("#count").getText());
        browser.follow("need-" + need.substring(need.lastIndexOf('/') + 1)).assertAccessible();
        assertTrue(browser.find("#agreed-scope").getText().contains("Clinical triage decisions"), "the agreed scope is shown");
        assertFalse(browser.has("#scoping-link"), "the associate reads the agreed version only");
        assertEquals(404, browser.download("needs/scope-pdf?need=" + need.substring(need.lastIndexOf('/') + 1) + "&version=1").status(),
                "nor its PDF");
        browser.follow("apply-link").type("apply:statement", "I recovered outpatient follow-up waits at Oxford.")
                .type("apply:conflict", "None").click("apply:availability").submit("apply:submit");
        String application = browser.path();

        // The coordinator finds the application in the work queue, shortlists, interviews and offers.
        browser.signOut().signIn(coordinator);
        long toReview = Long.parseLong(browser.find("#to-review").getText());
        assertTrue(toReview >= 1, "the application waits for review");
        if (toReview <= 10) {
            assertTrue(browser.find("#applications-to-review").getText().contains(title), "oldest first, ten at most");
        }
        browser.go(application).submit("pipeline:shortlist")
                .setValue("pipeline:interview-at", LocalDate.now().plusDays(5) + "T14:00")
                .choose("pipeline:interview-format", "Video call").submit("pipeline:arrange-interview").submit("pipeline:offer");
        assertEquals("Offered", browser.find("#application-state").getText(), browser.text());
        String applicants = new String(browser.download("export/applicants.csv?need=" + need.substring(need.lastIndexOf('/') + 1))
                .body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(applicants.contains("Daniel Hughes,Offered"), "the applicants table downloads: " + applicants);

        // The associate accepts, and the placement appears for all three.
        browser.signOut().signIn(associate).go(application).submit("application:accept").assertAccessible();
        assertTrue(browser.path().matches("/placements/\\d+"), "accepting leads to the placement: " + browser.path());
        String placement = browser.path();
        browser.go("home/");
        assertTrue(browser.find("#my-placements").getText().contains(title), "the associate's home shows the placement");
        browser.signOut().signIn(host).go("home/");
        assertTrue(browser.find("#my-placements").getText().contains(title), "the host's home shows the placement");
        browser.signOut().signIn(coordinator).go("home/");
        assertTrue(browser.find("#placements-awaiting-sign-off").getText().contains(title),
                "the coordinator's work queue shows it waiting for sign-offs");
        browser.go(placement).assertAccessible();
        assertEquals(title, browser.find("#placement-title").getText(), browser.text());

        // Four sign-offs: coordinator, host sponsor and associate on the page, the line manager through the emailed link
        // (sent again by the coordinator, as when it went astray: the fresh link is the one that works).
        browser.submit("placement:sign").assertAccessible();
        browser.submit("placement:resend-release").assertAccessible();
        assertEquals("The line manager has been emailed a fresh link; the earlier one no longer works.", browser.find("#done").getText());
        browser.signOut().signIn(host).go(placement).submit("placement:sign");
        browser.signOut().signIn(associate).go(placement).submit("placement:sign");
        assertEquals("Proposed", browser.find("#placement-state").getText(), "three of four signatures");
        browser.signOut().go(releaseLinkFor(title)).assertAccessible().submit("release:approve");
        assertEquals("Thank you", browser.heading(), browser.text());

        // Nobody arrives unannounced: the host briefs the stakeholder and books day one; only then can it start.
        browser.signIn(host).go(placement).assertAccessible();
        assertEquals("Agreed", browser.find("#placement-state").getText(), browser.text());
        String stillNeeded = browser.find("#still-needed").getText();
        assertTrue(stillNeeded.contains("Briefing of Dr Ama Owusu") && stillNeeded.contains("First-day meetings booked"), stillNeeded);
        LocalDate start = LocalDate.parse(browser.find("#terms dd").getText().split(" to ")[0],
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
        browser.submit("send-briefing:briefing-rows:0:send").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("The briefing is emailed to Dr Ama Owusu"), browser.text());
        assertTrue(browser.find("#still-needed").getText().contains("Briefing of Dr Ama Owusu"), "sent is not yet briefed");
        browser.signOut().go(browser.linkFromMailbox("Briefing:", title, "/briefing.xhtml")).assertAccessible();
        assertTrue(browser.find("#who").getText().contains("not to criticise anyone"), browser.text());
        browser.submit("confirm:confirm-briefing").assertAccessible();
        assertEquals("Thank you", browser.heading(), browser.text());
        browser.signIn(host).go(placement);
        assertTrue(browser.find("#briefings").getText().contains("Sarah Mitchell, confirmed by them"), "who briefed them: " + browser.text());
        browser.type("meeting:with", "Dr Ama Owusu").setValue("meeting:at", start + "T09:30").submit("meeting:book").assertAccessible();
        assertEquals("The start date, " + start.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                + ", or an earlier start agreed by both the host and the associate", browser.find("#still-needed").getText(),
                "only the start date stands before the start: " + browser.text());
        assertFalse(browser.has("#cancel-placement"), "only a coordinator cancels a placement");

        // The start date is weeks away; the host and the associate agree to start today instead.
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        browser.setValue("early-start:on", today.toString()).submit("early-start:agree-early-start").assertAccessible();
        assertTrue(browser.find("#early-start-asked").getText().contains("Host: agreed by Sarah Mitchell; associate: not agreed yet"),
                browser.text());
        browser.signOut().signIn(associate).go(placement).submit("early-start:agree-early-start").assertAccessible();
        assertFalse(browser.has("#early-start"), "both agreed today: " + browser.text());
        start = today;
        assertTrue(browser.find("#still-needed").getText().startsWith("First-day meetings booked for the new start date"),
                "the meeting booked for the old first day is not on the new one: " + browser.text());
        browser.signOut().signIn(host).go(placement)
                .type("meeting:with", "Dr Ama Owusu").setValue("meeting:at", today + "T09:30").submit("meeting:book").assertAccessible();
        assertFalse(browser.has("#still-needed"), "nothing stands before the start now: " + browser.text());
        browser.signOut().signIn(coordinator).go(placement);
        assertTrue(browser.has("#cancel-placement"), "a coordinator can still cancel it before the start");
        browser.submit("placement:start").assertAccessible();
        assertFalse(browser.has("#cancel-placement"), "once started it ends early instead");
        assertEquals("Active", browser.find("#placement-state").getText(), browser.text());

        // While active: a check-in, the mid-point review, an extension both sides and the line manager agree, and the close-out.
        browser.signOut().signIn(associate).go(placement).assertAccessible()
                .setValue("check-in:date", start.toString()).type("check-in:days", "1")
                .choose("check-in:progress-rows:0:status", "On track").type("check-in:issues", "Clinic templates are locked")
                .submit("check-in:save").assertAccessible();
        assertTrue(browser.find("#check-ins").getText().contains("Clinic templates are locked"), browser.text());
        assertTrue(browser.find("#days-worked").getText().startsWith("1 of "), browser.find("#days-worked").getText());
        browser.type("mid-point:on-track", "Booking rules rewritten").type("mid-point:changes", "Nothing")
                .submit("mid-point:record-review").assertAccessible();
        assertTrue(browser.find("#mid-point-agreed").getText().contains("associate: Daniel Hughes"), browser.text());

        String endText = browser.find("#terms dd").getText().split(" to ")[1];
        LocalDate newEnd = LocalDate.parse(endText, java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                .plusWeeks(2);
        browser.signOut().signIn(host).go(placement).submit("agree-mid-point:agree").assertAccessible();
        assertTrue(browser.find("#mid-point-agreed").getText().startsWith("Host: Sarah Mitchell"), browser.text());
        browser.setValue("steer:new-end", newEnd.toString()).submit("steer:extend").assertAccessible();
        assertTrue(browser.has("#proposed-end"), "the extension waits for the coordinator: " + browser.text());
        browser.signOut().signIn(coordinator).go(placement).setValue("steer:new-end", newEnd.toString()).submit("steer:extend");
        assertTrue(browser.has("#extension-awaiting"), "both agreed: the line manager is asked next: " + browser.text());
        assertFalse(browser.find("#terms dd").getText().endsWith(newEnd.format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))), "not before the line manager releases them");
        browser.signOut().go(browser.linkFromMailbox("extended release", title, "/release.xhtml")).assertAccessible();
        assertTrue(browser.has("#extended-to"), browser.text());
        browser.submit("release:approve");
        assertEquals("Thank you", browser.heading(), browser.text());
        browser.signIn(coordinator).go(placement);
        assertFalse(browser.has("#extension-awaiting"));
        assertTrue(browser.find("#terms dd").getText().endsWith(newEnd.format(
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))), browser.find("#terms dd").getText());

        assertEquals("1", browser.find("[id='close-out:days']").getAttribute("value"), "the check-ins' days, to confirm or correct");
        browser.submit("close-out:complete").assertAccessible();
        assertTrue(browser.has("#error-summary"), "an outcome for each objective and what worked are needed: " + browser.text());
        browser.choose("close-out:outcome-rows:0:outcome", "Partly achieved")
                .type("close-out:outcome-rows:0:evidence", "Waits down from 18 to 13 weeks")
                .type("close-out:what-worked", "Weekly validation of the waiting list")
                .type("close-out:what-did-not", "Template changes needed the supplier and took six weeks")
                .type("close-out:days", "3").submit("close-out:complete").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("The days worked must be between 0 and 1"),
                "no more days than since the start today: " + browser.text());
        assertEquals(placement, browser.path(), "a refused form stays on the placement's own address, so a reload or bookmark works");
        assertEquals("Weekly validation of the waiting list", browser.find("[id='close-out:what-worked']").getAttribute("value"),
                "what was typed is kept");
        browser.type("close-out:days", "1").submit("close-out:complete").assertAccessible();
        assertEquals("Completed", browser.find("#placement-state").getText(), browser.text());
        assertTrue(browser.find("#objective-results").getText().contains("Partly achieved"));

        browser.signOut().signIn(associate).go(placement).choose("feedback:rating", "5").type("feedback:comment", "A good team")
                .submit("feedback:give").assertAccessible();
        assertTrue(browser.find("#close-out-summary").getText().contains("5 out of 5"), browser.text());
        assertFalse(browser.has("#feedback"), "feedback is given once");

        // The associate takes a summary to their appraisal, read back from the PDF.
        WebBrowser.Download summary = browser.download(browser.find("#summary-pdf").getAttribute("href")
                .substring(browser.find("#summary-pdf").getAttribute("href").indexOf("placements/")));
        assertEquals("application/pdf", summary.contentType());
        String summaryText = pdfText(summary.body());
        for (String expected : new String[] {"Interim assignment summary", title, "Partly achieved", "Waits down from 18 to 13 weeks",
                "Template changes needed the supplier", "Line manager (release)"}) {
            assertTrue(summaryText.contains(expected), "the summary says \"" + expected + "\":\n" + summaryText);
        }

        // Learning is shared, failures too: a lesson from the placement goes through moderation into the library.
        browser.follow("write-lesson").assertAccessible();
        assertEquals(title, browser.find("[id='write:context']").getAttribute("value"), "started from the placement's need");
        browser.submit("write:send").assertAccessible();
        assertTrue(browser.has("#error-summary a[href='#write:title']"), "a title, the story and the lesson are needed: " + browser.text());
        browser.type("write:title", "Bring the booking supplier in before day one")
                .type("write:what-happened", "Sarah Mitchell and I waited six weeks for the supplier to change the clinic templates.")
                .type("write:lesson-text", "Put the system supplier in the scope before the start date.")
                .choose("write:kind", "Failure").click("write:anonymised").submit("write:send").assertAccessible();
        assertEquals("Awaiting moderation", browser.find("#lesson-state").getText(), browser.text());
        assertTrue(browser.find("#lesson-what-happened").getText().startsWith("[name removed] and I waited six weeks"),
                "the author sees what the library will show: " + browser.find("#lesson-what-happened").getText());
        String lesson = browser.address();

        browser.signOut().signIn(coordinator).go("home/").follow("lessons-to-moderate-link").assertAccessible();
        browser.follow("waiting-" + lesson.substring(lesson.indexOf("lesson=") + 7)).assertAccessible();
        assertTrue(browser.find("#as-written").getText().contains("Sarah Mitchell"), "the moderator reads what was written too");
        browser.submit("moderate:return").assertAccessible();
        assertTrue(browser.has("#error-summary a[href='#moderate:comment']"), "returning needs a reason: " + browser.text());
        browser.type("moderate:comment", "Say what you would ask the host before the start").submit("moderate:return").assertAccessible();
        assertEquals("Returned for edit", browser.find("#lesson-state").getText());

        browser.signOut().signIn(associate).go("lessons/").assertAccessible();
        assertTrue(browser.find("#my-lessons").getText().contains("Say what you would ask the host before the start"), browser.text());
        browser.go(lesson).follow("edit-lesson").assertAccessible();
        assertTrue(browser.find("#moderation-comment").getText().contains("Say what you would ask the host"));
        browser.type("write:lesson-text", "Ask the host, before the start date, whether the system supplier must change anything.")
                .submit("write:send").assertAccessible();
        assertEquals("Awaiting moderation", browser.find("#lesson-state").getText());

        browser.signOut().signIn(coordinator).go(lesson).submit("moderate:publish").assertAccessible();
        assertEquals("Published", browser.find("#lesson-state").getText());

        // Anyone signed in finds it by words and tags, with nobody named.
        browser.signOut().signIn(People.associate("Rhea Reader")).go("lessons/?q=booking+supplier&kind=FAILURE").assertAccessible();
        assertTrue(browser.has("#lesson-" + lesson.substring(lesson.indexOf("lesson=") + 7)), "found by words and kind: " + browser.text());
        browser.follow("lesson-" + lesson.substring(lesson.indexOf("lesson=") + 7)).assertAccessible();
        assertEquals("Name withheld", browser.find("#lesson-author").getText());
        assertFalse(browser.text().contains("Sarah Mitchell"), "anonymised: " + browser.text());
        assertTrue(browser.find("#lesson-lesson").getText().contains("whether the system supplier must change anything"));
        assertFalse(browser.has("#moderate") || browser.has("#edit-lesson"), "a reader only reads");
        browser.signOut();
    }

    private static String pdfText(byte[] pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    /** The line manager's release link for the placement, from the demo-mode developer mailbox. */
    private static String releaseLinkFor(String title) {
        return browser.linkFromMailbox("release", title, "/release.xhtml");
    }
}
