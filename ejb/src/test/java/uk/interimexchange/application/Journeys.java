package uk.interimexchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.application.InterviewFormat;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AvailabilityWindow;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.associate.LineManager;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.mail.Outbox;
import uk.interimexchange.domain.model.need.Importance;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.need.Urgency;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Funding;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.model.skill.SkillRepository;

/**
 * The steps of a programme journey as the integration tests take them, through the services as the people who
 * take them: a need published on an agreed scope, a profile, a placement proposed or started. Each makes its own
 * records, so tests neither share nor depend on each other's.
 */
@ApplicationScoped
public class Journeys {

    @Inject
    Acting acting;

    @Inject
    java.time.Clock clock;

    @Inject
    NeedService needService;

    @Inject
    ScopingService scopingService;

    @Inject
    AssociateService associateService;

    @Inject
    ApplicationService applicationService;

    @Inject
    PlacementService placementService;

    @Inject
    ReleaseService releaseService;

    @Inject
    NotificationService notificationService;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SkillRepository skills;

    @Inject
    Outbox outbox;

    public NeedDetails details(String title) {
        LocalDate today = LocalDate.now();
        return new NeedDetails(title, "The trust's frailty pathway is fragmented", "Frail patients wait too long in ED",
                List.of(new RequiredSkill(skills.findByName("Pathway redesign").orElseThrow(), Importance.ESSENTIAL, SkillLevel.EXPERIENCED)),
                Band.BAND_8A, new BigDecimal("1"), 12, today.plusWeeks(4), today.plusWeeks(8), "St Thomas' Hospital", true,
                Funding.NO_CHARGE, Urgency.SOON, today.plusWeeks(3), "Board wants this by spring");
    }

    /** A complete, consenting profile employed at {@code employer} (an ODS code), in London or remote, holding these skills. */
    public Associate profileWith(Actor associate, String employer, Map<String, SkillLevel> held) {
        LocalDate today = LocalDate.now();
        return profile(associate, employer, Band.BAND_8B, Set.of(Region.LONDON), today, today.plusMonths(9), held);
    }

    /** A complete, consenting profile with the band, regions and one window of availability given. */
    public Associate profile(Actor associate, String employer, Band band, Set<Region> regions, LocalDate from, LocalDate to,
            Map<String, SkillLevel> held) {
        return acting.as(associate, () -> associateService.createProfile(details(associate, employer, band, regions, from, to, held), true));
    }

    public ProfileDetails details(Actor associate, String employer, Band band, Set<Region> regions, LocalDate from, LocalDate to,
            Map<String, SkillLevel> held) {
        return new ProfileDetails("07700 900123", "Head of operations", organisations.findByOdsCode(employer).orElseThrow(), band,
                new LineManager("Lin Manager", "lin." + associate.accountId() + "@nhs.example"),
                "Led the frailty programme at " + employer,
                held.entrySet().stream().map(e -> new HeldSkill(skills.findByName(e.getKey()).orElseThrow(), e.getValue())).toList(),
                List.of(new AvailabilityWindow(from, to, new BigDecimal("1"))), regions, true, Set.of(DayOfWeek.TUESDAY));
    }

    /** An active, consenting profile: pathway redesign at expert level, London or remote, employed in the North West. */
    public Associate profileFor(Actor associate) {
        return profileWith(associate, "R0A", Map.of("Pathway redesign", SkillLevel.EXPERT));
    }

    /** Publishes a need through an agreed scope, as its host and a coordinator; returns the need's id. */
    public long openNeed(Actor host, Actor coordinator, String title) {
        return openNeed(host, coordinator, details(title));
    }

    public long openNeed(Actor host, Actor coordinator, NeedDetails details) {
        long id = acting.as(host, () -> needService.post(host.organisationId(), details)).getId();
        acting.as(host, () -> needService.submit(id));
        acting.as(coordinator, () -> needService.startScoping(id));
        acting.as(host, () -> scopingService.reviseDraft(id, scopingService.documentFor(id).getVersion(), new Fixtures().completeScope()));
        acting.as(coordinator, () -> scopingService.issueForSignOff(id));
        acting.as(host, () -> scopingService.signOff(id, SignOffParty.HOST_SPONSOR));
        acting.as(coordinator, () -> scopingService.signOff(id, SignOffParty.COORDINATOR));
        acting.as(coordinator, () -> needService.publish(id));
        return id;
    }

