package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.PersonalData;
import uk.interimexchange.application.PersonalData.Section;
import uk.interimexchange.application.PersonalDataService;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.port.PdfDocuments;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationRepository;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonRepository;
import uk.interimexchange.domain.model.notification.Notification;
import uk.interimexchange.domain.model.notification.NotificationRepository;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/**
 * The caller's own data, gathered from every place it is kept; only ever the caller's, so there is nobody else's to
 * scope out. A person's records are few (tens of applications at most), so each list is read whole, a page at a time.
 *
 * <p>It only reads, so it runs outside a transaction: nothing is held, and nothing read is flushed back.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DefaultPersonalDataService implements PersonalDataService {

    @Inject
    CurrentUser currentUser;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AssociateRepository associates;

    @Inject
    ApplicationRepository applications;

    @Inject
    PlacementRepository placements;

    @Inject
    LessonRepository lessons;

    @Inject
    NotificationRepository notifications;

    @Inject
    AuditRepository audit;

    @Inject
    PdfDocuments pdfs;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public PersonalData mine() {
        Actor actor = currentUser.actor();
        UserAccount account = accounts.find(actor.accountId()).orElseThrow(() -> new NotFoundException("account"));
        Optional<Associate> profile = associates.findByAccount(account.getId());
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("account", "Your account", List.of(fields(
                "Name", account.getFullName(), "Email address", account.getEmail(),
                "Roles", account.getRoles().stream().sorted().map(Role::getLabel).collect(Collectors.joining(", ")),
                "Organisation", account.getOrganisation() == null ? null : account.getOrganisation().getName(),
                "Account", account.getStatus().name().toLowerCase(), "Opened", text(account.getCreatedAt()),
                "Last signed in", text(account.getLastSignedInAt())))));
        profile.ifPresent(a -> sections.add(new Section("profile", "Your profile", List.of(profile(a)))));
        sections.add(new Section("applications", "Your applications", profile.map(a -> all(page -> applications.forAssociate(a.getId(), page)))
                .orElse(List.of()).stream().map(DefaultPersonalDataService::application).toList()));
        sections.add(new Section("placements", "Your placements", profile.map(a -> all(page -> placements.search(null, null, a.getId(), page)))
                .orElse(List.of()).stream().map(DefaultPersonalDataService::placement).toList()));
        sections.add(new Section("lessons", "Lessons you wrote", all(page -> lessons.byAuthor(account.getId(), page)).stream()
                .map(DefaultPersonalDataService::lesson).toList()));
        sections.add(new Section("notifications", "Your notifications", all(page -> notifications.forRecipient(account.getId(), page))
                .stream().map(DefaultPersonalDataService::notification).toList()));
        List<Map<String, String>> history = new ArrayList<>();
        audit.historyOf(DefaultSignInService.ENTITY, account.getId()).forEach(h -> history.add(history("Your account", h)));
        profile.ifPresent(a -> audit.historyOf(DefaultAssociateService.ENTITY, a.getId()).forEach(h -> history.add(history("Your profile", h))));
        sections.add(new Section("history", "What was done to your account and profile", history));
        sections.add(new Section("actions", "What you did", audit.byActor(account.getEmail()).stream().map(e -> fields(
                "When", text(e.occurredAt()), "Record", e.entityType() + (e.entityId() == null ? "" : " " + e.entityId()),
                "Action", e.action(), "Comment", e.comment())).toList()));
        return new PersonalData(account.getFullName(), account.getEmail(), clock.instant(), sections);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public byte[] minePdf() {
        return pdfs.personalData(mine());
    }

    private static Map<String, String> profile(Associate a) {
        return fields("Job title", a.getJobTitle(), "Employer", a.getEmployer() == null ? null : a.getEmployer().getName(),
                "Band", a.getBand() == null ? null : a.getBand().getLabel(), "Phone", a.getPhone(),
                "Line manager", a.getLineManager() == null ? null : a.getLineManager().getName() + " <" + a.getLineManager().getEmail() + ">",
                "Experience", a.getExperienceSummary(),
                "Skills", a.getSkills().stream().map(s -> s.getSkill().getName() + " (" + s.getLevel().getLabel() + ")").collect(Collectors.joining(", ")),
                "Availability", a.getAvailability().stream().map(w -> w.getFrom() + " to " + w.getTo() + ", " + w.getDaysPerWeek().stripTrailingZeros()
                        .toPlainString() + " days a week").collect(Collectors.joining("; ")),
                "Regions", a.getRegions().stream().sorted().map(r -> r.getLabel()).collect(Collectors.joining(", ")),
                "Preferred weekdays", a.getPreferredWeekdays().stream().sorted().map(d -> d.name().charAt(0) + d.name().substring(1).toLowerCase())
                        .collect(Collectors.joining(", ")),
                "In the talent pool", a.getStatus().getLabel(), "Consent to matching given", text(a.getConsentGivenAt()));
    }

    private static Map<String, String> application(Application a) {
        return fields("Reference", String.valueOf(a.getId()), "Need", a.getNeed().getTitle(), "Organisation", a.getNeed().getOrganisation().getName(),
                "State", a.getState().getLabel(), "Sent", text(a.getSubmittedAt()), "Supporting statement", a.getSupportingStatement(),
                "Conflict of interest", a.getConflictOfInterest(), "Interview", text(a.getInterviewAt()), "Feedback", a.getFeedback());
    }

    private static Map<String, String> placement(Placement p) {
        return fields("Reference", String.valueOf(p.getId()), "Need", p.getNeed().getTitle(), "Host", p.getOrganisation().getName(),
                "State", p.getState().getLabel(), "Start", String.valueOf(p.getStartDate()), "End", String.valueOf(p.getEndDate()),
                "Days worked", p.daysWorked().stripTrailingZeros().toPlainString(),
                "Your rating of the host", p.getAssociateRating() == null ? null : String.valueOf(p.getAssociateRating()),
                "Your feedback", p.getAssociateFeedback(),
                "The host's rating of you", p.getHostRating() == null ? null : String.valueOf(p.getHostRating()),
                "The host's feedback", p.getHostFeedback());
    }

    private static Map<String, String> lesson(Lesson l) {
        return fields("Reference", String.valueOf(l.getId()), "Title", l.getTitle(), "Kind", l.getKind().getLabel(), "State", l.getState().getLabel(),
                "Context", l.getContext(), "What happened", l.getWhatHappened(), "Lesson", l.getLesson(), "Written", text(l.getCreatedAt()),
                "Published", text(l.getPublishedAt()));
    }

    private static Map<String, String> notification(Notification n) {
        return fields("When", text(n.getCreatedAt()), "Text", n.getText(), "Read", text(n.getReadAt()));
    }

    private static Map<String, String> history(String record, HistoryEntry h) {
        return fields("When", text(h.occurredAt()), "Record", record, "Action", h.action(), "By", h.who(), "Comment", h.comment());
    }

    /** Label, value, label, value...: in order, with what is not held left out. */
    private static Map<String, String> fields(String... labelsAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            if (labelsAndValues[i + 1] != null && !labelsAndValues[i + 1].isBlank()) {
                fields.put(labelsAndValues[i], labelsAndValues[i + 1]);
            }
        }
        return fields;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }

    private static String text(LocalDateTime at) {
        return at == null ? null : at.toString();
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> query) {
        List<T> all = new ArrayList<>();
        PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
        while (true) {
            Page<T> found = query.apply(page);
            all.addAll(found.items());
            if (found.items().size() < page.limit()) {
                return all;
            }
            page = new PageRequest(page.offset() + page.limit(), page.limit());
        }
    }
}
