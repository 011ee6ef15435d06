package uk.interimexchange.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import uk.interimexchange.domain.model.shared.Days;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.mail.Email;
import uk.interimexchange.domain.model.mail.Outbox;
import uk.interimexchange.domain.model.placement.BriefingInvitation;
import uk.interimexchange.domain.model.placement.FirstDayMeeting;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.scoping.Stakeholder;
import uk.interimexchange.application.port.MailTemplates;

/**
 * The emails the application writes, in plain English, each queued in the outbox in the caller's transaction.
 * Links point at {@code interim.base-url}, the address people reach the service on.
 */
@ApplicationScoped
class Letters {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm", Locale.UK);

    /** "Thursday 3 December 2026 at 14:00", UK time. */
    static final DateTimeFormatter MEETING = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private static final String SIGNATURE = """

            Interim Exchange
            Lending management expertise across the NHS

            You are getting this email because someone used your address with Interim Exchange. If that was not
            you or someone you work with, you can ignore it.
            """;

    @Inject
    Outbox outbox;

    @Inject
    MailTemplates templates;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "interim.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;

    void verifyAddress(UserAccount account, String link) {
        queue(account.getEmail(), "Confirm your email address for Interim Exchange", """
                Dear %s,

                Thank you for registering with Interim Exchange. Confirm that this is your email address by opening
                this link:

                %s

                The link works once and expires in 2 days.%s
                """.formatted(account.getFullName(), url("/verify-email.xhtml", link),
                account.getOrganisation() == null ? ""
                        : "\n\nOnce you have confirmed it, a programme coordinator will check that you act for "
                                + account.getOrganisation().getName() + " and open your account."));
    }

    /** Someone registered with an address that already has an account: tell the owner, tell the form nothing. */
    void alreadyRegistered(UserAccount account) {
        queue(account.getEmail(), "You already have an Interim Exchange account", """
                Dear %s,

                Someone tried to register with Interim Exchange using this email address, which already has an
                account. If it was you, sign in here:

                %s

                If you have forgotten your password, you can reset it from the sign-in page.
                """.formatted(account.getFullName(), baseUrl + "/sign-in.xhtml"));
    }

    void resetPassword(UserAccount account, String link) {
        queue(account.getEmail(), "Reset your Interim Exchange password", """
                Dear %s,

                We were asked to reset the password for your Interim Exchange account. To choose a new password,
                open this link:

                %s

                The link works once and expires in 60 minutes. If you did not ask for this, you can ignore this
                email: your password has not changed.
                """.formatted(account.getFullName(), url("/reset-password.xhtml", link)));
    }

    void firstAdministrator(UserAccount account, String link) {
        queue(account.getEmail(), "Your Interim Exchange administrator account", """
                Dear %s,

                An administrator account on Interim Exchange has been opened for this email address. To choose its
                password, open this link:

                %s

                The link works once and expires in 60 minutes. If it has expired, ask for a new one with "I have
                forgotten my password" on the sign-in page.
                """.formatted(account.getFullName(), url("/reset-password.xhtml", link)));
    }

    /** Someone a coordinator invited with a cohort: choose a password, then check and complete the profile. */
    void cohortInvitation(UserAccount account, String link) {
        queue(account.getEmail(), "You are invited to the Interim Exchange talent pool", """
                Dear %s,

                Your organisation has put you forward for the Interim Exchange talent pool, where NHS managers are
                matched to interim assignments with other NHS organisations. An account has been opened for this email
                address. To join, choose your password with this link:

                %s

                Then sign in and complete your profile: check what we were told about you (your job, employer, band
                and skills), add your line manager, your availability and where you could work, and agree to your
                details being used for matching. Nobody sees your profile for matching until you do.

                The link works once and expires in 14 days. If it has expired, ask for a new one with "I have
                forgotten my password" on the sign-in page. If you do not want to join, ignore this email.
                """.formatted(account.getFullName(), url("/join.xhtml", link)));
    }

