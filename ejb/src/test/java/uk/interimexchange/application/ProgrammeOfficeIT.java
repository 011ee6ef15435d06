package uk.interimexchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.lesson.LessonText;
import uk.interimexchange.domain.model.lesson.PublishedLesson;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.application.InterviewFormat;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.associate.PoolMember;
import uk.interimexchange.domain.model.associate.TalentPoolSearch;
import uk.interimexchange.domain.model.link.SingleUseLink.LinkRefusedException;
import uk.interimexchange.domain.model.link.SingleUseLink.Refusal;
import uk.interimexchange.domain.model.mail.Email;
import uk.interimexchange.domain.model.mail.Outbox;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.DeliverableProgress;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementSummary;
import uk.interimexchange.domain.model.scoping.Deliverable;
import uk.interimexchange.domain.model.scoping.Objective;
import uk.interimexchange.domain.model.scoping.ScopingContent;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.model.shared.Quarter;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.model.skill.SkillRepository;
import uk.interimexchange.infrastructure.pdf.PdfText;

/**
 * Off the happy path, through the services on the real server: seeing the people being chosen between, nobody
 * left uninformed, a placement that falls through, a scope that changes while a placement runs, stakeholders
 * briefed for real, placements at a glance, accounts through their life, and the smaller holes on the way.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeOfficeIT {

    private static final PageRequest ALL = PageRequest.first(PageRequest.MAX_LIMIT);
    private static final String GSTT = "Guy's and St Thomas' NHS Foundation Trust";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.war("interim-office-it.war");
    }

    @Inject
    Acting acting;

    @Inject
    Journeys journeys;

    @Inject
    TestAccounts testAccounts;

    @Inject
    TestClock clock;

    @Inject
    Outbox outbox;

    @Inject
    SkillRepository skills;

    @Inject
    AssociateService associateService;

    @Inject
    NeedService needService;

    @Inject
    ScopingService scopingService;

    @Inject
    ApplicationService applicationService;

    @Inject
    PlacementService placementService;

    @Inject
    ReleaseService releaseService;

    @Inject
    BriefingService briefingService;

    @Inject
    MatchingService matchingService;

    @Inject
    DashboardService dashboardService;

    @Inject
    NotificationService notificationService;

    @Inject
    CalendarService calendarService;

    @Inject
    ReportService reportService;

    @Inject
    PersonalDataService personalDataService;

    @Inject
    AccountService accountService;

    @Inject
    RetentionService retention;

    @Inject
    LessonService lessonService;

    @Inject
    uk.interimexchange.domain.model.audit.AuditRepository audit;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private List<String> found(Actor coordinator, TalentPoolSearch search) {
        return acting.as(coordinator, () -> associateService.pool(search, ALL)).items().stream().map(PoolMember::name).toList();
    }

    private List<Email> emailsTo(String address) {
        return outbox.newest(1000).stream().filter(e -> e.getRecipient().equals(address)).toList();
    }

    private String emailOf(Actor actor) {
        return actor.name(); // test accounts sign in with their email address as their name
    }

    @Test
    void coordinatorsSearchTheTalentPoolAndOpenAProfileWithWhatItsScoresAreMadeOfAndItsAssignments() {
        Actor coordinator = testAccounts.create("Pia Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Hal Sponsor", Role.HOST, "RJ1");
        String token = "Pool" + System.nanoTime();
        Actor expert = testAccounts.create(token + " Expert", Role.ASSOCIATE, null);
        Actor novice = testAccounts.create(token + " Novice", Role.ASSOCIATE, null);
        LocalDate today = LocalDate.now();
        long expertId = journeys.profile(expert, "R0A", Band.BAND_8C, Set.of(Region.LONDON, Region.SOUTH_EAST), today,
                today.plusMonths(3), Map.of("Pathway redesign", SkillLevel.EXPERT, "Patient flow", SkillLevel.EXPERIENCED)).getId();
        long noviceId = journeys.profile(novice, "RJ1", Band.BAND_7, Set.of(Region.NORTH_WEST), today.plusMonths(6), today.plusMonths(12),
                Map.of("Clinical audit", SkillLevel.WORKING)).getId();
        long flow = skills.findByName("Patient flow").orElseThrow().getId();

        assertEquals(List.of(token + " Expert", token + " Novice"), found(coordinator, new TalentPoolSearch(token, null, null, null, null,
                null, null)), "by words, in name order");
        assertEquals(List.of(token + " Expert"), found(coordinator, new TalentPoolSearch(token, flow, null, null, null, null, null)),
                "by skill");
        assertEquals(List.of(token + " Expert"), found(coordinator, new TalentPoolSearch(token, null, Band.BAND_8B, null, null, null, null)),
                "band 8b or above");
        assertEquals(List.of(token + " Novice"), found(coordinator, new TalentPoolSearch(token, null, null, Region.NORTH_WEST, null, null,
                null)), "by region");
        assertEquals(List.of(token + " Novice"), found(coordinator, new TalentPoolSearch(token, null, null, null, today.plusMonths(7),
                today.plusMonths(8), null)), "available in those months");
        assertEquals(List.of(token + " Expert"), found(coordinator, new TalentPoolSearch(token, null, null, null, today.plusDays(1), null,
                null)), "available on that day");
        assertTrue(acting.as(coordinator, () -> associateService.pool(new TalentPoolSearch("FRAILTY programme at r0a", null, null, null,
                null, null, null), ALL)).items().stream().anyMatch(m -> m.id() == expertId), "words in the summary of experience, any case");
        var second = acting.as(coordinator, () -> associateService.pool(new TalentPoolSearch(token, null, null, null, null, null, null),
                new PageRequest(1, 1)));
        assertEquals(2, second.total(), "paged in the database");
        assertEquals(List.of(token + " Novice"), second.items().stream().map(PoolMember::name).toList());
        PoolMember listed = acting.as(coordinator, () -> associateService.pool(new TalentPoolSearch(token, flow, null, null, null, null,
                null), ALL)).items().get(0);
        assertEquals(List.of(Region.LONDON, Region.SOUTH_EAST), listed.regions());
        assertEquals(2, listed.skills().size());
        assertTrue(listed.consented());
        acting.as(coordinator, () -> associateService.pause(noviceId));
        assertEquals(List.of(token + " Expert"), found(coordinator, new TalentPoolSearch(token, null, null, null, null, null,
                AssociateStatus.ACTIVE)), "by status");
        assertThrows(EJBAccessException.class, () -> acting.as(host, () -> associateService.pool(TalentPoolSearch.everyone(), ALL)),
                "the talent pool is for coordinators");
        assertThrows(BusinessRuleException.class, () -> new TalentPoolSearch(null, null, null, null, today.plusDays(2), today, null),
                "an availability search that ends before it starts is refused");

        long needId = journeys.openNeed(host, coordinator, "Pool profile history " + token);
        long applicationId = journeys.offered(coordinator, expert, needId);
        long placementId = acting.as(expert, () -> applicationService.accept(applicationId)).getId();

        AssociateProfile profile = acting.as(coordinator, () -> associateService.profile(expertId));
        assertEquals("Head of operations", profile.jobTitle());
        assertEquals(Band.BAND_8C, profile.band());
        assertTrue(profile.employer().startsWith("Manchester University"), profile.employer());
        assertTrue(profile.skills().contains(new AssociateProfile.SkillHeld("Patient flow", "Operational management", SkillLevel.EXPERIENCED)),
                profile.skills().toString());
        assertEquals(1, profile.availability().size());
        assertNotNull(profile.contact(), "coordinators see contact details");
        assertEquals("lin." + expert.accountId() + "@nhs.example", profile.contact().lineManagerEmail());
        assertNotNull(profile.consentGivenAt());
        assertEquals(1, profile.history().size(), "the assignment history");
        AssociateProfile.Assignment assignment = profile.history().get(0);
        assertEquals(placementId, assignment.placementId());
        assertEquals(GSTT, assignment.host());
        assertEquals(PlacementState.PROPOSED, assignment.state());
        assertTrue(assignment.visible());
        assertEquals(profile.history(), acting.as(expert, () -> associateService.profile(expertId)).history(),
                "the associate sees their own history");
        Actor other = testAccounts.create("Oda Other", Role.ASSOCIATE, null);
        assertThrows(NotFoundException.class, () -> acting.as(other, () -> associateService.profile(expertId)),
                "nobody else's profile");
    }

    @Test
    void aHostSeesTheProfilesOfThoseShortlistedForTheirNeedOnlyWithContactDetailsWithheldUntilAnOfferIsAccepted() {
        Actor coordinator = testAccounts.create("Cam Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Hana Sponsor", Role.HOST, "RJ1");
        Actor otherHost = testAccounts.create("Oren Host", Role.HOST, "R0A");
        Actor shortlisted = testAccounts.create("Sol Shortlisted", Role.ASSOCIATE, null);
        Actor waiting = testAccounts.create("Wyn Waiting", Role.ASSOCIATE, null);
        long needId = journeys.openNeed(host, coordinator, "Host profile view");
        long shortlistedId = journeys.profileFor(shortlisted).getId();
        long waitingId = journeys.profileFor(waiting).getId();
        Submission submission = new Submission("I have led this before.", true, "None");
        long application = acting.as(shortlisted, () -> applicationService.apply(needId, submission)).getId();
        acting.as(waiting, () -> applicationService.apply(needId, submission));

        assertThrows(NotFoundException.class, () -> acting.as(host, () -> associateService.profile(shortlistedId)),
                "not before the coordinator shortlists them");
        acting.as(coordinator, () -> applicationService.shortlist(application));
        AssociateProfile seen = acting.as(host, () -> associateService.profile(shortlistedId));
        assertEquals("Sol Shortlisted", seen.name());
        assertEquals("Head of operations", seen.jobTitle());
        assertNull(seen.contact(), "contact details are withheld");
        assertEquals("Contact details are shared once Sol Shortlisted accepts an offer from your organisation.", seen.contactWithheld());
        assertThrows(NotFoundException.class, () -> acting.as(host, () -> associateService.profile(waitingId)),
                "an applicant not shortlisted stays hidden from the host");
        assertThrows(NotFoundException.class, () -> acting.as(otherHost, () -> associateService.profile(shortlistedId)),
                "and everyone shortlisted elsewhere from other hosts");

        acting.as(coordinator, () -> {
            applicationService.scheduleInterview(application, java.time.LocalDateTime.now().plusDays(1).withNano(0), InterviewFormat.VIDEO);
            applicationService.offer(application);
        });
        assertNull(acting.as(host, () -> associateService.profile(shortlistedId)).contact(), "an offer is not yet an acceptance");
        acting.as(shortlisted, () -> applicationService.accept(application));
        AssociateProfile.Contact contact = acting.as(host, () -> associateService.profile(shortlistedId)).contact();
        assertNotNull(contact, "accepted: the host may now contact them");
        assertEquals(emailOf(shortlisted), contact.email());
    }

    @Test
    void everyoneAChangeConcernsIsToldInTheAppAndByEmail() {
        Actor coordinator = testAccounts.create("Nia Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Nell Sponsor", Role.HOST, "RJ1");
        Actor chosen = testAccounts.create("Noor Chosen", Role.ASSOCIATE, null);
        Actor turnedAway = testAccounts.create("Ned Turnedaway", Role.ASSOCIATE, null);
        Actor invited = testAccounts.create("Ivy Invited", Role.ASSOCIATE, null);
        Actor declined = testAccounts.create("Dot Declined", Role.ASSOCIATE, null);
        String title = "Telling everyone " + System.nanoTime();
        long needId = journeys.openNeed(host, coordinator, title);
        journeys.profileFor(chosen);
        journeys.profileFor(turnedAway);
        long invitedId = journeys.profileFor(invited).getId();
        journeys.profileFor(declined);

        acting.as(coordinator, () -> applicationService.invite(invitedId, needId));
        assertEquals(1, journeys.notificationsStartingWith(invited, "You are invited to apply for “" + title + "” at " + GSTT));
        assertEquals(1, journeys.emailsTo(emailOf(invited), "Interim Exchange: You are invited to apply for “" + title + "”"));

        Submission submission = new Submission("Ready to help.", true, "None");
        long refusedApplication = acting.as(declined, () -> applicationService.apply(needId, submission)).getId();
        acting.as(coordinator, () -> applicationService.markUnsuccessful(refusedApplication,
                "We need someone who has led a frailty redesign end to end."));
        Email refusal = emailsTo(emailOf(declined)).get(0);
        assertEquals("Your application for “" + title + "”", refusal.getSubject());
        assertTrue(refusal.getBody().contains("We need someone who has led a frailty redesign end to end."),
                "the feedback itself is in the email: " + refusal.getBody());

        acting.as(turnedAway, () -> applicationService.apply(needId, submission));
        long chosenApplication = journeys.offered(coordinator, chosen, needId);
        long placementId = acting.as(chosen, () -> applicationService.accept(chosenApplication)).getId();

        assertEquals(1, journeys.notificationsStartingWith(turnedAway, "The application of Ned Turnedaway for “" + title
                + "”: unsuccessful: the assignment was accepted by another applicant"));
        Email kind = emailsTo(emailOf(turnedAway)).stream().filter(e -> e.getSubject().equals("Your application for “" + title + "”"))
                .findFirst().orElseThrow(() -> new AssertionError("the applicant turned away is emailed"));
        assertTrue(kind.getBody().contains("The assignment has now been offered to, and accepted by, another applicant. We were"
                + " grateful for the time you gave your application"), kind.getBody());
        assertEquals(1, journeys.notificationsStartingWith(invited, "The application of Ivy Invited for “" + title + "”: unsuccessful"),
                "an invitation still open is closed kindly too");

        String proposed = "The placement of Noor Chosen at " + GSTT + ": proposed, to be signed by the host sponsor, a coordinator and"
                + " the line manager";
        assertEquals(1, journeys.notificationsStartingWith(host, proposed), "the host sponsor hears of the proposal");
        assertEquals(1, journeys.notificationsStartingWith(coordinator, proposed), "and the coordinators, who sign too");
        assertEquals(1, journeys.emailsTo(emailOf(host), "Interim Exchange: " + proposed));

        acting.as(host, () -> scopingService.requestChange(needId, "The board wants the community team in scope"));
        String change = "The scope of “" + title + "”: change requested for version 2 (“The board wants the community team in scope”)";
        assertEquals(1, journeys.notificationsStartingWith(coordinator, change), "the coordinators hear of a change request");
        assertEquals(1, journeys.notificationsStartingWith(chosen, "The scope of your placement at " + GSTT + ", “" + title
                + "”: change requested for version 2"), "and so does the associate placed on it");
        assertEquals(0, journeys.notificationsStartingWith(host, change), "nobody hears of what they did themselves");
        assertTrue(placementId > 0);
    }

    @Test
    void aNeedWhosePlacementFellThroughIsReopenedAndTheApplicantsTurnedAwayBecauseOfItAreBroughtBack() {
        Actor coordinator = testAccounts.create("Rae Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Ros Sponsor", Role.HOST, "RJ1");
        Actor chosen = testAccounts.create("Rio Chosen", Role.ASSOCIATE, null);
        Actor second = testAccounts.create("Sid Second", Role.ASSOCIATE, null);
        String title = "Falls through " + System.nanoTime();
        long needId = journeys.openNeed(host, coordinator, title);
        journeys.profileFor(chosen);
        journeys.profileFor(second);
        long secondApplication = acting.as(second, () -> applicationService.apply(needId,
                new Submission("I can start in March.", true, "None"))).getId();
        acting.as(coordinator, () -> applicationService.shortlist(secondApplication));
        long chosenApplication = journeys.offered(coordinator, chosen, needId);
        int filledBefore = acting.as(coordinator, () -> dashboardService.dashboard()).filledNeeds();
        long placementId = acting.as(chosen, () -> applicationService.accept(chosenApplication)).getId();
        assertEquals(ApplicationState.UNSUCCESSFUL, acting.as(coordinator, () -> applicationService.find(secondApplication)).getState());
        assertFalse(acting.as(coordinator, () -> needService.reopening(needId)).possible(), "its placement is still going ahead");
        var goingAhead = assertThrows(BusinessRuleException.class, () -> acting.as(coordinator, () -> needService.reopen(needId,
                NeedState.SHORTLISTING, null, "Why not", List.of())));
        assertTrue(goingAhead.getMessage().startsWith("The need's placement is still going ahead"), goingAhead.getMessage());

        String link = TestMail.linkIn(outbox, journeys.lineManagerOf(coordinator, placementId), "/release.xhtml");
        acting.as(Actor.anonymous(), () -> releaseService.decline(link, "Not before April"));
        assertEquals(NeedState.FILLED, acting.as(coordinator, () -> needService.find(needId)).getState());
        assertEquals(filledBefore, acting.as(coordinator, () -> dashboardService.dashboard()).filledNeeds(),
                "a need whose placement fell through does not count as filled");
        assertTrue(acting.as(coordinator, () -> needService.fallenThrough(ALL)).items().stream().anyMatch(n -> n.getId() == needId),
                "it waits on the coordinators' list to be reopened");
        NeedReopening reopening = acting.as(coordinator, () -> needService.reopening(needId));
        assertTrue(reopening.possible());
        assertEquals(List.of(secondApplication), reopening.restorable().stream().map(Application::getId).toList(),
                "only the applicant turned away because someone else accepted; not the one who accepted");

        var notTurnedAway = assertThrows(BusinessRuleException.class, () -> acting.as(coordinator, () -> needService.reopen(needId,
                NeedState.SHORTLISTING, null, "Release declined", List.of(chosenApplication))));
        assertEquals("Only applicants turned away because someone else accepted this need can be brought back.", notTurnedAway.getMessage());
        assertThrows(EJBAccessException.class, () -> acting.as(host, () -> needService.reopen(needId, NeedState.SHORTLISTING, null,
                "Mine", List.of())), "reopening is for coordinators");
        assertEquals(NeedState.FILLED, acting.as(coordinator, () -> needService.find(needId)).getState(), "a refusal changed nothing");

        acting.as(coordinator, () -> needService.reopen(needId, NeedState.SHORTLISTING, null, "The line manager could not release Rio",
                List.of(secondApplication)));
        assertEquals(NeedState.SHORTLISTING, acting.as(coordinator, () -> needService.find(needId)).getState());
        assertNull(acting.as(coordinator, () -> needService.find(needId)).getFilledAt());
        assertEquals(ApplicationState.SHORTLISTED, acting.as(coordinator, () -> applicationService.find(secondApplication)).getState());
        assertEquals(1, journeys.notificationsStartingWith(second, "The application of Sid Second for “" + title
                + "”: restored to the shortlist"), "the applicant brought back is told");
        assertEquals(1, journeys.notificationsStartingWith(host, "The need “" + title + "”: reopened for shortlisting"),
                "and the host sponsor");
        assertTrue(acting.as(coordinator, () -> needService.fallenThrough(ALL)).items().stream().noneMatch(n -> n.getId() == needId));
        assertEquals(List.of("posted", "submitted", "taken into scoping", "published", "shortlisting started", "filled",
                "reopened for shortlisting"), Journeys.actions(acting.as(coordinator, () -> needService.history(needId))));

        // Filled again by a placement that goes ahead: now it counts
        long again = journeys.offeredFromShortlist(coordinator, secondApplication);
        long secondPlacement = acting.as(second, () -> applicationService.accept(again)).getId();
        journeys.signedByAll(host, coordinator, second, secondPlacement);
        assertEquals(filledBefore + 1, acting.as(coordinator, () -> dashboardService.dashboard()).filledNeeds());
    }

    /** The fixture scope with a second objective and deliverable, as a change request would make it. */
    private static ScopingContent widened() {
        ScopingContent v1 = new Fixtures().completeScope();
        List<Objective> objectives = new ArrayList<>(v1.objectives());
        objectives.add(new Objective("Train the ED team in the new pathway", "Every ED shift lead trained"));
        List<Deliverable> deliverables = new ArrayList<>(v1.deliverables());
        deliverables.add(new Deliverable("Training pack", "Slides and a one-page guide", 11));
        return new ScopingContent(objectives, v1.inScope(), v1.outOfScope(), deliverables, v1.successMeasures(), v1.stakeholders(),
                v1.governance(), v1.risks(), v1.workingArrangements(), v1.confidentiality());
    }

    @Test
    void aScopeAgreedDuringAPlacementReachesItAndTheAssociateAcknowledgesIt() {
        Actor coordinator = testAccounts.create("Vi Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Vera Sponsor", Role.HOST, "RJ1");
        Actor associate = testAccounts.create("Val Placed", Role.ASSOCIATE, null);
        long placementId = journeys.activePlacement(host, coordinator, associate, "Scope moves " + System.nanoTime());
        long needId = acting.as(coordinator, () -> placementService.find(placementId)).getNeed().getId();

        acting.as(host, () -> scopingService.requestChange(needId, "The board added training"));
        acting.as(host, () -> scopingService.reviseDraft(needId, scopingService.documentFor(needId).getVersion(), widened()));
        acting.as(coordinator, () -> scopingService.issueForSignOff(needId));
        acting.as(host, () -> scopingService.signOff(needId, SignOffParty.HOST_SPONSOR));
        assertEquals(1, acting.as(coordinator, () -> placementService.find(placementId)).getScopingVersion().getNumber(),
                "until version 2 is agreed, the placement keeps version 1");
        acting.as(coordinator, () -> scopingService.signOff(needId, SignOffParty.COORDINATOR));

        PlacementView seen = acting.as(associate, () -> placementService.view(placementId));
        assertEquals(2, seen.placement().getScopingVersion().getNumber(), "the placement moved to the version agreed");
        assertTrue(seen.can(PlacementStep.ACKNOWLEDGE_SCOPE));
        assertEquals(1, seen.changedFromVersion());
        assertEquals(List.of("Objectives", "Deliverables"), seen.scopeChanges().stream().map(c -> c.section()).toList(),
                "the page shows what changed");
        assertEquals(1, journeys.notificationsStartingWith(associate, "The placement of Val Placed at " + GSTT
                + ": now on version 2 of the scope, for the associate to acknowledge"));
        assertFalse(acting.as(host, () -> placementService.view(placementId)).can(PlacementStep.ACKNOWLEDGE_SCOPE),
                "only the associate acknowledges");
        assertThrows(EJBAccessException.class, () -> acting.as(host, () -> placementService.acknowledgeScope(placementId)));
        acting.as(associate, () -> placementService.acknowledgeScope(placementId));
        assertFalse(acting.as(associate, () -> placementService.view(placementId)).can(PlacementStep.ACKNOWLEDGE_SCOPE));

        Placement started = acting.as(coordinator, () -> placementService.find(placementId));
        acting.as(associate, () -> placementService.checkIn(placementId, new CheckInReport(started.getStartDate().plusWeeks(2), BigDecimal.ONE,
                List.of(new DeliverableProgress("Training pack", DeliverableStatus.ON_TRACK)), null, null)));
        var oldObjectivesOnly = assertThrows(BusinessRuleException.class, () -> acting.as(associate, () -> placementService.complete(
                placementId, new CloseOut(BigDecimal.ONE, List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.ACHIEVED, null)),
                        List.of(), "Huddles", "Data", null))));
        assertEquals("Give an outcome for each objective of the agreed scope, and only those.", oldObjectivesOnly.getMessage());
        assertEquals(PlacementState.COMPLETED, acting.as(associate, () -> placementService.complete(placementId, new CloseOut(BigDecimal.ONE, List.of(
                new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.ACHIEVED, null),
                new ObjectiveResult("Train the ED team in the new pathway", ObjectiveOutcome.ACHIEVED, "All shift leads trained")),
                List.of(new DeliverableProgress("Training pack", DeliverableStatus.DONE)), "Huddles", "Data", null))).getState());
        assertTrue(Journeys.actions(acting.as(coordinator, () -> placementService.history(placementId)))
                .containsAll(List.of("moved to scope version 2", "scope version 2 acknowledged by the associate")));
    }

    @Test
    void aStakeholderConfirmsTheBriefingEmailedToThemAndTheBriefingGateCountsIt() {
        Actor coordinator = testAccounts.create("Bea Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Bo Sponsor", Role.HOST, "RJ1");
        Actor associate = testAccounts.create("Bryn Briefed", Role.ASSOCIATE, null);
        long placementId = journeys.proposedPlacement(host, coordinator, associate, "Briefings for real " + System.nanoTime());
        PlacementView before = acting.as(host, () -> placementService.view(placementId));
        assertEquals(List.of("Dr Lee"), before.toEmail());
        assertTrue(before.can(PlacementStep.SEND_BRIEFING));
        assertThrows(BusinessRuleException.class, () -> acting.as(host, () -> placementService.sendBriefing(placementId, "Pat Jones")),
                "Pat Jones is not a stakeholder to brief");
        assertThrows(EJBAccessException.class, () -> acting.as(associate, () -> placementService.sendBriefing(placementId, "Dr Lee")));

        acting.as(host, () -> placementService.sendBriefing(placementId, "Dr Lee"));
        Email briefing = emailsTo("dr.lee@host.example").get(0);
        assertEquals("Briefing: Bryn Briefed joins " + GSTT + " from " + ukDate(acting.as(host,
                () -> placementService.find(placementId)).getStartDate()), briefing.getSubject());
        assertTrue(briefing.getBody().contains("here to help the team with the work below: not to audit it, and not to criticise anyone")
                && briefing.getBody().contains("- Agree a new frailty pathway") && briefing.getBody().contains("1 day a week (Tuesdays)")
                && briefing.getBody().contains("You are named in the agreed scope of the work as Clinical lead for frailty"),
                briefing.getBody());
        String link = TestMail.linkIn(outbox, "dr.lee@host.example", "/briefing.xhtml");
        PlacementView sent = acting.as(host, () -> placementService.view(placementId));
        assertNotNull(sent.briefings().get(0).sentAt());
        assertNull(sent.briefings().get(0).briefedOn(), "sent is not yet briefed");
        assertTrue(sent.stillNeeded().contains("Briefing of Dr Lee (Clinical lead for frailty)"));

        StakeholderBriefing opened = acting.as(Actor.anonymous(), () -> briefingService.open(link));
        assertEquals("Bryn Briefed", opened.associateName());
        assertEquals(List.of("Agree a new frailty pathway"), opened.objectives());
        assertFalse(opened.confirmed());
        assertEquals(Refusal.NOT_RECOGNISED, assertThrows(LinkRefusedException.class,
                () -> acting.as(Actor.anonymous(), () -> briefingService.confirm(link.substring(0, link.length() - 2) + "xx"))).getRefusal());
        assertTrue(acting.as(Actor.anonymous(), () -> briefingService.confirm(link)).confirmed());
        assertEquals(Refusal.USED, assertThrows(LinkRefusedException.class,
                () -> acting.as(Actor.anonymous(), () -> briefingService.confirm(link))).getRefusal(), "the link works once");

        PlacementView after = acting.as(coordinator, () -> placementService.view(placementId));
        PlacementView.BriefingLine line = after.briefings().get(0);
        assertTrue(line.confirmed());
        assertEquals(LocalDate.now(java.time.ZoneId.of("Europe/London")), line.briefedOn());
        assertEquals("Bo Sponsor", line.briefedBy(), "briefed by whoever sent it");
        assertFalse(after.stillNeeded().stream().anyMatch(s -> s.startsWith("Briefing of")), "the gate counts it: " + after.stillNeeded());
        assertEquals(1, journeys.notificationsStartingWith(host, "The placement of Bryn Briefed at " + GSTT + ": briefing confirmed by Dr Lee"));
    }

    private static String ukDate(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(date);
    }

    @Test
    void placementsAreListedWithAtRiskMeaningWhatACoordinatorMeansAndTheMidPointReviewIsRecorded() {
        Actor coordinator = testAccounts.create("Lou Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Lyn Sponsor", Role.HOST, "RJ1");
        Actor otherHost = testAccounts.create("Lee Elsewhere", Role.HOST, "R0A");
        String token = "Risky" + System.nanoTime();
        Actor associate = testAccounts.create(token + " Associate", Role.ASSOCIATE, null);
        Actor late = testAccounts.create(token + " Late", Role.ASSOCIATE, null);
        long activeId = journeys.activePlacement(host, coordinator, associate, token + " active");
        long proposedId = journeys.proposedPlacement(host, coordinator, late, token + " not started");
        journeys.earlyStart(host, late, proposedId, journeys.today().plusDays(1)); // due to start tomorrow
        Placement active = acting.as(coordinator, () -> placementService.find(activeId));

        PlacementSearch mine = new PlacementSearch(null, null, token, null, false, null);
        assertEquals(Set.of(activeId, proposedId), ids(acting.as(coordinator, () -> placementService.list(mine, ALL)).items()));
        assertEquals(Set.of(activeId), ids(acting.as(coordinator, () -> placementService.list(new PlacementSearch(PlacementState.ACTIVE,
                null, token, null, false, null), ALL)).items()), "by state");
        assertEquals(Set.of(), ids(acting.as(coordinator, () -> placementService.list(new PlacementSearch(null, null, token,
                Region.NORTH_WEST, false, null), ALL)).items()), "Guy's is in London");
        assertEquals(Set.of(activeId, proposedId), ids(acting.as(host, () -> placementService.list(mine, ALL)).items()),
                "the host sees their organisation's");
        assertEquals(Set.of(), ids(acting.as(otherHost, () -> placementService.list(mine, ALL)).items()), "another organisation's host none");
        assertEquals(Set.of(activeId), ids(acting.as(associate, () -> placementService.list(mine, ALL)).items()), "an associate their own");
        assertEquals(Set.of(), ids(acting.as(coordinator, () -> placementService.atRisk(ALL)).items().stream()
                .filter(p -> p.associateName().startsWith(token)).toList()), "nothing is at risk on the day it starts");

        // Sixteen days after the start: no check-in yet, nothing worked, and the other not started on its date
        clock.moveOn(Duration.between(LocalDate.now().atStartOfDay(), active.getStartDate().plusDays(16).atStartOfDay()));
        List<PlacementSummary> risky = acting.as(coordinator, () -> placementService.atRisk(ALL)).items().stream()
                .filter(p -> p.associateName().startsWith(token)).toList();
        assertEquals(Set.of(activeId, proposedId), ids(risky));
        LocalDate today = active.getStartDate().plusDays(16);
        PlacementSummary activeRow = risky.stream().filter(p -> p.id() == activeId).findFirst().orElseThrow();
        assertEquals(List.of("Check-in overdue since " + ukDate(active.getStartDate().plusDays(14)),
                "Days worked far behind: 0 of the 2 due by now"), activeRow.risks());
        assertTrue(risky.stream().filter(p -> p.id() == proposedId).findFirst().orElseThrow().risks().get(0)
                .startsWith("Not started, though it was due to start on"));
        assertEquals(Set.of(activeId), ids(acting.as(coordinator, () -> placementService.list(new PlacementSearch(PlacementState.ACTIVE,
                null, token, null, true, null), ALL)).items()), "at risk, with the other filters");

        acting.as(associate, () -> placementService.checkIn(activeId, new CheckInReport(today, new BigDecimal("2"),
                List.of(new DeliverableProgress("Current-state map", DeliverableStatus.ON_TRACK)), null, null)));
        assertEquals(List.of(), acting.as(coordinator, () -> placementService.view(activeId)).risks(), "checked in, and on track");

        // The mid-point review is recorded by one side and agreed by the other
        assertThrows(BusinessRuleException.class, () -> acting.as(host, () -> placementService.agreeMidPointReview(activeId)));
        acting.as(associate, () -> placementService.recordMidPointReview(activeId, "The map is done", "Move the board date"));
        PlacementView hostView = acting.as(host, () -> placementService.view(activeId));
        assertTrue(hostView.can(PlacementStep.AGREE_MID_POINT_REVIEW));
        assertFalse(acting.as(associate, () -> placementService.view(activeId)).can(PlacementStep.AGREE_MID_POINT_REVIEW),
                "the associate agreed in writing it");
        acting.as(host, () -> placementService.agreeMidPointReview(activeId));
        Placement reviewed = acting.as(coordinator, () -> placementService.find(activeId));
        assertTrue(reviewed.isMidPointReviewAgreed());
        assertEquals("Lyn Sponsor", reviewed.getMidPointReview().getHostAgreedBy());
        assertThrows(EJBAccessException.class, () -> acting.as(coordinator, () -> placementService.recordMidPointReview(activeId, "a", "b")),
                "the review is between the host and the associate");

        // Ending within two weeks with no close-out planned, until one is
        clock.moveOn(Duration.between(today.atStartOfDay(), active.getEndDate().minusDays(10).atStartOfDay()));
        acting.as(associate, () -> placementService.checkIn(activeId, new CheckInReport(active.getEndDate().minusDays(10),
                new BigDecimal("9"), List.of(), null, null)));
        assertEquals(List.of("Ends on " + ukDate(active.getEndDate()) + " with no close-out planned"),
                acting.as(coordinator, () -> placementService.view(activeId)).risks());
        acting.as(host, () -> placementService.planCloseOut(activeId, active.getEndDate()));
        assertEquals(List.of(), acting.as(coordinator, () -> placementService.view(activeId)).risks());
        assertTrue(acting.as(coordinator, () -> placementService.atRisk(ALL)).items().stream().noneMatch(p -> p.id() == activeId),
                "and the database agrees");
    }

    private static Set<Long> ids(List<PlacementSummary> summaries) {
        return summaries.stream().map(PlacementSummary::id).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void peoplesAccountsThroughTheirLife() {
        Actor coordinator = testAccounts.create("Ada Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Ari Sponsor", Role.HOST, "RJ1");
        Actor colleague = testAccounts.create("Avi Colleague", Role.HOST, "RJ1");
        Actor elsewhere = testAccounts.create("Amy Elsewhere", Role.HOST, "R0A");
        Actor associate = testAccounts.create("Aga Associate", Role.ASSOCIATE, null);
        Actor legacy = testAccounts.create("Leo Legacy", Role.ASSOCIATE, null);
        LocalDate today = LocalDate.now();

        var noConsent = assertThrows(BusinessRuleException.class, () -> acting.as(associate, () -> associateService.createProfile(
                journeys.details(associate, "R0A", Band.BAND_8B, Set.of(Region.LONDON), today, today.plusMonths(9),
                        Map.of("Pathway redesign", SkillLevel.EXPERT)), false)));
        assertEquals("To join the talent pool, agree that the programme may use your details to match you to assignments.",
                noConsent.getMessage());
        long associateId = journeys.profileFor(associate).getId();
        assertNotNull(acting.as(associate, () -> associateService.find(associateId)).getConsentGivenAt(), "consent is recorded, with its time");
        long legacyId = journeys.profileFor(legacy).getId();
        testAccounts.withoutConsent(legacyId);

        long needId = journeys.openNeed(host, coordinator, "Accounts through their life");
        Ranking ranking = acting.as(coordinator, () -> matchingService.rank(needId, false, null, null, PageRequest.first(PageRequest.MAX_LIMIT)));
        assertTrue(ranking.ranked().items().stream().anyMatch(c -> c.who().associateId() == associateId));
        assertTrue(ranking.ranked().items().stream().noneMatch(c -> c.who().associateId() == legacyId), "matching leaves out those without consent");
        assertTrue(ranking.leftOut().get("not yet agreed to their details being used for matching") >= 1, ranking.leftOut().toString());
        var cannotInvite = assertThrows(BusinessRuleException.class, () -> acting.as(coordinator, () -> applicationService.invite(legacyId, needId)));
        assertTrue(cannotInvite.getMessage().startsWith("Leo Legacy has not agreed to their details being used for matching"));

        // The associate pauses, resumes, and withdraws; withdrawing withdraws what they had in progress
        acting.as(associate, () -> associateService.pause(associateId));
        assertThrows(BusinessRuleException.class, () -> acting.as(associate, () -> applicationService.apply(needId,
                new Submission("Keen", true, "None"))), "a paused associate does not apply");
        acting.as(associate, () -> associateService.resume(associateId));
        long applicationId = acting.as(associate, () -> applicationService.apply(needId, new Submission("Keen", true, "None"))).getId();
        acting.as(associate, () -> associateService.withdraw(associateId));
        assertEquals(AssociateStatus.WITHDRAWN, acting.as(associate, () -> associateService.find(associateId)).getStatus());
        assertEquals(ApplicationState.WITHDRAWN, acting.as(coordinator, () -> applicationService.find(applicationId)).getState());
        assertEquals(1, journeys.notificationsStartingWith(coordinator, "The profile of Aga Associate: withdrawn from the talent pool"),
                "the coordinators hear of it");

        Actor placed = testAccounts.create("Pip Placed", Role.ASSOCIATE, null);
        long placementId = journeys.proposedPlacement(host, coordinator, placed, "Still in play");
        long placedId = acting.as(coordinator, () -> placementService.find(placementId)).getAssociate().getId();
        var inPlay = assertThrows(BusinessRuleException.class, () -> acting.as(placed, () -> associateService.withdraw(placedId)));
        assertTrue(inPlay.getMessage().startsWith("A placement is still in play"), inPlay.getMessage());

        // A sponsor who leaves hands the need to a colleague, who can then sign for the host
        long handedId = acting.as(coordinator, () -> placementService.find(placementId)).getNeed().getId();
        assertTrue(acting.as(host, () -> needService.sponsorChoices(handedId)).stream().anyMatch(a -> a.getFullName().equals("Avi Colleague")),
                "a colleague at the same organisation can take it over");
        assertThrows(AccessDeniedException.class, () -> acting.as(colleague, () -> placementService.signOff(placementId,
                PlacementParty.HOST_SPONSOR, null)), "not yet the sponsor");
        assertThrows(AccessDeniedException.class, () -> acting.as(elsewhere, () -> needService.handOverSponsor(handedId,
                colleague.accountId())), "another organisation's host cannot");
        assertThrows(BusinessRuleException.class, () -> acting.as(host, () -> needService.handOverSponsor(handedId, elsewhere.accountId())),
                "nor can the sponsor go to another organisation");
        acting.as(host, () -> needService.handOverSponsor(handedId, colleague.accountId()));
        assertEquals("Avi Colleague", acting.as(coordinator, () -> needService.find(handedId)).getSponsor().getFullName());
        acting.as(colleague, () -> placementService.signOff(placementId, PlacementParty.HOST_SPONSOR, "Taking this on"));
        assertTrue(acting.as(coordinator, () -> placementService.find(placementId)).signOffBy(PlacementParty.HOST_SPONSOR).isPresent());
        assertEquals(1, journeys.notificationsStartingWith(colleague, "The need “Still in play”: host sponsor now Avi Colleague (was Ari Sponsor)"));
    }

    @Test
    void theSmallerHolesOnTheSamePathAreClosed() {
        Actor coordinator = testAccounts.create("Sam Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Sal Sponsor", Role.HOST, "RJ1");
        Actor associate = testAccounts.create("Sue Placed", Role.ASSOCIATE, null);
        Actor other = testAccounts.create("Stu Other", Role.ASSOCIATE, null);
        long placementId = journeys.proposedPlacement(host, coordinator, associate, "Smaller holes " + System.nanoTime());
        long needId = acting.as(coordinator, () -> placementService.find(placementId)).getNeed().getId();

        byte[] pdf = acting.as(associate, () -> scopingService.versionPdf(needId, 1));
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"), "the placed associate downloads the scope");
        assertTrue(acting.as(associate, () -> placementService.view(placementId)).can(PlacementStep.DOWNLOAD_SCOPE));
        journeys.profileFor(other);
        assertThrows(NotFoundException.class, () -> acting.as(other, () -> scopingService.versionPdf(needId, 1)), "nobody else's");

        String lineManager = journeys.lineManagerOf(coordinator, placementId);
        String first = TestMail.linkIn(outbox, lineManager, "/release.xhtml");
        assertTrue(acting.as(coordinator, () -> placementService.view(placementId)).can(PlacementStep.RESEND_RELEASE));
        acting.as(coordinator, () -> releaseService.resend(placementId));
        String second = TestMail.linkIn(outbox, lineManager, "/release.xhtml");
        assertFalse(first.equals(second), "a fresh link is emailed");
        assertEquals(Refusal.USED, assertThrows(LinkRefusedException.class,
                () -> acting.as(Actor.anonymous(), () -> releaseService.open(first))).getRefusal(), "the earlier one stops working");
        assertEquals(PlacementState.PROPOSED, acting.as(Actor.anonymous(), () -> releaseService.approve(second, null)).getState());
        assertFalse(acting.as(coordinator, () -> placementService.view(placementId)).can(PlacementStep.RESEND_RELEASE),
                "nothing to ask once they have answered");
        assertThrows(EJBAccessException.class, () -> acting.as(host, () -> releaseService.resend(placementId)));
    }

    @Test
    void interviewsAndFirstDayMeetingsLandInCalendarsAndACoordinatorSubscribesToTheirInterviews() throws Exception {
        Actor coordinator = testAccounts.create("Cal Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Cal Sponsor", Role.HOST, "RJ1");
        Actor associate = testAccounts.create("Cal Associate " + System.nanoTime(), Role.ASSOCIATE, null);
        long needId = journeys.openNeed(host, coordinator, "Calendar test " + System.nanoTime());
        journeys.profileFor(associate);
        long applicationId = acting.as(associate, () -> applicationService.apply(needId,
                new Submission("I have done this before.", true, "None"))).getId();
        LocalDateTime first = LocalDateTime.now(UK).plusDays(3).withHour(10).withMinute(30).withSecond(0).withNano(0);
        acting.as(coordinator, () -> {
            applicationService.shortlist(applicationId);
            return applicationService.scheduleInterview(applicationId, first, InterviewFormat.VIDEO);
        });

        String uid = "interview-" + applicationId + "@interim-exchange";
        VEvent invited = event(newest(emailOf(associate), "Invitation: Interview: "), "REQUEST");
        assertEquals(uid, invited.getUid().orElseThrow().getValue());
        assertEquals("0", invited.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(first.atZone(UK).toInstant(), Instant.from(invited.getDateTimeStart().getDate()), "at the time arranged, UK time");
        assertEquals("Video call", invited.getProperty(Property.LOCATION).orElseThrow().getValue());
        assertEquals(List.of("mailto:" + emailOf(associate)), attendees(invited));

        LocalDateTime moved = first.plusDays(1);
        acting.as(coordinator, () -> applicationService.scheduleInterview(applicationId, moved, InterviewFormat.VIDEO));
        VEvent update = event(newest(emailOf(associate), "Invitation: Interview: "), "REQUEST");
        assertEquals(uid, update.getUid().orElseThrow().getValue(), "the same meeting, so the calendar moves it");
        assertEquals("1", update.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals(moved.atZone(UK).toInstant(), Instant.from(update.getDateTimeStart().getDate()));

        // The coordinator's feed: a secret address of their own, shown once, replaced at will
        assertTrue(acting.as(coordinator, () -> calendarService.offersInterviewFeed()));
        assertFalse(acting.as(associate, () -> calendarService.offersInterviewFeed()));
        String address = acting.as(coordinator, () -> calendarService.newInterviewFeed());
        assertTrue(address.contains("/calendar/interviews.ics?key="), address);
        String key = address.substring(address.indexOf("key=") + 4);
        String feed = acting.as(Actor.anonymous(), () -> calendarService.interviewFeed(key));
        Calendar subscribed = new CalendarBuilder().build(new StringReader(feed));
        assertEquals("PUBLISH", subscribed.getProperty(Property.METHOD).orElseThrow().getValue());
        assertTrue(subscribed.getComponents(Component.VEVENT).stream().anyMatch(e -> uid.equals(((VEvent) e).getUid().orElseThrow().getValue())),
                "the interview is in the feed: " + feed);
        String replaced = acting.as(coordinator, () -> calendarService.newInterviewFeed());
        assertThrows(NotFoundException.class, () -> acting.as(Actor.anonymous(), () -> calendarService.interviewFeed(key)),
                "the address before stops working");
        assertTrue(acting.as(Actor.anonymous(), () -> calendarService.interviewFeed(replaced.substring(replaced.indexOf("key=") + 4)))
                .contains(uid));
        for (String madeUp : new String[] {null, "", "x".repeat(43), "../../etc/passwd", key + "x"}) {
            assertThrows(NotFoundException.class, () -> acting.as(Actor.anonymous(), () -> calendarService.interviewFeed(madeUp)));
        }

        acting.as(coordinator, () -> applicationService.markUnsuccessful(applicationId, "Another applicant fitted more closely."));
        VEvent cancelled = event(newest(emailOf(associate), "Cancelled: Interview: "), "CANCEL");
        assertEquals(uid, cancelled.getUid().orElseThrow().getValue());
        assertEquals("2", cancelled.getProperty(Property.SEQUENCE).orElseThrow().getValue());
        assertEquals("CANCELLED", cancelled.getProperty(Property.STATUS).orElseThrow().getValue());

        // First-day meetings: to the associate and the host sponsor, and called off with the placement
        Actor starter = testAccounts.create("Cal Starter " + System.nanoTime(), Role.ASSOCIATE, null);
        long placementId = journeys.proposedPlacement(host, coordinator, starter, "Calendar first day " + System.nanoTime());
        LocalDate startDate = acting.as(coordinator, () -> placementService.find(placementId)).getStartDate();
        acting.as(host, () -> placementService.bookFirstDayMeeting(placementId, "Dr Lee", startDate.atTime(9, 0)));
        for (Actor party : List.of(starter, host)) {
            VEvent meeting = event(newest(emailOf(party), "Invitation: First day: "), "REQUEST");
            assertEquals("placement-" + placementId + "-meeting-0@interim-exchange", meeting.getUid().orElseThrow().getValue());
            assertEquals(startDate.atTime(9, 0).atZone(UK).toInstant(), Instant.from(meeting.getDateTimeStart().getDate()));
            assertEquals(List.of("mailto:" + emailOf(starter), "mailto:" + emailOf(host)), attendees(meeting));
        }
        acting.as(coordinator, () -> placementService.cancel(placementId, "The host's priorities changed."));
        for (Actor party : List.of(starter, host)) {
            VEvent off = event(newest(emailOf(party), "Cancelled: First day: "), "CANCEL");
            assertEquals("placement-" + placementId + "-meeting-0@interim-exchange", off.getUid().orElseThrow().getValue());
        }
    }

    @Test
    void theCommissionersReportCountsEachRegionsNeedsDaysLentOutcomesAndFeedbackForAQuarter() throws Exception {
        Actor coordinator = testAccounts.create("Rey Reporter", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Rita Reported", Role.HOST, "RJ1"); // Guy's and St Thomas': London
        Actor associate = testAccounts.create("Ravi Reported " + System.nanoTime(), Role.ASSOCIATE, null);
        CommissionersReport before = acting.as(coordinator, () -> reportService.commissionersReport(null));
        assertEquals(Quarter.of(LocalDate.now(UK)), before.quarter(), "this quarter unless another is chosen");
        assertEquals(Region.values().length, before.regions().size(), "every region, even with nothing to report");

        long placementId = journeys.activePlacement(host, coordinator, associate, "Report test " + System.nanoTime());
        LocalDate today = journeys.today();
        List<DeliverableProgress> progress = List.of(new DeliverableProgress("Current-state map", DeliverableStatus.ON_TRACK),
                new DeliverableProgress("Future-state design", DeliverableStatus.ON_TRACK));
        acting.as(associate, () -> placementService.checkIn(placementId, new CheckInReport(today, BigDecimal.ONE, progress, null, null)));
        acting.as(associate, () -> placementService.complete(placementId, new CloseOut(BigDecimal.ONE,
                List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.PARTLY_ACHIEVED, "Agreed in outline")),
                List.of(), "Daily huddles", "Data access", null)));
        acting.as(host, () -> placementService.giveFeedback(placementId, 5, "Transformed our outpatient flow"));
        acting.as(associate, () -> placementService.giveFeedback(placementId, 4, "A welcoming team"));

        CommissionersReport after = acting.as(coordinator, () -> reportService.commissionersReport(before.quarter()));
        CommissionersReport.Figures londonBefore = london(before);
        CommissionersReport.Figures london = london(after);
        assertEquals(londonBefore.received() + 1, london.received(), "the need was sent this quarter");
        assertEquals(londonBefore.filled() + 1, london.filled(), "and filled by a placement that went ahead");
        assertNotNull(london.medianDaysToFill());
        assertEquals(0, londonBefore.daysLent().add(BigDecimal.ONE).compareTo(london.daysLent()), "the day checked in");
        assertEquals(0, london.daysLent().multiply(after.dayRate()).compareTo(london.costAvoided()), "each day at the consultancy rate");
        assertEquals(londonBefore.partlyAchieved() + 1, london.partlyAchieved());
        assertEquals(londonBefore.achieved(), london.achieved());
        assertEquals(londonBefore.ratings() + 2, london.ratings(), "a rating each way");
        assertEquals(before.england().received() + 1, after.england().received(), "England counts every region");
        assertEquals(0, after.regions().stream().map(CommissionersReport.Figures::daysLent).reduce(BigDecimal.ZERO, BigDecimal::add)
                .compareTo(after.england().daysLent()));

        BusinessRuleException notYet = assertThrows(BusinessRuleException.class,
                () -> acting.as(coordinator, () -> reportService.commissionersReport(before.quarter().next())));
        assertTrue(notYet.getMessage().startsWith("The quarter " + before.quarter().next().label() + " has not started yet"), notYet.getMessage());
        String pdf = PdfText.of(acting.as(coordinator, () -> reportService.commissionersReportPdf(before.quarter())));
        assertTrue(pdf.contains("Report for commissioners") && pdf.contains(before.quarter().label()) && pdf.contains("London"), pdf);
        assertThrows(EJBAccessException.class, () -> acting.as(host, () -> reportService.commissionersReport(null)),
                "the report is the programme team's");
    }

    @Test
    void aPersonDownloadsEverythingHeldAboutThemAndNothingAboutAnyoneElse() throws Exception {
        Actor coordinator = testAccounts.create("Dara Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Dee Sponsor", Role.HOST, "RJ1");
        Actor associate = testAccounts.create("Dana Subject " + System.nanoTime(), Role.ASSOCIATE, null);
        Actor other = testAccounts.create("Olu Other " + System.nanoTime(), Role.ASSOCIATE, null);
        long needId = journeys.openNeed(host, coordinator, "Data rights " + System.nanoTime());
        journeys.profileFor(associate);
        journeys.profileFor(other);
        long mine = acting.as(associate, () -> applicationService.apply(needId, new Submission("My own statement.", true, "None"))).getId();
        acting.as(other, () -> applicationService.apply(needId, new Submission("Somebody else's statement.", true, "None")));
        acting.as(coordinator, () -> applicationService.shortlist(mine));

        PersonalData data = acting.as(associate, () -> personalDataService.mine());
        assertEquals(emailOf(associate), data.email());
        Map<String, PersonalData.Section> sections = new java.util.HashMap<>();
        data.sections().forEach(section -> sections.put(section.key(), section));
        assertEquals(List.of("account", "profile", "applications", "placements", "lessons", "notifications", "history", "actions"),
                data.sections().stream().map(PersonalData.Section::key).toList());
        assertEquals(emailOf(associate), sections.get("account").records().get(0).get("Email address"));
        assertEquals("Head of operations", sections.get("profile").records().get(0).get("Job title"));
        assertEquals(1, sections.get("applications").records().size(), "their application, not the other applicant's");
        assertEquals("My own statement.", sections.get("applications").records().get(0).get("Supporting statement"));
        assertEquals("Shortlisted", sections.get("applications").records().get(0).get("State"));
        assertTrue(sections.get("notifications").records().stream().anyMatch(n -> n.get("Text").contains("shortlisted")),
                "the notification of the shortlisting: " + sections.get("notifications").records());
        assertTrue(sections.get("actions").records().stream().anyMatch(a -> "applied".equals(a.get("Action"))), "what they did");
        assertFalse(data.toString().contains("Somebody else's statement") || data.toString().contains(emailOf(other)),
                "nothing about anyone else");

        String pdf = PdfText.of(acting.as(associate, () -> personalDataService.minePdf()));
        assertTrue(pdf.contains("The data we hold about you") && pdf.contains("My own statement."), pdf);
        assertEquals(List.of(), acting.as(host, () -> personalDataService.mine()).sections().stream()
                .filter(section -> section.key().equals("profile")).toList(), "a host has no associate profile");
    }

    @Test
    void anAdminErasesAPersonOnRequestAndWhatTheyDidKeepsItsMeaningThenAClosedPlacementLosesItsPersonalDetailAfterItsPeriod() {
        Actor coordinator = testAccounts.create("Erin Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Eli Sponsor", Role.HOST, "RJ1");
        Actor admin = testAccounts.create("Ede Admin", Role.ADMIN, null);
        String name = "Esme Erased " + System.nanoTime();
        Actor associate = testAccounts.create(name, Role.ASSOCIATE, null);
        long placementId = journeys.activePlacement(host, coordinator, associate, "Erasure " + System.nanoTime());
        LocalDate today = journeys.today();
        List<DeliverableProgress> progress = List.of(new DeliverableProgress("Current-state map", DeliverableStatus.ON_TRACK),
                new DeliverableProgress("Future-state design", DeliverableStatus.ON_TRACK));
        acting.as(associate, () -> placementService.checkIn(placementId, new CheckInReport(today, BigDecimal.ONE, progress,
                "Waiting for data access", "Met " + name + "'s team")));

        BusinessRuleException live = assertThrows(BusinessRuleException.class,
                () -> acting.as(admin, () -> accountService.erase(associate.accountId(), "DSR-1")));
        assertTrue(live.getMessage().contains("placement still in play"), live.getMessage());
        assertThrows(BusinessRuleException.class, () -> acting.as(admin, () -> accountService.erase(admin.accountId(), "DSR-1")),
                "nobody erases their own account");

        acting.as(associate, () -> placementService.complete(placementId, new CloseOut(BigDecimal.ONE,
                List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.ACHIEVED, "Agreed")),
                List.of(), "Daily huddles", "Data access", null)));
        acting.as(host, () -> placementService.giveFeedback(placementId, 5, name + " transformed our outpatient flow"));
        acting.as(associate, () -> placementService.giveFeedback(placementId, 4, "A welcoming team"));
        long lessonId = acting.as(associate, () -> lessonService.write(placementId, new LessonText("Huddles work", "Frailty",
                "Daily huddles kept the work moving", "Start each day with a short huddle", LessonKind.SIMPLE_IMPROVEMENT,
                Set.of(), null, Region.LONDON, false))).getId();
        acting.as(associate, () -> lessonService.submitForModeration(lessonId));
        acting.as(coordinator, () -> lessonService.publish(lessonId));
        long applicationId = acting.as(coordinator, () -> placementService.find(placementId)).getApplication().getId();

        assertThrows(BusinessRuleException.class, () -> acting.as(admin, () -> accountService.erase(associate.accountId(), " ")),
                "the request's reference is needed");
        UserAccount erased = acting.as(admin, () -> accountService.erase(associate.accountId(), "DSR-2026-114"));
        assertEquals(AccountStatus.ERASED, erased.getStatus());
        assertEquals("A former associate", erased.getFullName());
        assertTrue(erased.getEmail().endsWith("@erased.invalid") && erased.getPasswordHash() == null, erased.getEmail());
        assertTrue(emailsTo(emailOf(associate)).isEmpty(), "the emails written to them are gone");

        Placement placement = acting.as(coordinator, () -> placementService.find(placementId));
        assertEquals(PlacementState.COMPLETED, placement.getState(), "the placement keeps its meaning");
        assertEquals("A former associate", placement.getAssociate().getFullName());
        assertTrue(placement.getSignOffs().stream().anyMatch(s -> s.getSignerName().equals("A former associate")));
        assertTrue(placement.getSignOffs().stream().noneMatch(s -> s.getSignerName().equals(name)), "their signature's name is replaced");
        assertEquals("A former associate", placement.getCheckIns().get(0).getByName());
        assertEquals("Met A former associate's team", placement.getCheckIns().get(0).getNotes());
        assertEquals("A former associate transformed our outpatient flow", placement.getHostFeedback());
        assertEquals(5, placement.getHostRating());
        assertNull(acting.as(coordinator, () -> applicationService.find(applicationId)).getSupportingStatement(), "their statement is gone");
        assertEquals(AssociateStatus.WITHDRAWN, placement.getAssociate().getStatus());
        assertNull(placement.getAssociate().getJobTitle());
        assertNull(placement.getAssociate().getLineManager(), "and their line manager's details");
        List<HistoryEntry> history = acting.as(coordinator, () -> placementService.history(placementId));
        assertTrue(history.stream().noneMatch(h -> emailOf(associate).equals(h.actor())), "their address left the trail: " + history);
        assertTrue(history.stream().anyMatch(h -> "A former associate".equals(h.actor())), "which says what they did: " + history);
        PublishedLesson lesson = acting.as(host, () -> lessonService.read(lessonId));
        assertEquals("Huddles work", lesson.title(), "the published lesson stays");
        assertEquals("A former associate", lesson.author());
        List<String> told = acting.as(coordinator, () -> notificationService.mine(PageRequest.first(100))).items().stream()
                .map(n -> n.getText()).toList();
        assertTrue(told.stream().noneMatch(t -> t.contains(name)) && told.stream().anyMatch(t -> t.contains("A former associate")),
                "what others were told no longer names them: " + told);
        List<HistoryEntry> accountHistory = audit.historyOf("UserAccount", associate.accountId());
        HistoryEntry erasure = accountHistory.get(accountHistory.size() - 1);
        assertEquals("erased at the person's request", erasure.action());
        assertEquals(emailOf(admin), erasure.actor(), "who erased them is recorded");
        assertEquals("Request DSR-2026-114", erasure.comment());
        BusinessRuleException again = assertThrows(BusinessRuleException.class,
                () -> acting.as(admin, () -> accountService.erase(associate.accountId(), "DSR-2")));
        assertEquals("This person's data has already been erased.", again.getMessage());
        assertThrows(BusinessRuleException.class, () -> acting.as(admin, () -> accountService.changeRoles(associate.accountId(),
                Set.of(Role.ASSOCIATE))), "it cannot be undone");
        assertThrows(BusinessRuleException.class, () -> acting.as(admin, () -> accountService.reactivate(associate.accountId())));

        // retention: the closed placement keeps its personal detail for the period, then loses it and keeps its figures
        assertEquals(RetentionService.CLOSED_PLACEMENT_MONTHS, acting.as(Actor.anonymous(), () -> retention.closedPlacementMonths()));
        clock.moveOn(Duration.ofDays(365 * 6 - 10));
        acting.as(Actor.system(), () -> retention.removeClosedPlacementDetail());
        assertNull(acting.as(coordinator, () -> placementService.find(placementId)).getPersonalDetailRemovedAt(), "kept within the period");
        clock.moveOn(Duration.ofDays(12));
        assertTrue(acting.as(Actor.system(), () -> retention.removeClosedPlacementDetail()) >= 1);
        Placement kept = acting.as(coordinator, () -> placementService.find(placementId));
        assertNotNull(kept.getPersonalDetailRemovedAt());
        assertNull(kept.getHostFeedback(), "feedback comments go");
        assertEquals(5, kept.getHostRating(), "ratings stay");
        assertNull(kept.getCheckIns().get(0).getNotes(), "check-in notes go");
        assertEquals(0, BigDecimal.ONE.compareTo(kept.getCheckIns().get(0).getDaysWorked()), "days stay");
        assertTrue(kept.getSignOffs().stream().allMatch(s -> s.getSignerName().equals("name removed")), "names go");
        assertEquals(ObjectiveOutcome.ACHIEVED, kept.getObjectiveResults().get(0).getOutcome(), "outcomes stay");
        List<HistoryEntry> afterRetention = acting.as(coordinator, () -> placementService.history(placementId));
        assertEquals("personal detail removed", afterRetention.get(afterRetention.size() - 1).action());
        assertEquals(0, acting.as(Actor.system(), () -> retention.removeClosedPlacementDetail()), "done once");
    }

    private static CommissionersReport.Figures london(CommissionersReport report) {
        return report.regions().stream().filter(r -> r.area().equals(Region.LONDON.getLabel())).findFirst().orElseThrow();
    }

    private Email newest(String address, String subjectStart) {
        return emailsTo(address).stream().filter(e -> e.getSubject().startsWith(subjectStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no email to " + address + " starting " + subjectStart));
    }

    /** The one event of an emailed invitation, whose method is checked. */
    private static VEvent event(Email email, String method) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(email.getCalendar().orElseThrow(
                () -> new AssertionError("no calendar with " + email.getSubject()))));
        assertEquals(method, calendar.getProperty(Property.METHOD).orElseThrow().getValue(), email.getSubject());
        List<VEvent> events = calendar.getComponents(Component.VEVENT).stream().map(VEvent.class::cast).toList();
        assertEquals(1, events.size());
        return events.get(0);
    }

    private static List<String> attendees(VEvent event) {
        return event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
    }
}
