package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records a system test stands on, made the way people make them: through the pages, over HTTP, each step by
 * the person it belongs to (no browser, so it is quick). A need is posted, scoped, signed and published; an associate
 * completes a profile and applies; an offer is made and accepted; the placement is signed by all four, prepared and
 * started. Every record is the test's own, so tests can run in any order, and again, on one database.
 */
final class Programme {

    /** The stakeholder each scope names, to be briefed before a placement starts. */
    static final String STAKEHOLDER = "Dr Ama Owusu";

    private Programme() {
    }

    /** A need the host has written and sent to the programme team; answers its id. */
    static long submittedNeed(People.Person host, String title) {
        long id = draftNeed(host, title);
        redirect(host.browser(), "needs/edit.xhtml?id=" + id + "&step=5", "need", Map.of(), "send");
        return id;
    }

    /** A need the host has written through all five steps, ready to send but still a draft; answers its id. */
    static long draftNeed(People.Person host, String title) {
        Browser hosting = host.browser();
        String editor = redirect(hosting, "needs/edit.xhtml", "need", Map.of("title", title,
                "problem", "Outpatient follow-up waits have doubled since the booking system changed."), "continue");
        long id = Long.parseLong(editor.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        String skills = hosting.getBody(editor);
        editor = redirect(hosting, editor, "need", Map.of("skill-rows:0:skill", optionValue(skills, "need:skill-rows:0:skill", "Clinical audit"),
                "skill-rows:0:importance", "ESSENTIAL", "skill-rows:0:level", "EXPERIENCED"), "continue");
        LocalDate today = LocalDate.now();
        editor = redirect(hosting, editor, "need", Map.of("band", "BAND_8A", "days", "2", "weeks", "12",
                "earliest-start", today.plusDays(40).toString(), "latest-start", today.plusDays(60).toString(),
                "deadline", today.plusDays(30).toString()), "continue");
        redirect(hosting, editor, "need", Map.of("site", "Queen's Medical Centre", "funding", "NO_CHARGE", "urgency", "SOON"), "continue");
        return id;
    }

    /** A need of the host's organisation, sent, scoped, signed by both and published; answers its id. */
    static long openNeed(People.Person host, People.Person coordinator, String title) {
        long id = submittedNeed(host, title);
        Browser hosting = host.browser();
        Browser coordinating = coordinator.browser();
        redirect(coordinating, "needs/" + id, "need", Map.of(), "start-scoping");
        String scope = "needs/scope.xhtml?need=" + id;
        Map<String, String> content = new HashMap<>();
        content.put("objective-rows:0:objective", "Bring follow-up waits back under 12 weeks");
        content.put("objective-rows:0:measure", "Weekly PTL report");
        content.put("in-scope", "Booking rules, clinic templates, partial booking");
        content.put("out-of-scope", "Clinical triage decisions");
        content.put("deliverable-rows:0:deliverable", "Revised booking rules");
        content.put("deliverable-rows:0:due-week", "6");
        content.put("success-measures", "No patient past their follow-up date by week 12");
        content.put("stakeholder-rows:0:stakeholder-name", STAKEHOLDER);
        content.put("stakeholder-rows:0:stakeholder-role", "Clinical director, outpatients");
        content.put("stakeholder-rows:0:stakeholder-brief", "true");
        content.put("stakeholder-rows:0:stakeholder-email", "ama.owusu@stakeholders.system-test.example");
        content.put("wa-days", "2");
        content.put("wa-weekday", "TUESDAY");
        content.put("wa-contact", host.name());
        redirect(coordinating, scope, "scope", content, "save");
        redirect(coordinating, scope, "issue", Map.of(), "issue");
        redirect(coordinating, scope, "sign", Map.of(), "sign-as-coordinator");
        redirect(hosting, scope, "sign", Map.of(), "sign");
        redirect(coordinating, "needs/" + id, "need", Map.of(), "publish");
        return id;
    }

    /** The associate completes their profile, consenting to being matched, free from tomorrow for nine months. */
    static void profile(People.Person associate) {
        profile(associate, "Manchester University");
    }

    /** The same, employed by the organisation whose name contains {@code employer}. */
    static void profile(People.Person associate, String employer) {
        Browser browser = associate.browser();
        String page = browser.getBody("account/profile.xhtml");
        Map<String, String> fields = new HashMap<>();
        fields.put("job-title", "Head of operations");
        fields.put("employer", optionValue(page, "profile:employer", employer));
        fields.put("band", "BAND_8B");
        fields.put("phone", "07700 900123");
        fields.put("line-manager-name", "Lin Manager");
        fields.put("line-manager-email", lineManagerOf(associate));
        fields.put("experience", "Ten years running outpatient services.");
        fields.put("skill-rows:0:skill", optionValue(page, "profile:skill-rows:0:skill", "Clinical audit"));
        fields.put("skill-rows:0:level", "EXPERT");
        fields.put("availability-rows:0:from", LocalDate.now().plusDays(1).toString());
        fields.put("availability-rows:0:to", LocalDate.now().plusMonths(9).toString());
        fields.put("availability-rows:0:days", "2");
        fields.put("regions", "MIDLANDS");
        fields.put("weekdays", "TUESDAY");
        fields.put("consent", "true");
        redirect(browser, "account/profile.xhtml", "profile", fields, "save");
    }

    /** The line manager the fixture profiles name: an address of the associate's own, so their emails are theirs. */
    static String lineManagerOf(People.Person associate) {
        return "line.manager." + associate.email();
    }

    /** The associate applies for the need; answers the application's id. */
    static long application(People.Person associate, long needId) {
        String application = redirect(associate.browser(), "applications/apply.xhtml?need=" + needId, "apply",
                Map.of("statement", "I recovered outpatient follow-up waits at my own trust.", "availability", "true", "conflict", "None"), "submit");
        return idIn(application);
    }

    /** The coordinator shortlists, interviews and offers. */
    static void offered(People.Person coordinator, long applicationId) {
        interviewArranged(coordinator, applicationId);
        redirect(coordinator.browser(), "applications/" + applicationId, "pipeline", Map.of(), "offer");
    }

    /** The coordinator shortlists the application and arranges a video interview five days from now, at 14:00. */
    static void interviewArranged(People.Person coordinator, long applicationId) {
        Browser browser = coordinator.browser();
        String application = "applications/" + applicationId;
        redirect(browser, application, "pipeline", Map.of(), "shortlist");
        redirect(browser, application, "pipeline", Map.of("interview-at", LocalDate.now().plusDays(5) + "T14:00", "interview-format", "VIDEO"),
                "arrange-interview");
    }

    /** The coordinator shortlists the application. */
    static void shortlisted(People.Person coordinator, long applicationId) {
        redirect(coordinator.browser(), "applications/" + applicationId, "pipeline", Map.of(), "shortlist");
    }

    /** The coordinator tells the applicant it was unsuccessful, with feedback. */
    static void unsuccessful(People.Person coordinator, long applicationId) {
        redirect(coordinator.browser(), "applications/" + applicationId, "pipeline",
                Map.of("feedback", "Thank you for applying: another applicant's experience fitted more closely."), "unsuccessful");
    }

    /** The associate accepts the offer: answers the id of the placement proposed. */
    static long accepted(People.Person associate, long applicationId) {
        return idIn(redirect(associate.browser(), "applications/" + applicationId, "application", Map.of(), "accept"));
    }

    /** A placement of a fresh need, proposed from an accepted offer; the associate's profile is completed on the way. */
    static long proposedPlacement(People.Person host, People.Person coordinator, People.Person associate, String title) {
        long need = openNeed(host, coordinator, title);
        profile(associate);
        long application = application(associate, need);
        offered(coordinator, application);
        return accepted(associate, application);
    }

    /** All four sign: the associate, the host sponsor and the coordinator on the page, the line manager through their link. */
    static void signedByAll(People.Person host, People.Person coordinator, People.Person associate, long placementId) {
        String placement = "placements/" + placementId;
        for (People.Person person : new People.Person[] {associate, host, coordinator}) {
            redirect(person.browser(), placement, "placement", Map.of(), "sign");
        }
        String link = People.link(lineManagerOf(associate), "Please approve", "/release.xhtml");
        redirect(new Browser(), "release.xhtml?link=" + Browser.encode(link), "release", Map.of(), "approve");
    }

    /**
     * Signed by all four, the stakeholder briefed and day one booked, the host and the associate agree to start today,
     * and the coordinator starts it: active.
     */
    static void started(People.Person host, People.Person coordinator, People.Person associate, long placementId) {
        signedByAll(host, coordinator, associate, placementId);
        String placement = "placements/" + placementId;
        Browser hosting = host.browser();
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        redirect(hosting, placement, "briefing", Map.of("stakeholder", STAKEHOLDER, "briefed-on", today.toString(), "briefed-by", host.name()),
                "record-briefing");
        redirect(hosting, placement, "early-start", Map.of("on", today.toString()), "agree-early-start");
        redirect(associate.browser(), placement, "early-start", Map.of("on", today.toString()), "agree-early-start");
        redirect(hosting, placement, "meeting", Map.of("with", STAKEHOLDER, "at", today + "T09:30"), "book");
        redirect(coordinator.browser(), placement, "placement", Map.of(), "start");
    }

    /** The line manager declines the associate's release through their emailed link: the placement falls through. */
    static void releaseDeclined(People.Person associate, String reason) {
        String link = People.link(lineManagerOf(associate), "Please approve", "/release.xhtml");
        redirect(new Browser(), "release.xhtml?link=" + Browser.encode(link), "release", Map.of("comment", reason), "decline");
    }

    /** A check-in today by the associate or host, with the first deliverable in the state given (ON_TRACK, AT_RISK...). */
    static void checkIn(People.Person person, long placementId, String days, String firstDeliverable) {
        redirect(person.browser(), "placements/" + placementId, "check-in", Map.of("date", LocalDate.now(java.time.ZoneId.of("Europe/London")).toString(),
                "days", days, "progress-rows:0:status", firstDeliverable), "save");
    }

    /** The associate or the host records the mid-point review; the other side then agrees it. */
    static void midPointReview(People.Person person, long placementId, String onTrack, String changes) {
        redirect(person.browser(), "placements/" + placementId, "mid-point", Map.of("on-track", onTrack, "changes", changes), "record-review");
    }

    /**
     * Submits a form and answers where the page sent the person next (the Post-Redirect-Get's address); a form that is
     * answered with a page instead (a refusal) fails the fixture, with the page's own message.
     */
    private static String redirect(Browser browser, String path, String form, Map<String, String> fields, String button) {
        try {
            HttpResponse<String> sent = browser.submit(path, form, fields, button);
            assertEquals(302, sent.statusCode(), "#" + form + ":" + button + " on " + path + " was refused: " + summary(sent.body()));
            String location = sent.headers().firstValue("Location").orElseThrow();
            URI to = URI.create(Browser.BASE).resolve(location);
            return to.getRawPath().substring(1) + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long idIn(String address) {
        Matcher id = Pattern.compile("/?(?:applications|placements|needs)/(\\d+)").matcher(address);
        if (!id.find()) {
            throw new AssertionError("No record in " + address);
        }
        return Long.parseLong(id.group(1));
    }

    /** The value of the first option of a list whose label contains {@code label}. */
    static String optionValue(String page, String name, String label) {
        int list = page.indexOf("name=\"" + name + "\"");
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\"[^>]*>[^<]*" + Pattern.quote(label))
                .matcher(page.substring(list, page.indexOf("</select>", list)));
        if (list < 0 || !option.find()) {
            throw new AssertionError("No option with " + label + " in " + name);
        }
        return option.group(1);
    }

    private static String summary(String page) {
        Matcher errors = Pattern.compile("nhs-error-summary.*?</div>", Pattern.DOTALL).matcher(page);
        return errors.find() ? errors.group().replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ") : page.length() > 600 ? page.substring(0, 600) : page;
    }
}