    void hostApproved(UserAccount account) {
        queue(account.getEmail(), "Your Interim Exchange account is open", """
                Dear %s,

                A programme coordinator has confirmed that you act for %s. You can now sign in and post needs for
                your organisation:

                %s
                """.formatted(account.getFullName(), account.getOrganisation().getName(), baseUrl + "/sign-in.xhtml"));
    }

    void hostRefused(UserAccount account, String reason) {
        queue(account.getEmail(), "Your Interim Exchange registration", """
                Dear %s,

                A programme coordinator could not confirm that you act for %s, so your account has not been opened.

                Their reason: %s

                If you think this is a mistake, reply to your programme coordinator.
                """.formatted(account.getFullName(), account.getOrganisation().getName(), reason));
    }

    /** Asks the associate's line manager to release them, with a link that approves or declines. */
    void releaseRequest(Placement placement, String link) {
        Associate associate = placement.getAssociate();
        queue(associate.getLineManager().getEmail(),
                "Please approve " + associate.getFullName() + "'s release for an interim assignment", """
                Dear %s,

                %s has been offered an interim assignment through Interim Exchange, the NHS programme that lends
                management expertise between organisations. As their line manager, your approval of their release
                is needed before it can go ahead.

                Assignment: %s
                Host organisation: %s
                Dates: %s to %s
                Time: %s
                Funding: %s

                To approve or decline the release, with a comment if you wish, open this link:

                %s

                You do not need an account. The link works once and expires on %s.
                """.formatted(associate.getLineManager().getName(), associate.getFullName(),
                placement.getNeed().getTitle(), placement.getOrganisation().getName(),
                UK_DATE.format(placement.getStartDate()), UK_DATE.format(placement.getEndDate()), time(placement),
                placement.getFunding().getLabel(), url("/release.xhtml", link),
                UK_DATE.format(LocalDate.now(clock).plusDays(LinkPurpose.RELEASE_PLACEMENT.validFor().toDays()))));
    }

    /** An application has closed without an offer: the applicant reads the feedback itself, from {@code mail/application-closed.txt}. */
    void applicationClosed(UserAccount to, Application application) {
        queueTemplate(to, "application-closed", Map.of("name", to.getFullName(), "need",
                application.getNeed().getTitle(), "feedback", application.getFeedback(), "link", baseUrl + "/applications/" + application.getId()));
    }

    /**
     * A must-brief stakeholder's briefing, made from the agreed scope (who is coming, why, which days, the first
     * day's meetings), with the link that confirms they have read it; from {@code mail/briefing.txt}.
     */
    void stakeholderBriefing(Placement placement, BriefingInvitation invitation, String link) {
        Stakeholder stakeholder = placement.getScopingVersion().getStakeholders().stream()
                .filter(s -> s.getName().equals(invitation.getStakeholderName())).findFirst().orElseThrow();
        Associate associate = placement.getAssociate();
        String meetings = placement.getFirstDayMeetings().isEmpty()
                ? "The first day's meetings are still being booked; " + invitation.getSentBy() + " will tell you if you are in one."
                : placement.getFirstDayMeetings().stream().sorted(java.util.Comparator.comparing(FirstDayMeeting::getAt))
                        .map(m -> "- " + TIME.format(m.getAt()) + " with " + m.getWithWhom()).collect(Collectors.joining("\n"));
        Map<String, String> values = new java.util.HashMap<>();
        values.put("name", stakeholder.getName());
        values.put("sender", invitation.getSentBy());
        values.put("associate", associate.getFullName());
        values.put("jobTitle", associate.getJobTitle() == null ? "" : " (" + associate.getJobTitle()
                + (associate.getEmployer() == null ? "" : ", " + associate.getEmployer().getName()) + ")");
        values.put("host", placement.getOrganisation().getName());
        values.put("need", placement.getNeed().getTitle());
        values.put("objectives", placement.getScopingVersion().getObjectives().stream().map(o -> "- " + o.getDescription())
                .collect(Collectors.joining("\n")));
        values.put("start", UK_DATE.format(placement.getStartDate()));
        values.put("end", UK_DATE.format(placement.getEndDate()));
        values.put("time", time(placement));
        values.put("meetings", meetings);
        values.put("role", stakeholder.getRole());
        values.put("link", url("/briefing.xhtml", link));
        values.put("expires", UK_DATE.format(LocalDate.now(clock).plusDays(LinkPurpose.CONFIRM_BRIEFING.validFor().toDays())));
        queueTemplate(invitation.getEmail(), "briefing", values);
    }