    /** Applied, shortlisted, interviewed and offered: the application's id, ready to accept. */
    public long offered(Actor coordinator, Actor associate, long needId) {
        long applicationId = acting.as(associate, () -> applicationService.apply(needId,
                new Submission("I have done this before.", true, "None"))).getId();
        acting.as(coordinator, () -> {
            applicationService.shortlist(applicationId);
            applicationService.scheduleInterview(applicationId, LocalDateTime.now().plusDays(1).withNano(0), InterviewFormat.VIDEO);
            applicationService.offer(applicationId);
        });
        return applicationId;
    }

    /** A shortlisted application interviewed and offered: its id, ready to accept. */
    public long offeredFromShortlist(Actor coordinator, long applicationId) {
        acting.as(coordinator, () -> {
            applicationService.scheduleInterview(applicationId, LocalDateTime.now().plusDays(1).withNano(0), InterviewFormat.VIDEO);
            applicationService.offer(applicationId);
        });
        return applicationId;
    }

    /** A placement proposed from an accepted offer; returns its id. */
    public long proposedPlacement(Actor host, Actor coordinator, Actor associate, String title) {
        long needId = openNeed(host, coordinator, title);
        profileFor(associate);
        long applicationId = offered(coordinator, associate, needId);
        return acting.as(associate, () -> applicationService.accept(applicationId)).getId();
    }

    /** All four signatures, the line manager's through their emailed link; the placement is agreed. */
    public void signedByAll(Actor host, Actor coordinator, Actor associate, long placementId) {
        acting.as(associate, () -> placementService.signOff(placementId, PlacementParty.ASSOCIATE, null));
        acting.as(host, () -> placementService.signOff(placementId, PlacementParty.HOST_SPONSOR, null));
        acting.as(coordinator, () -> placementService.signOff(placementId, PlacementParty.COORDINATOR, null));
        acting.as(Actor.anonymous(), () -> releaseService.approve(TestMail.linkIn(outbox, lineManagerOf(coordinator, placementId),
                "/release.xhtml"), null));
    }

    public String lineManagerOf(Actor coordinator, long placementId) {
        return acting.as(coordinator, () -> placementService.find(placementId)).getAssociate().getLineManager().getEmail();
    }

    /** A placement through offer, four sign-offs, briefing and day-one booking to ACTIVE; returns its id. */
    public long activePlacement(Actor host, Actor coordinator, Actor associate, String title) {
        long placementId = proposedPlacement(host, coordinator, associate, title);
        Placement proposed = acting.as(coordinator, () -> placementService.find(placementId));
        signedByAll(host, coordinator, associate, placementId);
        earlyStartToday(host, associate, placementId);
        acting.as(host, () -> {
            placementService.recordBriefing(placementId, "Dr Lee", today(), "Sam Sponsor");
            placementService.bookFirstDayMeeting(placementId, "Dr Lee", today().atTime(9, 0));
        });
        assertEquals(PlacementState.ACTIVE, acting.as(coordinator, () -> placementService.activate(placementId)).getState());
        return placementId;
    }

    /** The host and the associate both agree to start today, before the agreed start date. */
    public void earlyStartToday(Actor host, Actor associate, long placementId) {
        earlyStart(host, associate, placementId, today());
    }

    /** The host and the associate both agree to start on {@code on}, before the agreed start date. */
    public void earlyStart(Actor host, Actor associate, long placementId, LocalDate on) {
        acting.as(host, () -> placementService.agreeEarlyStart(placementId, on));
        assertEquals(on, acting.as(associate, () -> placementService.agreeEarlyStart(placementId, on)).getStartDate());
    }

    /** Today as the application sees it (the test clock may have been moved on). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public static String ukDate(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }

    public long notificationsStartingWith(Actor actor, String start) {
        return acting.as(actor, () -> notificationService.mine(PageRequest.first(100))).items().stream()
                .filter(n -> n.getText().startsWith(start)).count();
    }

    public long emailsTo(String recipient, String subjectStart) {
        return outbox.newest(1000).stream().filter(e -> e.getRecipient().equals(recipient) && e.getSubject().startsWith(subjectStart))
                .count();
    }

    public static List<String> actions(List<HistoryEntry> history) {
        return history.stream().map(HistoryEntry::action).toList();
    }
}
