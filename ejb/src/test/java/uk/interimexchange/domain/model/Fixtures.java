package uk.interimexchange.domain.model;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AvailabilityWindow;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.associate.LineManager;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.need.Importance;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.need.Urgency;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.scoping.Deliverable;
import uk.interimexchange.domain.model.scoping.Objective;
import uk.interimexchange.domain.model.scoping.ScopingContent;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementTerms;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.scoping.Stakeholder;
import uk.interimexchange.domain.model.scoping.WorkingArrangements;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Funding;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillArea;
import uk.interimexchange.domain.model.skill.SkillLevel;

/** Builds aggregates in a given state for the domain unit tests; ids are set as the database would. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    public final Organisation host = withId(new Organisation("RJ1", "Guy's and St Thomas' NHS Foundation Trust", OrganisationType.ACUTE, Region.LONDON), 1L);
    public final Organisation employer = withId(new Organisation("R0A", "Manchester University NHS Foundation Trust", OrganisationType.ACUTE, Region.NORTH_WEST), 2L);
    public final Skill redesign = withId(new Skill(new SkillArea("Service redesign"), "Pathway redesign"), 10L);
    public final Skill governance = withId(new Skill(new SkillArea("Clinical governance"), "Clinical audit"), 11L);
    public final UserAccount sponsor = withId(new UserAccount("sponsor@host.example", "Sam Sponsor", Set.of(Role.HOST), host, NOW), 100L);
    public final UserAccount coordinator = withId(new UserAccount("coord@interim.example", "Cara Coordinator", Set.of(Role.COORDINATOR), null, NOW), 101L);
    public final UserAccount associateAccount = withId(new UserAccount("ash@nhs.example", "Ash Associate", Set.of(Role.ASSOCIATE), null, NOW), 102L);

    public NeedDetails needDetails() {
        return new NeedDetails("Redesign the frailty pathway", "Background", "Too many frail patients wait in ED",
                List.of(new RequiredSkill(redesign, Importance.ESSENTIAL, SkillLevel.EXPERIENCED),
                        new RequiredSkill(governance, Importance.DESIRABLE, SkillLevel.WORKING)),
                Band.BAND_8A, new BigDecimal("1"), 12, TODAY.plusWeeks(4), TODAY.plusWeeks(8), "St Thomas' Hospital",
                true, Funding.NO_CHARGE, Urgency.SOON, TODAY.plusWeeks(3), "Board wants this by spring");
    }

    public Need draftNeed() {
        return withId(new Need(host, sponsor, needDetails(), NOW), 200L);
    }

    public Need needInScoping() {
        Need need = draftNeed();
        need.submit(NOW);
        need.startScoping();
        return need;
    }

    public ScopingContent completeScope() {
        return new ScopingContent(
                List.of(new Objective("Agree a new frailty pathway", "Pathway signed off by the clinical board")),
                "The frailty pathway from ED to discharge", "Community services and social care commissioning",
                List.of(new Deliverable("Current-state map", "Process map of today's pathway", 4),
                        new Deliverable("Future-state design", null, 10)),
                "Median ED wait for frail patients down 20%",
                List.of(new Stakeholder("Dr Lee", "Clinical lead for frailty", null, true, "dr.lee@host.example"),
                        new Stakeholder("Pat Jones", "Matron, acute medicine", null, false)),
                "Fortnightly to the transformation board", "Clinical time is scarce",
                new WorkingArrangements(new BigDecimal("1"), DayOfWeek.TUESDAY, "St Thomas'", "Sam Sponsor", "Meet Dr Lee 9am"),
                "Patient data stays on site");
    }

    public ScopingDocument agreedScope(Need need) {
        ScopingDocument doc = withId(new ScopingDocument(need), 300L);
        doc.reviseDraft(completeScope());
        doc.issueForSignOff(NOW);
        doc.signOff(SignOffParty.HOST_SPONSOR, sponsor, NOW);
        doc.signOff(SignOffParty.COORDINATOR, coordinator, NOW);
        return doc;
    }

    /** The agreed scope's next version, as a change request makes it, with this content, agreed by both. */
    public ScopingVersion agreeChange(ScopingDocument doc, String reason, ScopingContent content) {
        doc.requestChange(reason);
        doc.reviseDraft(content);
        doc.issueForSignOff(NOW);
        doc.signOff(SignOffParty.HOST_SPONSOR, sponsor, NOW);
        return doc.signOff(SignOffParty.COORDINATOR, coordinator, NOW);
    }

    public Need openNeed() {
        Need need = needInScoping();
        need.publish(agreedScope(need).agreedVersion().orElseThrow(), TODAY);
        return need;
    }

    public Associate associate() {
        Associate a = withId(Associate.draft(associateAccount), 400L);
        a.revise(new ProfileDetails("07700 900000", "Head of operations", employer, Band.BAND_8B,
                new LineManager("Lin Manager", "lin@nhs.example"), "Ten years in operations",
                List.of(new HeldSkill(redesign, SkillLevel.EXPERT)),
                List.of(new AvailabilityWindow(TODAY, TODAY.plusMonths(6), new BigDecimal("1"))),
                Set.of(Region.LONDON), true, Set.of(DayOfWeek.TUESDAY)), true, NOW);
        return a;
    }

    public Submission submission() {
        return new Submission("I redesigned the frailty pathway at my own trust.", true, "None");
    }

    public Application acceptedApplication(Need openNeed) {
        Application app = withId(Application.apply(associate(), openNeed, submission(), NOW, TODAY), 500L);
        app.shortlist();
        app.scheduleInterview(java.time.LocalDateTime.of(2026, 12, 1, 10, 0), uk.interimexchange.domain.model.application.InterviewFormat.VIDEO, NOW);
        app.offer();
        app.accept(NOW);
        return app;
    }

    /** A placement proposed now from an accepted offer, 12 weeks from {@code start}, one day a week on Tuesdays. */
    public Placement proposedPlacement(LocalDate start) {
        Need need = needInScoping();
        ScopingDocument scope = agreedScope(need);
        need.publish(scope.agreedVersion().orElseThrow(), TODAY);
        Application accepted = acceptedApplication(need);
        return withId(Placement.propose(accepted, scope.agreedVersion().orElseThrow(),
                new PlacementTerms(start, start.plusWeeks(12), new BigDecimal("1"), Set.of(DayOfWeek.TUESDAY),
                        Funding.NO_CHARGE, "Sam Sponsor"), NOW), 600L);
    }

    /** The same placement signed off by all four. */
    public Placement agreedPlacement(LocalDate start) {
        Placement p = proposedPlacement(start);
        p.signOff(PlacementParty.ASSOCIATE, "Ash Associate", null, NOW);
        p.signOff(PlacementParty.HOST_SPONSOR, "Sam Sponsor", null, NOW);
        p.signOff(PlacementParty.LINE_MANAGER, "Lin Manager", "Released for one day a week", NOW);
        p.signOff(PlacementParty.COORDINATOR, "Cara Coordinator", null, NOW);
        return p;
    }

    /** The same placement started: Dr Lee briefed and day one booked. */
    public Placement activePlacement(LocalDate start) {
        Placement p = agreedPlacement(start);
        p.recordBriefing("Dr Lee", TODAY, "Sam Sponsor", TODAY);
        p.bookFirstDayMeeting("Dr Lee", start.atTime(9, 0));
        p.activate(start);
        return p;
    }

    /** Sets a field as loading an older row would, for states the aggregates no longer make themselves. */
    public static <T> T set(T entity, String name, Object value) {
        try {
            Field field = entity.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sets the id a persisted entity would have, so identity-based rules can be tested without a database. */
    public static <T> T withId(T entity, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