    /** Asks the line manager to release the associate for an extension both sides agreed; from {@code mail/extension-release.txt}. */
    void extensionRelease(Placement placement, String link) {
        Associate associate = placement.getAssociate();
        queueTemplate(associate.getLineManager().getEmail(), "extension-release", Map.of(
                "name", associate.getLineManager().getName(), "associate", associate.getFullName(), "need", placement.getNeed().getTitle(),
                "host", placement.getOrganisation().getName(), "end", UK_DATE.format(placement.getEndDate()),
                "newEnd", UK_DATE.format(placement.getProposedEndDate()),
                "time", time(placement), "link", url("/release.xhtml", link),
                "expires", UK_DATE.format(LocalDate.now(clock).plusDays(LinkPurpose.RELEASE_EXTENSION.validFor().toDays()))));
    }

    /** The email twin of an in-app notification, from {@code mail/notification.txt}. */
    void notification(UserAccount to, String what, String by, String link) {
        queueTemplate(to, "notification", Map.of("name", to.getFullName(), "what", what, "by", by,
                "link", baseUrl + link, "notifications", baseUrl + "/account/notifications.xhtml"));
    }

    /** A reminder of something due, from {@code mail/reminder.txt}. */
    void reminder(UserAccount to, String what, String action, String link) {
        queueTemplate(to, "reminder", Map.of("name", to.getFullName(), "what", what, "action", action,
                "link", baseUrl + link));
    }

    /** The full address of a path of the service, as people reach it. */
    String address(String path) {
        return baseUrl + path;
    }

    /** An invitation to a meeting, with the calendar invitation attached; from {@code mail/invitation.txt}. */
    void invitation(UserAccount to, String what, LocalDateTime when, String details, String link, String calendar) {
        queueTemplate(to.getEmail(), "invitation", Map.of("name", to.getFullName(), "what", what, "when", MEETING.format(when),
                "details", details, "link", baseUrl + link), calendar);
    }

    /** A meeting called off, with the cancellation attached for the calendar; from {@code mail/invitation-cancelled.txt}. */
    void invitationCancelled(UserAccount to, String what, LocalDateTime when, String why, String link, String calendar) {
        queueTemplate(to.getEmail(), "invitation-cancelled", Map.of("name", to.getFullName(), "what", what, "when", MEETING.format(when),
                "why", why, "link", baseUrl + link), calendar);
    }

    private void queueTemplate(UserAccount to, String template, Map<String, String> values) {
        queueTemplate(to.getEmail(), template, values);
    }

    private void queueTemplate(String to, String template, Map<String, String> values) {
        queueTemplate(to, template, values, null);
    }

    private void queueTemplate(String to, String template, Map<String, String> values, String calendar) {
        MailTemplates.Filled email = templates.fill(template, values);
        String subject = email.subject();
        outbox.queue(new Email(to, subject.length() <= 200 ? subject : subject.substring(0, 199) + "…", email.body(), calendar,
                clock.instant()));
    }

    /** "1 day a week (Tuesdays)", "1.5 days a week (Mondays, Thursdays)". */
    static String time(Placement placement) {
        return Days.aWeek(placement.getDaysPerWeek()) + " (" + weekdays(placement) + ")";
    }

    private static String weekdays(Placement placement) {
        return placement.getWeekdays().isEmpty() ? "days to be agreed"
                : placement.getWeekdays().stream().sorted().map(d -> d.getDisplayName(TextStyle.FULL, Locale.UK) + "s")
                        .collect(Collectors.joining(", "));
    }

    private String url(String page, String link) {
        return baseUrl + page + "?link=" + URLEncoder.encode(link, StandardCharsets.UTF_8);
    }

    private void queue(String to, String subject, String body) {
        outbox.queue(new Email(to, subject, body.endsWith(SIGNATURE) ? body : body + SIGNATURE, clock.instant()));
    }
}
