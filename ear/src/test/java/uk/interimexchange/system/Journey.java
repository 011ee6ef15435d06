package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

/**
 * The steps of the programme's journey through the pages, each taken by the person it belongs to in the browser given
 * (with the mouse, or with the keyboard alone in keyboard-only mode), on records the test makes itself.
 */
final class Journey {

    private final WebBrowser browser;

    Journey(WebBrowser browser) {
        this.browser = browser;
    }

    /** The associate completes their profile and consents to being matched: only then can they apply. */
    void completeProfile(People.Person associate, String region) {
        browser.signOut().signIn(associate).go("account/profile.xhtml");
        browser.type("profile:job-title", "Head of operations")
                .choose("profile:employer", browser.optionContaining("profile:employer", "Manchester University"))
                .choose("profile:band", "Band 8b")
                .type("profile:phone", "07700 900123")
                .type("profile:line-manager-name", "Lin Manager")
                .type("profile:line-manager-email", "line.manager." + associate.email())
                .type("profile:experience", "Ten years running outpatient services; led a booking recovery programme.")
                .choose("profile:skill-rows:0:skill", browser.optionContaining("profile:skill-rows:0:skill", "Clinical audit"))
                .choose("profile:skill-rows:0:level", "Expert")
                .setValue("profile:availability-rows:0:from", LocalDate.now().plusDays(1).toString())
                .setValue("profile:availability-rows:0:to", LocalDate.now().plusMonths(9).toString())
                .type("profile:availability-rows:0:days", "2")
                .click(browser.checkboxLabelled("profile:regions", region))
                .click(browser.checkboxLabelled("profile:weekdays", "Tuesday"))
                .click("profile:consent")
                .submit("profile:save").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("Your profile is saved"), browser.text());
    }

    /** The host writes a need through its five steps and sends it; answers the need's address. */
    String postNeed(People.Person host, String title) {
        browser.signOut().signIn(host).follow("post-need").assertAccessible();
        browser.type("need:title", title).type("need:problem", "Outpatient follow-up waits have doubled since the booking system changed.")
                .submit("need:continue").assertAccessible();
        String need = "/needs/" + browser.find("input[name=id]").getAttribute("value");
        browser.choose("need:skill-rows:0:skill", browser.optionContaining("need:skill-rows:0:skill", "Clinical audit"))
                .submit("need:continue").assertAccessible();
        browser.choose("need:band", "Band 8a").type("need:days", "2").type("need:weeks", "12")
                .setValue("need:earliest-start", LocalDate.now().plusDays(40).toString())
                .setValue("need:latest-start", LocalDate.now().plusDays(60).toString())
                .setValue("need:deadline", LocalDate.now().plusDays(30).toString())
                .submit("need:continue").assertAccessible();
        browser.type("need:site", "Queen's Medical Centre").choose("need:funding", "No charge").choose("need:urgency", "Soon")
                .submit("need:continue").assertAccessible();
        assertEquals("Check and send", browser.heading(), browser.text());
        browser.submit("need:send").assertAccessible();
        assertEquals("Submitted", browser.find("#need-state").getText());
        return need;
    }

    /** The coordinator takes the need into scoping, writes the scope, issues it and signs it. */
    void scope(People.Person coordinator, String need) {
        browser.signOut().signIn(coordinator).go(need).submit("need:start-scoping").assertAccessible();
        browser.follow("scoping-link").assertAccessible();
        writeScope();
        browser.submit("issue:issue").assertAccessible();
        browser.submit("sign:sign-as-coordinator").assertAccessible();
    }

    /** On the scoping editor, the coordinator writes every part of the scope and saves the draft. */
    void writeScope() {
        browser.type("scope:objective-rows:0:objective", "Bring follow-up waits back under 12 weeks")
                .type("scope:objective-rows:0:measure", "Weekly PTL report")
                .type("scope:in-scope", "Booking rules, clinic templates, partial booking")
                .type("scope:out-of-scope", "Clinical triage decisions; the new system's procurement")
                .type("scope:deliverable-rows:0:deliverable", "Revised booking rules").type("scope:deliverable-rows:0:due-week", "6")
                .type("scope:success-measures", "No patient past their follow-up date by week 12")
                .type("scope:stakeholder-rows:0:stakeholder-name", "Dr Ama Owusu")
                .type("scope:stakeholder-rows:0:stakeholder-role", "Clinical director, outpatients")
                .click("scope:stakeholder-rows:0:stakeholder-brief")
                .type("scope:stakeholder-rows:0:stakeholder-email", "ama.owusu@nuh.example")
                .type("scope:wa-days", "2").type("scope:wa-contact", "Sarah Mitchell")
                .submit("scope:save").assertAccessible();
        assertEquals("The draft is saved.", browser.find("#done").getText(), browser.text());
    }

    /** The host sponsor signs the issued scope: it is agreed. */
    void signScope(People.Person host, String need) {
        browser.signOut().signIn(host).go(need).follow("scoping-link").submit("sign:sign").assertAccessible();
        assertEquals("Agreed", browser.find("#version-1-state").getText(), browser.text());
    }

    void publish(People.Person coordinator, String need) {
        browser.signOut().signIn(coordinator).go(need).submit("need:publish").assertAccessible();
        assertEquals("Open for applications", browser.find("#need-state").getText(), browser.text());
    }

    /** The associate finds the need by its title and applies; answers the application's address. */
    String apply(People.Person associate, String need, String title) {
        browser.signOut().signIn(associate).go("needs/?q=" + title.replace(' ', '+')).assertAccessible();
        browser.follow("need-" + need.substring(need.lastIndexOf('/') + 1)).assertAccessible();
        browser.follow("apply-link").assertAccessible()
                .type("apply:statement", "I recovered outpatient follow-up waits at Oxford.")
                .click("apply:availability").type("apply:conflict", "None").submit("apply:submit").assertAccessible();
        assertTrue(browser.path().matches("/applications/\\d+"), "the application's own page: " + browser.path());
        return browser.path();
    }

    /** The coordinator shortlists, interviews and offers. */
    void offer(People.Person coordinator, String application) {
        browser.signOut().signIn(coordinator).go(application).submit("pipeline:shortlist").assertAccessible()
                .setValue("pipeline:interview-at", LocalDate.now().plusDays(5) + "T14:00")
                .choose("pipeline:interview-format", "Video call").submit("pipeline:arrange-interview").assertAccessible()
                .submit("pipeline:offer").assertAccessible();
        assertEquals("Offered", browser.find("#application-state").getText(), browser.text());
    }

    /** The associate accepts the offer; answers the placement's address. */
    String accept(People.Person associate, String application) {
        browser.signOut().signIn(associate).go(application).submit("application:accept").assertAccessible();
        assertTrue(browser.path().matches("/placements/\\d+"), "accepting leads to the placement: " + browser.path());
        return browser.path();
    }
}
