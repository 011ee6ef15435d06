package uk.interimexchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.application.InterviewFormat;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AvailabilityWindow;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.associate.LineManager;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.link.SingleUseLink;
import uk.interimexchange.domain.model.mail.Outbox;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.lesson.LessonSearch;
import uk.interimexchange.domain.model.lesson.LessonSort;
import uk.interimexchange.domain.model.lesson.LessonState;
import uk.interimexchange.domain.model.lesson.LessonText;
import uk.interimexchange.domain.model.lesson.PublishedLesson;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.reminder.ReminderKind;
import uk.interimexchange.domain.model.reminder.SentReminder;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.notification.Notification;
import uk.interimexchange.domain.model.need.Importance;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedSort;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.need.Urgency;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.DeliverableProgress;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.Side;
import uk.interimexchange.domain.model.scoping.ScopingContent;
import uk.interimexchange.domain.model.scoping.SectionChange;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Funding;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.domain.model.skill.SkillRepository;
import uk.interimexchange.domain.service.matching.Allocator;
import uk.interimexchange.infrastructure.pdf.PdfText;
import uk.interimexchange.domain.service.matching.Candidate;

/** The services on the real server and database (Payara Micro, H2 or PostgreSQL): one programme journey end to end, with its rules. */
@ExtendWith(ArquillianExtension.class)
class NeedLifecycleIT {

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.war("interim-it.war");
    }

    @Inject
    NeedService needService;

    @Inject
    NotificationService notificationService;

    @Inject
    MatchingService matchingService;

    @Inject
    ScopingService scopingService;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SkillRepository skills;

    @Inject
    TestAccounts testAccounts;

    @Inject
    TestCurrentUser currentUser;

    @Inject
    Acting acting;

    @Inject
    AssociateService associateService;

    @Inject
    ApplicationService applicationService;

    @Inject
    PlacementService placementService;

    @Inject
    ReleaseService releaseService;

    @Inject
    Outbox outbox;

    @Inject
    LessonService lessonService;

    @Inject
    ReminderService reminderService;

    @Inject
    TestClock clock;

    @Inject
    Journeys journeys;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Resource
    ManagedExecutorService executor;


    @Test
    void referenceDataIsLoadedAtStartUp() {
        currentUser.actAs(Actor.system());
        Organisation gstt = organisations.findByOdsCode("RJ1").orElseThrow();
        assertEquals("Guy's and St Thomas' NHS Foundation Trust", gstt.getName());
        assertTrue(gstt.isActive());
        assertTrue(skills.countSkills() >= 40, "the taxonomy has at least 40 skills");
    }

    @Test
    void aNeedGoesFromDraftThroughAgreedScopeToOpenWithItsAuditTrail() {
        Actor host = testAccounts.create("Sam Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Cara Coordinator", Role.COORDINATOR, null);

        Need need = acting.as(host, () -> needService.post(host.organisationId(), journeys.details("Redesign the frailty pathway")));
        assertEquals(NeedState.DRAFT, need.getState());
        long id = need.getId();
        acting.as(host, () -> needService.submit(id));

        assertEquals(NeedState.SCOPING, acting.as(coordinator, () -> needService.startScoping(id)).getState());
        var refused = assertThrows(BusinessRuleException.class, () -> acting.as(coordinator, () -> needService.publish(id)));
        assertTrue(refused.getMessage().contains("until its scoping document is agreed"));

        Actor associate = testAccounts.create("Ada Associate", Role.ASSOCIATE, null);
        long loaded = acting.as(host, () -> scopingService.documentFor(id).getVersion());
        acting.as(host, () -> scopingService.reviseDraft(id, loaded, new Fixtures().completeScope()));
        assertThrows(ConcurrentChangeException.class, () -> acting.as(coordinator,
                () -> scopingService.reviseDraft(id, loaded, ScopingContent.empty())), "an editor opened before the save is stale");
        assertEquals(new Fixtures().completeScope(), acting.as(coordinator, () -> scopingService.documentFor(id).latest().content()),
                "the stale save changed nothing");
        assertThrows(NotFoundException.class, () -> acting.as(associate, () -> scopingService.agreedScope(id)),
                "an associate cannot read a scope being written");
        long afterSave = acting.as(host, () -> scopingService.documentFor(id).getVersion());
        assertTrue(afterSave > loaded, "saving a draft counts as a change to the document");
        acting.as(coordinator, () -> scopingService.issueForSignOff(id));
        assertTrue(acting.as(host, () -> scopingService.documentFor(id).getVersion()) > afterSave,
                "so does issuing it, so a form opened before is stale");
        assertTrue(acting.as(host, () -> scopingService.awaitingSignOff(PageRequest.first(10))).items().stream()
                .anyMatch(n -> n.getId() == id), "the issued scope waits for the host's signature");
        acting.as(host, () -> scopingService.signOff(id, SignOffParty.HOST_SPONSOR));
        assertTrue(acting.as(coordinator, () -> scopingService.signOff(id, SignOffParty.COORDINATOR)).isAgreed());
        assertEquals(NeedState.OPEN, acting.as(coordinator, () -> needService.publish(id)).getState());
        assertEquals(1, acting.as(associate, () -> scopingService.agreedScope(id)).getNumber(),
                "once open, an associate reads the agreed scope");
        assertTrue(acting.as(coordinator, () -> scopingService.awaitingSignOff(PageRequest.first(PageRequest.MAX_LIMIT))).items()
                .stream().noneMatch(n -> n.getId() == id), "an agreed scope waits for no one");

        List<HistoryEntry> history = acting.as(coordinator, () -> needService.history(id));
        assertEquals(List.of("posted", "submitted", "taken into scoping", "published"),
                history.stream().map(HistoryEntry::action).toList());
        assertEquals(host.name(), history.get(1).actor());
        assertEquals("Sam Sponsor", history.get(1).who(), "the history names people, not their email addresses");
        assertEquals("SUBMITTED", history.get(1).toState());
        assertEquals(coordinator.name(), history.get(3).actor());
        assertEquals("SCOPING", history.get(3).fromState());
        assertEquals("OPEN", history.get(3).toState());
    }

    @Test
    void aNeedsPageOffersEachPersonOnlyTheStepsTheyMayTakeInItsState() {
        Actor host = testAccounts.create("Penny Page", Role.HOST, "RJ1");
        Actor otherHost = testAccounts.create("Olly Elsewhere", Role.HOST, "RR8");
        Actor coordinator = testAccounts.create("Cody Page", Role.COORDINATOR, null);
        Actor associate = testAccounts.create("Ada Page", Role.ASSOCIATE, null);
        journeys.profileFor(associate);
        NeedDetails full = journeys.details("Steps on the page " + System.nanoTime());
        long draft = acting.as(host, () -> needService.post(host.organisationId(), new NeedDetails(full.title(), null, full.problem(),
                List.of(), null, null, null, null, null, null, false, null, null, null, null))).getId();

        NeedPageView unfinished = acting.as(host, () -> needService.page(draft));
        assertEquals(Set.of(NeedStep.FOLLOW, NeedStep.EDIT, NeedStep.FINISH_WRITING, NeedStep.CANCEL), unfinished.steps());
        assertFalse(unfinished.missing().isEmpty());
        assertThrows(NotFoundException.class, () -> acting.as(otherHost, () -> needService.page(draft)), "another trust's host");

        acting.as(host, () -> needService.revise(draft, needService.find(draft).getVersion(), full));
        assertEquals(Set.of(NeedStep.FOLLOW, NeedStep.EDIT, NeedStep.SUBMIT, NeedStep.CANCEL), acting.as(host, () -> needService.page(draft)).steps());
        acting.as(host, () -> needService.submit(draft));
        assertEquals(Set.of(NeedStep.FOLLOW, NeedStep.CANCEL), acting.as(host, () -> needService.page(draft)).steps(),
                "sent: the host waits for the programme");
        assertEquals(Set.of(NeedStep.FOLLOW, NeedStep.SEE_ALL_APPLICANTS, NeedStep.TRIAGE, NeedStep.CANCEL),
                acting.as(coordinator, () -> needService.page(draft)).steps());

        long open = journeys.openNeed(host, coordinator, full);
        NeedPageView seenByAssociate = acting.as(associate, () -> needService.page(open));
        assertEquals(Set.of(NeedStep.APPLY), seenByAssociate.steps(), "an associate may only apply");
        assertTrue(seenByAssociate.history().isEmpty() && seenByAssociate.applicants().isEmpty(), "and sees no programme detail");
        long applied = acting.as(associate, () -> applicationService.apply(open, new Submission("I have done this.", true, "None"))).getId();
        NeedPageView afterApplying = acting.as(associate, () -> needService.page(open));
        assertEquals(Set.of(), afterApplying.steps());
        assertEquals(applied, afterApplying.myApplicationId());
        NeedPageView coordinators = acting.as(coordinator, () -> needService.page(open));
        assertTrue(coordinators.can(NeedStep.SEE_CANDIDATES) && coordinators.can(NeedStep.SEE_SCOPE) && !coordinators.can(NeedStep.WRITE_SCOPE));
        assertNotNull(coordinators.agreedScope(), "the scope it was published on");
        assertEquals(Set.of(ScopingStep.PROPOSE_CHANGE), acting.as(coordinator, () -> scopingService.page(open)).steps(),
                "an agreed scope of an open need can only be changed, through a new version");
        assertEquals(List.of(applied), coordinators.applicants().stream().map(a -> a.getId()).toList());

        assertEquals(Set.of(ApplicationStep.WITHDRAW), acting.as(associate, () -> applicationService.page(applied)).steps(),
                "the applicant may withdraw it");
        assertEquals(Set.of(ApplicationStep.STEER, ApplicationStep.SHORTLIST, ApplicationStep.TURN_AWAY),
                acting.as(coordinator, () -> applicationService.page(applied)).steps());
        acting.as(coordinator, () -> applicationService.shortlist(applied));
        ApplicationPageView shortlisted = acting.as(coordinator, () -> applicationService.page(applied));
        assertEquals(Set.of(ApplicationStep.STEER, ApplicationStep.ARRANGE_INTERVIEW, ApplicationStep.TURN_AWAY), shortlisted.steps());
        assertFalse(shortlisted.history().isEmpty(), "with its history");
        assertEquals(Set.of(), acting.as(host, () -> applicationService.page(applied)).steps(), "the host sees the shortlist, and decides nothing");
    }

    @Test
    void aHostSavesAPartWrittenDraftAndSendsItOnlyWhenComplete() {
        Actor host = testAccounts.create("Pat Partial", Role.HOST, "RJ1");
        NeedDetails full = journeys.details("Theatre utilisation review");
        NeedDetails firstStep = new NeedDetails(full.title(), null, full.problem(), List.of(), null, null, null, null, null, null,
                false, null, null, null, null);
        Need draft = acting.as(host, () -> needService.post(host.organisationId(), firstStep));
        long id = draft.getId();
        assertEquals(NeedState.DRAFT, draft.getState());
        assertTrue(draft.missingForSubmission().contains("the minimum band"));

        var refused = assertThrows(BusinessRuleException.class, () -> acting.as(host, () -> needService.submit(id)));
        assertTrue(refused.getMessage().startsWith("Before the need can be submitted, add at least one essential skill"),
                refused.getMessage());
        assertEquals(NeedState.DRAFT, acting.as(host, () -> needService.find(id)).getState(), "the refused submission changed nothing");

        long version = acting.as(host, () -> needService.find(id)).getVersion();
        acting.as(host, () -> needService.revise(id, version, full));
        assertThrows(ConcurrentChangeException.class, () -> acting.as(host, () -> needService.revise(id, version, firstStep)),
                "a second tab still on the first version is told the need changed");
        assertEquals(NeedState.SUBMITTED, acting.as(host, () -> needService.submit(id)).getState());
    }

    @Test
    void openNeedsNarrowBySkillDaysRemoteAndStartAndSortAsAsked() {
        Actor host = testAccounts.create("Fay Filter", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Cole Coordinator", Role.COORDINATOR, null);
        Actor associate = testAccounts.create("Sid Searcher", Role.ASSOCIATE, null);
        String token = "Zephyr" + System.nanoTime();
        LocalDate today = LocalDate.now();
        long a = journeys.openNeed(host, coordinator, journeys.details(token + " pathway"));
        NeedDetails d = journeys.details(token + " flow");
        long b = journeys.openNeed(host, coordinator, new NeedDetails(d.title(), d.background(), d.problem(),
                List.of(new RequiredSkill(skills.findByName("Patient flow").orElseThrow(), Importance.ESSENTIAL, SkillLevel.WORKING)),
                d.minimumBand(), new BigDecimal("3"), 20, today.plusWeeks(6), today.plusWeeks(8), "Guy's Hospital", false,
                d.funding(), d.urgency(), today.plusWeeks(1), null));
        long pathway = skills.findByName("Pathway redesign").orElseThrow().getId();

        assertEquals(List.of(b, a), found(associate, NeedFilter.asked(token, null, null, null, false, null, null)), "newest first");
        assertEquals(List.of(a), found(associate, NeedFilter.asked(token, null, pathway, null, false, null, null)), "by skill");
        assertEquals(List.of(a), found(associate, NeedFilter.asked(token, null, null, new BigDecimal("2"), false, null, null)),
                "no more than two days a week");
        assertEquals(List.of(a), found(associate, NeedFilter.asked(token, null, null, null, true, null, null)), "remote possible");
        assertEquals(List.of(a), found(associate, NeedFilter.asked(token, null, null, null, false, today.plusWeeks(5), null)),
                "can start within five weeks");
        assertEquals(List.of(b, a), found(associate, NeedFilter.asked(token, null, null, null, false, null, NeedSort.CLOSING_SOONEST)));
        assertEquals(List.of(a, b), found(associate, NeedFilter.asked(token, null, null, null, false, null, NeedSort.STARTING_SOONEST)));
        assertEquals(List.of(), found(associate, NeedFilter.asked(token, Region.NORTH_WEST, null, null, false, null, null)),
                "Guy's is in London, not the North West");

        journeys.profileFor(associate); // holds pathway redesign, travels to London, employed in the North West
        List<Fit> fits = acting.as(associate, () -> matchingService.needsThatFitMe(PageRequest.MAX_LIMIT));
        Fit fitA = fits.stream().filter(f -> f.needId() == a).findFirst().orElseThrow(() -> new AssertionError("need a fits: " + fits));
        assertTrue(fitA.candidate().explanation().startsWith("skills 50/50: has 1 of 1 essentials"), fitA.candidate().explanation());
        assertTrue(fits.stream().noneMatch(f -> f.needId() == b), "asks only for patient flow, which the associate does not hold");
        List<Integer> scores = fits.stream().map(f -> f.candidate().score()).toList();
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, "best fit first");
    }

    private List<Long> found(Actor actor, NeedFilter filter) {
        return acting.as(actor, () -> needService.search(filter, PageRequest.first(10))).items().stream().map(Need::getId).toList();
    }

    @Test
    void aCoordinatorRanksCandidatesWithReasonsAndAcceptsAnAllocationThatInvitesTheBest() {
        Actor host = testAccounts.create("Mo Matcher", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Cy Coordinator", Role.COORDINATOR, null);
        Actor ash = testAccounts.create("Ash Allocated", Role.ASSOCIATE, null);
        Actor hal = testAccounts.create("Hal Hostemployee", Role.ASSOCIATE, null);
        LocalDate today = LocalDate.now();
        NeedDetails d = journeys.details("Flow and frailty " + System.nanoTime());
        long needId = journeys.openNeed(host, coordinator, new NeedDetails(d.title(), d.background(), d.problem(), List.of(
                new RequiredSkill(skills.findByName("Pathway redesign").orElseThrow(), Importance.ESSENTIAL, SkillLevel.EXPERIENCED),
                new RequiredSkill(skills.findByName("Patient flow").orElseThrow(), Importance.ESSENTIAL, SkillLevel.WORKING)),
                d.minimumBand(), d.daysPerWeek(), d.expectedWeeks(), d.earliestStart(), d.latestStart(), d.site(), true, d.funding(),
                d.urgency(), d.applicationDeadline(), null));
        long ashId = journeys.profileWith(ash, "R0A", Map.of("Pathway redesign", SkillLevel.EXPERT, "Patient flow", SkillLevel.EXPERIENCED)).getId();
        long halId = journeys.profileWith(hal, "RJ1", Map.of("Pathway redesign", SkillLevel.EXPERT, "Patient flow", SkillLevel.EXPERT)).getId();

        Ranking ranking = acting.as(coordinator, () -> matchingService.rank(needId, false, null, null, PageRequest.first(PageRequest.MAX_LIMIT)));
        Candidate best = ranking.ranked().items().get(0);
        assertEquals(ashId, best.who().associateId(), "the associate holding both essentials ranks first");
        assertEquals(100, best.score());
        assertEquals("skills 50/50: has 2 of 2 essentials, 0 of 0 desirable; availability 20/20: available for 100% of the need's dates"
                + " at 1 day a week; band 10/10: Band 8b meets Band 8a; region 10/10: works in London; load 10/10: no current placements",
                best.explanation(), "the parts add up and say why");
        assertTrue(ranking.ranked().items().stream().noneMatch(c -> c.who().associateId() == halId), "employed by the host: never ranked");
        assertTrue(ranking.leftOut().get("employed by the host organisation (conflict of interest)") >= 1, ranking.leftOut().toString());
        assertTrue(acting.as(coordinator, () -> matchingService.rank(needId, true, null, null, PageRequest.first(PageRequest.MAX_LIMIT))).ranked().items().isEmpty(), "nobody applied yet");
        assertThrows(EJBAccessException.class, () -> acting.as(host, () -> matchingService.rank(needId, false, null, null, PageRequest.first(PageRequest.MAX_LIMIT))),
                "matching is for coordinators");

        acting.as(coordinator, () -> needService.startShortlisting(needId));
        Allocator.Allocation proposal = acting.as(coordinator, () -> matchingService.proposeAllocation());
        Allocator.Pairing ours = proposal.pairings().stream().filter(p -> p.needId() == needId).findFirst().orElseThrow();
        assertEquals(ashId, ours.associateId(), "the allocation puts the best fit on the need");
        assertTrue(acting.as(coordinator, () -> applicationService.forNeed(needId, PageRequest.first(10))).items().isEmpty(),
                "a proposal changes nothing");

        assertEquals(1, acting.as(coordinator, () -> matchingService.acceptAllocation(List.of(ours))));
        Application invited = acting.as(coordinator, () -> applicationService.forNeed(needId, PageRequest.first(10))).items().get(0);
        assertEquals(ashId, invited.getAssociate().getId());
        assertEquals(ApplicationState.INVITED, invited.getState(), "not applied, so invited to apply; nothing is offered");
        assertTrue(acting.as(coordinator, () -> matchingService.rank(needId, false, null, null, PageRequest.first(PageRequest.MAX_LIMIT))).ranked().items().get(0).flags()
                .contains("already applied"), "the invitation shows on the ranking");
    }


    @Test
    void aHostCannotSeeOrActOnAnotherOrganisationsNeed() {
        Actor host = testAccounts.create("Sam Sponsor", Role.HOST, "RJ1");
        Actor otherHost = testAccounts.create("Olu Other", Role.HOST, "R0A");
        long id = acting.as(host, () -> needService.post(host.organisationId(), journeys.details("Governance review"))).getId();

        assertThrows(NotFoundException.class, () -> acting.as(otherHost, () -> needService.find(id)));
        assertThrows(AccessDeniedException.class, () -> acting.as(otherHost, () -> needService.submit(id)));
        assertTrue(acting.as(otherHost, () -> needService.search(null, PageRequest.first(50))).items().stream()
                .noneMatch(n -> n.getId() == id));
    }

    /** One row of the row-level table: who tries what on whose record, and whether the service lets them. */
    private record RowRule(String who, String what, Actor actor, java.util.concurrent.Callable<?> operation, boolean allowed) {
    }

    private static RowRule allows(String who, String what, Actor actor, java.util.concurrent.Callable<?> operation) {
        return new RowRule(who, what, actor, operation, true);
    }

    private static RowRule refuses(String who, String what, Actor actor, java.util.concurrent.Callable<?> operation) {
        return new RowRule(who, what, actor, operation, false);
    }

    @Test
    void rowLevelRulesLetOwnersInAndKeepEveryoneElseOut() {
        Actor host = testAccounts.create("Row Host", Role.HOST, "RJ1");
        Actor otherHost = testAccounts.create("Row Other Host", Role.HOST, "R0A");
        Actor coordinator = testAccounts.create("Row Coordinator", Role.COORDINATOR, null);
        Actor ash = testAccounts.create("Row Ash", Role.ASSOCIATE, null);
        Actor bo = testAccounts.create("Row Bo", Role.ASSOCIATE, null);
        long draftId = acting.as(host, () -> needService.post(host.organisationId(), journeys.details("Row-level draft"))).getId();
        long needId = journeys.openNeed(host, coordinator, "Row-level open need");
        long ashProfile = journeys.profileFor(ash).getId();
        journeys.profileFor(bo);
        Submission submission = new Submission("I have done this before.", true, "None");
        long applicationId = acting.as(ash, () -> applicationService.apply(needId, submission)).getId();
        long notShortlisted = acting.as(bo, () -> applicationService.apply(needId, submission)).getId();
        assertTrue(acting.as(host, () -> applicationService.forNeed(needId, PageRequest.first(50))).items().isEmpty(),
                "a host sees no applicant before the coordinator shortlists");
        acting.as(coordinator, () -> {
            applicationService.shortlist(applicationId);
            applicationService.scheduleInterview(applicationId, LocalDateTime.now().plusDays(1).withNano(0), InterviewFormat.IN_PERSON);
            applicationService.offer(applicationId);
        });
        long placementId = acting.as(ash, () -> applicationService.accept(applicationId)).getId();
        PageRequest page = PageRequest.first(200);

        List<RowRule> table = List.of(
                allows("host", "reads their organisation's draft need", host, () -> needService.find(draftId)),
                refuses("host of another organisation", "reads it", otherHost, () -> needService.find(draftId)),
                refuses("associate", "reads a draft need", ash, () -> needService.find(draftId)),
                refuses("host of another organisation", "submits it", otherHost, () -> needService.submit(draftId)),
                refuses("host of another organisation", "revises it", otherHost, () -> needService.revise(draftId, 0, journeys.details("Taken over"))),
                refuses("host of another organisation", "reads its history", otherHost, () -> needService.history(needId)),
                refuses("host of another organisation", "reads its scoping document", otherHost, () -> scopingService.documentFor(needId)),
                refuses("host of another organisation", "signs its scope", otherHost, () -> scopingService.signOff(needId, SignOffParty.HOST_SPONSOR)),
                allows("host", "reads the shortlisted applicants of their need", host, () -> applicationService.forNeed(needId, page)),
                refuses("host of another organisation", "reads the applicants", otherHost, () -> applicationService.forNeed(needId, page)),
                refuses("associate", "reads the applicants", bo, () -> applicationService.forNeed(needId, page)),
                allows("associate", "reads their own application", ash, () -> applicationService.find(applicationId)),
                refuses("another associate", "reads it", bo, () -> applicationService.find(applicationId)),
                refuses("another associate", "reads its history", bo, () -> applicationService.history(applicationId)),
                refuses("another associate", "withdraws it", bo, () -> applicationService.withdraw(applicationId, "Not mine")),
                refuses("host of another organisation", "reads it", otherHost, () -> applicationService.find(applicationId)),
                refuses("host", "reads an application never shortlisted", host, () -> applicationService.find(notShortlisted)),
                allows("associate", "reads their own profile", ash, () -> associateService.find(ashProfile)),
                refuses("another associate", "reads it", bo, () -> associateService.find(ashProfile)),
                refuses("another associate", "revises it", bo, () -> associateService.revise(ashProfile, 0, null, false)),
                refuses("another associate", "pauses it", bo, () -> associateService.pause(ashProfile)),
                refuses("another associate", "reads its history", bo, () -> associateService.history(ashProfile)),
                refuses("associate", "searches the talent pool", bo, () -> associateService.search(null, null, page)),
                refuses("host", "searches the talent pool", host, () -> associateService.search(null, null, page)),
                allows("associate", "reads their own placement", ash, () -> placementService.find(placementId)),
                allows("host", "reads the placement at their organisation", host, () -> placementService.find(placementId)),
                refuses("another associate", "reads it", bo, () -> placementService.find(placementId)),
                refuses("host of another organisation", "reads it", otherHost, () -> placementService.find(placementId)),
                refuses("host of another organisation", "signs it as host sponsor", otherHost,
                        () -> placementService.signOff(placementId, PlacementParty.HOST_SPONSOR, null)),
                refuses("another associate", "signs it as the associate", bo,
                        () -> placementService.signOff(placementId, PlacementParty.ASSOCIATE, null)),
                refuses("another associate", "reads its history", bo, () -> placementService.history(placementId)));

        List<String> wrong = new ArrayList<>();
        for (RowRule rule : table) {
            boolean allowed;
            try {
                acting.as(rule.actor(), rule.operation());
                allowed = true;
            } catch (NotFoundException | AccessDeniedException | EJBAccessException refused) {
                allowed = false;
            }
            if (allowed != rule.allowed()) {
                wrong.add(rule.who() + " " + rule.what() + ": expected " + (rule.allowed() ? "allowed" : "refused"));
            }
        }
        assertEquals(List.of(), wrong);

        assertEquals(List.of(applicationId), acting.as(host, () -> applicationService.forNeed(needId, page)).items().stream()
                .map(Application::getId).toList(), "the host's applicants are the shortlisted one only");
        assertTrue(acting.as(otherHost, () -> needService.search(null, page)).items().stream().noneMatch(n -> n.getId() == draftId),
                "another organisation's needs are not in a host's search");
        assertTrue(acting.as(bo, () -> applicationService.mine(page)).items().stream().noneMatch(a -> a.getId() == applicationId),
                "another associate's applications are not in 'mine'");
        assertTrue(acting.as(otherHost, () -> placementService.list(null, page)).items().stream().noneMatch(p -> p.id() == placementId),
                "another organisation's placements are not in a host's list");
        assertTrue(acting.as(bo, () -> placementService.list(null, page)).items().stream().noneMatch(p -> p.id() == placementId),
                "another associate's placements are not in theirs");
        assertFalse(acting.as(otherHost, () -> placementService.listPage(null, page)).narrowsByHost(),
                "a host sees one organisation's placements, so is not offered the hosts to narrow to");
        assertTrue(acting.as(coordinator, () -> placementService.listPage(null, page)).narrowsByHost());
        assertEquals(ashProfile, acting.as(ash, () -> associateService.profilePage()).orElseThrow().profile().getId(),
                "an associate's profile page shows their own profile");
        assertTrue(acting.as(host, () -> associateService.profilePage()).isEmpty(), "a host has no profile page");
        assertTrue(acting.as(coordinator, () -> associateService.profilePage()).isEmpty(), "nor has a coordinator");
    }

    @Test
    void concurrentEditsOfOneNeedEndWithOneClearConflictAndNoLostUpdate() throws Exception {
        Actor host = testAccounts.create("Sam Sponsor", Role.HOST, "RJ1");
        Need need = acting.as(host, () -> needService.post(host.organisationId(), journeys.details("Original title")));
        long id = need.getId();
        long loadedVersion = need.getVersion();

        CyclicBarrier bothReady = new CyclicBarrier(2);
        List<Future<String>> edits = new ArrayList<>();
        for (String title : List.of("Title from editor A", "Title from editor B")) {
            edits.add(executor.submit(() -> {
                bothReady.await(10, TimeUnit.SECONDS);
                try {
                    return acting.as(host, () -> needService.revise(id, loadedVersion, journeys.details(title))).getTitle();
                } catch (ConcurrentChangeException e) {
                    return "conflict: " + e.getMessage();
                }
            }));
        }
        List<String> outcomes = new ArrayList<>();
        for (Future<String> edit : edits) {
            outcomes.add(edit.get(60, TimeUnit.SECONDS));
        }
        List<String> conflicts = outcomes.stream().filter(o -> o.startsWith("conflict: ")).toList();
        List<String> saved = outcomes.stream().filter(o -> !o.startsWith("conflict: ")).toList();
        assertEquals(1, conflicts.size(), "exactly one edit is refused: " + outcomes);
        assertTrue(conflicts.get(0).contains("Someone else changed this need while you were working on it"));
        assertEquals(saved.get(0), acting.as(host, () -> needService.find(id)).getTitle(), "the saved edit is what the need now says");
    }





    @Test
    void aPlacementRunsFromOfferThroughFourSignOffsAndCheckInsToCloseOutWithALesson() {
        Actor host = testAccounts.create("Sam Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Cara Coordinator", Role.COORDINATOR, null);
        Actor ash = testAccounts.create("Ash Associate", Role.ASSOCIATE, null);
        Actor bo = testAccounts.create("Bo Other", Role.ASSOCIATE, null);
        long needId = journeys.openNeed(host, coordinator, "Frailty pathway redesign");
        journeys.profileFor(ash);
        journeys.profileFor(bo);
        Submission submission = new Submission("I redesigned the frailty pathway at my own trust.", true, "None");

        long ashApplication = acting.as(ash, () -> applicationService.apply(needId, submission)).getId();
        var second = assertThrows(BusinessRuleException.class, () -> acting.as(ash, () -> applicationService.apply(needId, submission)));
        assertTrue(second.getMessage().contains("one application per associate per need"), second.getMessage());
        long boApplication = acting.as(bo, () -> applicationService.apply(needId, submission)).getId();
        List<Long> toReview = acting.as(coordinator, () -> applicationService.toReview(PageRequest.first(PageRequest.MAX_LIMIT)))
                .items().stream().map(Application::getId).toList();
        assertTrue(toReview.contains(ashApplication) && toReview.contains(boApplication), "both wait for review: " + toReview);

        acting.as(coordinator, () -> {
            applicationService.shortlist(ashApplication);
            applicationService.scheduleInterview(ashApplication, LocalDateTime.now().plusDays(2).withNano(0), InterviewFormat.VIDEO);
            assertTrue(applicationService.interviewsThisWeek().stream().anyMatch(a -> a.getId() == ashApplication),
                    "the interview in two days is on the coordinators' week");
            assertTrue(applicationService.toReview(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                    .noneMatch(a -> a.getId() == ashApplication), "a shortlisted application is reviewed");
            assertEquals(ApplicationState.OFFERED, applicationService.offer(ashApplication).getState());
        });
        List<String> ashTold = acting.as(ash, () -> notificationService.mine(PageRequest.first(20))).items().stream()
                .map(Notification::getText).toList();
        assertTrue(ashTold.contains("The application of Ash Associate for “Frailty pathway redesign”: offered, by Cara Coordinator."),
                "the applicant is told of each step: " + ashTold);
        assertEquals(3, acting.as(ash, () -> notificationService.unreadCount()), "shortlisted, interview arranged, offered");
        assertEquals(3, acting.as(ash, () -> notificationService.markAllRead()));
        assertEquals(0, acting.as(ash, () -> notificationService.unreadCount()));
        assertTrue(acting.as(bo, () -> notificationService.mine(PageRequest.first(20))).items().isEmpty(),
                "nobody is told about someone else's application");
        assertTrue(acting.as(host, () -> notificationService.mine(PageRequest.first(20))).items().stream().map(Notification::getText)
                .anyMatch(t -> t.equals("The need “Frailty pathway redesign”: taken into scoping, by Cara Coordinator.")),
                "the host sponsor is told what happens to their need");
        assertTrue(acting.as(coordinator, () -> notificationService.mine(PageRequest.first(50))).items().stream()
                .anyMatch(n -> n.getText().equals("The need “Frailty pathway redesign”: submitted, by Sam Sponsor.")
                        && n.getLink().equals("/needs/" + needId)), "coordinators are told of a need to triage");

        Placement proposed = acting.as(ash, () -> applicationService.accept(ashApplication));
        long placementId = proposed.getId();
        assertEquals(PlacementState.PROPOSED, proposed.getState());
        assertEquals(DayOfWeek.TUESDAY, proposed.getStartDate().getDayOfWeek(), "starts on the scope's on-site weekday");
        assertEquals(NeedState.FILLED, acting.as(coordinator, () -> needService.find(needId)).getState());
        Application told = acting.as(coordinator, () -> applicationService.find(boApplication));
        assertEquals(ApplicationState.UNSUCCESSFUL, told.getState(), "the other applicant is told");
        assertTrue(told.getFeedback().startsWith("Thank you for applying"), told.getFeedback());

        assertThrows(NotFoundException.class, () -> acting.as(bo, () -> placementService.find(placementId)),
                "another associate cannot see the placement");
        acting.as(ash, () -> placementService.signOff(placementId, PlacementParty.ASSOCIATE, "Happy to start"));
        assertThrows(AccessDeniedException.class, () -> acting.as(ash, () -> placementService.signOff(placementId, PlacementParty.HOST_SPONSOR, null)));
        acting.as(host, () -> placementService.signOff(placementId, PlacementParty.HOST_SPONSOR, null));
        acting.as(coordinator, () -> placementService.signOff(placementId, PlacementParty.COORDINATOR, null));
        assertEquals(PlacementState.PROPOSED, acting.as(coordinator, () -> placementService.find(placementId)).getState(),
                "three sign-offs are not enough without the line manager's");
        String releaseLink = TestMail.linkIn(outbox, proposed.getAssociate().getLineManager().getEmail(), "/release.xhtml");
        assertThrows(SingleUseLink.LinkRefusedException.class, () -> acting.as(Actor.anonymous(),
                () -> releaseService.approve(releaseLink.replace('.', 'x'), null)), "a tampered link changes nothing");
        assertEquals(PlacementState.AGREED,
                acting.as(Actor.anonymous(), () -> releaseService.approve(releaseLink, "Released on Tuesdays")).getState());
        var reused = assertThrows(SingleUseLink.LinkRefusedException.class,
                () -> acting.as(Actor.anonymous(), () -> releaseService.decline(releaseLink, "Changed my mind")));
        assertEquals(SingleUseLink.Refusal.USED, reused.getRefusal(), "the link works once");

        var notYet = assertThrows(BusinessRuleException.class, () -> acting.as(coordinator, () -> placementService.activate(placementId)));
        assertTrue(notYet.getMessage().contains("Briefing of Dr Lee"), notYet.getMessage());
        acting.as(host, () -> {
            placementService.recordBriefing(placementId, "Dr Lee", LocalDate.now(), "Sam Sponsor");
            placementService.bookFirstDayMeeting(placementId, "Dr Lee", proposed.getStartDate().atTime(9, 0));
        });
        var tooSoon = assertThrows(BusinessRuleException.class, () -> acting.as(coordinator, () -> placementService.activate(placementId)));
        assertEquals("The placement cannot start yet. Still needed: The start date, " + Journeys.ukDate(proposed.getStartDate())
                + ", or an earlier start agreed by both the host and the associate.", tooSoon.getMessage());
        journeys.earlyStartToday(host, ash, placementId);
        var meetingsOnTheOldDay = assertThrows(BusinessRuleException.class, () -> acting.as(coordinator, () -> placementService.activate(placementId)));
        assertTrue(meetingsOnTheOldDay.getMessage().contains("First-day meetings booked for the new start date"), meetingsOnTheOldDay.getMessage());
        acting.as(host, () -> placementService.bookFirstDayMeeting(placementId, "Dr Lee", journeys.today().atTime(9, 0)));
        assertEquals(PlacementState.ACTIVE, acting.as(coordinator, () -> placementService.activate(placementId)).getState());
        Placement started = acting.as(coordinator, () -> placementService.find(placementId));
        assertEquals(journeys.today(), started.getStartDate(), "the early start both sides agreed is the start date");

        List<DeliverableProgress> progress = List.of(new DeliverableProgress("Current-state map", DeliverableStatus.DONE),
                new DeliverableProgress("Future-state design", DeliverableStatus.AT_RISK));
        assertEquals(Side.ASSOCIATE, acting.as(ash, () -> placementService.checkIn(placementId,
                new CheckInReport(started.getStartDate().plusWeeks(2), new BigDecimal("2"), progress, null, "Map done"))).getBySide());
        assertEquals(Side.HOST, acting.as(host, () -> placementService.checkIn(placementId,
                new CheckInReport(started.getStartDate().plusWeeks(4), new BigDecimal("2"), progress, "Board date moved", null))).getBySide());
        assertEquals(0, new BigDecimal("4").compareTo(acting.as(host, () -> placementService.find(placementId)).daysWorked()));
        assertTrue(acting.as(coordinator, () -> placementService.atRisk(PageRequest.first(PageRequest.MAX_LIMIT))).items().stream()
                .anyMatch(p -> p.id() == placementId), "the latest check-in has a deliverable at risk");

        clock.moveOn(Duration.ofDays(35)); // five weeks in, past both check-ins
        Placement completed = acting.as(ash, () -> placementService.complete(placementId, new CloseOut(new BigDecimal("4.5"),
                List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.ACHIEVED, "Approved by the clinical board")),
                List.of(new DeliverableProgress("Current-state map", DeliverableStatus.DONE),
                        new DeliverableProgress("Future-state design", DeliverableStatus.DONE)),
                "Clinicians owned the design", "Data access was slow", "Start data access early")));
        assertEquals(PlacementState.COMPLETED, completed.getState());
        assertEquals(0, new BigDecimal("4.5").compareTo(completed.daysWorked()), "the days stated at close-out");
        long lessonId = acting.as(ash, () -> lessonService.write(placementId, new LessonText("Book day one before the start",
                "Frailty redesign", "Two weeks went on finding people", "Ask the host to book the first day's meetings in advance",
                LessonKind.SIMPLE_IMPROVEMENT, Set.of("Pathway redesign"), null, Region.LONDON, false))).getId();
        assertEquals(Set.of(LessonStep.EDIT), acting.as(ash, () -> lessonService.page(lessonId)).steps(), "its author edits a draft");
        acting.as(ash, () -> lessonService.submitForModeration(lessonId));
        assertThrows(NotFoundException.class, () -> acting.as(bo, () -> lessonService.find(lessonId)),
                "unpublished lessons are not in the library");
        assertThrows(NotFoundException.class, () -> acting.as(bo, () -> lessonService.page(lessonId)), "nor their pages");
        LessonPageView moderated = acting.as(coordinator, () -> lessonService.page(lessonId));
        assertEquals(Set.of(LessonStep.MODERATE), moderated.steps(), "a coordinator moderates it");
        assertFalse(moderated.history().isEmpty());
        assertEquals(Set.of(), acting.as(ash, () -> lessonService.page(lessonId)).steps(), "sent: its author waits");
        acting.as(coordinator, () -> lessonService.publish(lessonId));
        LessonPageView read = acting.as(bo, () -> lessonService.page(lessonId));
        assertTrue(read.written() == null && read.history().isEmpty() && read.steps().isEmpty(), "a reader sees it as published");
        assertTrue(acting.as(bo, () -> lessonService.search(LessonSearch.forWords("book day one"), PageRequest.first(20))).items()
                .stream().anyMatch(l -> l.id() == lessonId), "the published lesson is found in the library");

        acting.as(coordinator, () -> {
            assertEquals(NeedState.CLOSED, needService.find(needId).getState(), "the need closes with its placement");
            assertEquals(List.of("posted", "submitted", "taken into scoping", "published", "shortlisting started", "filled", "closed"),
                    Journeys.actions(needService.history(needId)));
            assertEquals(List.of("applied", "shortlisted", "interview arranged", "offered", "accepted"),
                    Journeys.actions(applicationService.history(ashApplication)));
            List<HistoryEntry> placementHistory = placementService.history(placementId);
            assertEquals(List.of("proposed", "release requested", "signed by associate", "signed by host sponsor",
                    "signed by coordinator", "release approved by line manager Lin Manager", "briefing recorded",
                    "first-day meeting booked",
                    "early start on " + Journeys.ukDate(started.getStartDate()) + " agreed by the host",
                    "early start on " + Journeys.ukDate(started.getStartDate()) + " agreed by both sides",
                    "first-day meeting booked", "started", "check-in by associate", "check-in by host", "closed out"),
                    Journeys.actions(placementHistory));
            HistoryEntry agreed = placementHistory.get(5);
            assertEquals("PROPOSED", agreed.fromState());
            assertEquals("AGREED", agreed.toState());
            assertEquals("line manager " + proposed.getAssociate().getLineManager().getEmail() + " by emailed link",
                    agreed.actor(), "the line manager is on the record, though they have no account");
            assertEquals(ash.name(), placementHistory.get(14).actor());
            assertEquals(List.of("written", "sent for moderation", "published"), Journeys.actions(lessonService.history(lessonId)));
        });
    }





    /** Runs a reminder round on each of two threads at once, as two nodes would, then one more; answers how many went. */
    private int roundsOnTwoNodesThenARestart() throws Exception {
        CyclicBarrier bothReady = new CyclicBarrier(2);
        List<Future<Integer>> rounds = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            rounds.add(executor.submit(() -> {
                bothReady.await(10, TimeUnit.SECONDS);
                return acting.as(Actor.system(), () -> reminderService.sendDue());
            }));
        }
        int sent = 0;
        for (Future<Integer> round : rounds) {
            sent += round.get(60, TimeUnit.SECONDS);
        }
        return sent + acting.as(Actor.system(), () -> reminderService.sendDue());
    }

    @Test
    void eachReminderGoesOnceByEmailAndInAppEvenWhenTwoNodesRunTheRoundTogether() throws Exception {
        Actor host = testAccounts.create("Rita Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Remy Coordinator", Role.COORDINATOR, null);
        Actor ash = testAccounts.create("Rory Associate", Role.ASSOCIATE, null);
        Actor dee = testAccounts.create("Dee Associate", Role.ASSOCIATE, null);
        long proposedId = journeys.proposedPlacement(host, coordinator, dee, "Reminder test: sign-off pending");
        acting.as(dee, () -> placementService.signOff(proposedId, PlacementParty.ASSOCIATE, null));
        long activeId = journeys.activePlacement(host, coordinator, ash, "Reminder test: active placement");
        Placement active = acting.as(coordinator, () -> placementService.find(activeId));
        long scopeNeed = acting.as(host, () -> needService.post(host.organisationId(), journeys.details("Reminder test: scope to sign"))).getId();
        acting.as(host, () -> needService.submit(scopeNeed));
        acting.as(coordinator, () -> needService.startScoping(scopeNeed));
        acting.as(host, () -> scopingService.reviseDraft(scopeNeed, scopingService.documentFor(scopeNeed).getVersion(),
                new Fixtures().completeScope()));
        acting.as(coordinator, () -> scopingService.issueForSignOff(scopeNeed));
        acting.as(host, () -> scopingService.signOff(scopeNeed, SignOffParty.HOST_SPONSOR));
        long scopeVersion = acting.as(coordinator, () -> scopingService.documentFor(scopeNeed)).issued().orElseThrow().getId();
        String hostEmail = acting.as(coordinator, () -> needService.find(scopeNeed)).getSponsor().getEmail();
        String deeEmail = acting.as(coordinator, () -> placementService.find(proposedId)).getAssociate().getAccount().getEmail();

        try {
            acting.as(Actor.system(), () -> reminderService.sendDue());
            assertEquals(0, journeys.notificationsStartingWith(dee, "Reminder:"), "nothing is chased on the day it was proposed");
            assertTrue(acting.as(coordinator, () -> reminderService.sentAbout(ReminderKind.SCOPE_SIGN_OFF, scopeVersion)).isEmpty());

            // Three working days on (five calendar days always hold three), sign-offs are chased once each
            clock.moveOn(Duration.ofDays(5));
            roundsOnTwoNodesThenARestart();
            assertEquals(1, acting.as(coordinator, () -> reminderService.sentAbout(ReminderKind.PLACEMENT_SIGN_OFF, proposedId)).size());
            assertEquals(1, journeys.notificationsStartingWith(dee, "Reminder: Sign-off of the placement of Dee Associate"),
                    "the associate chases their line manager, once");
            assertEquals(1, journeys.emailsTo(deeEmail, "Reminder: Sign-off of the placement of Dee Associate"), "and gets one email of it");
            assertTrue(acting.as(host, () -> notificationService.mine(PageRequest.first(100))).items().stream()
                    .anyMatch(n -> n.getText().startsWith("Reminder: Sign-off of the placement of Dee Associate")
                            && n.getText().contains("the host sponsor") && n.getLink().equals("/placements/" + proposedId)),
                    "the host sponsor is told theirs is missing, with a link to the placement");
            assertEquals(1, journeys.notificationsStartingWith(coordinator, "Reminder: Version 1 of the scope of “Reminder test: scope to sign”"),
                    "the coordinators are told the scope waits for them");
            assertEquals(0, journeys.notificationsStartingWith(host, "Reminder: Version 1 of the scope"), "the host sponsor has signed it");
            assertEquals(0, journeys.emailsTo(hostEmail, "Reminder: Version 1 of the scope"));
            assertEquals(0, journeys.notificationsStartingWith(ash, "Reminder:"), "an active placement has nothing due yet");

            // Two weeks into the active placement: a check-in is due, once however often the round runs
            clock.moveOn(Duration.between(LocalDate.now().plusDays(5).atStartOfDay(), active.getStartDate().plusDays(15).atStartOfDay()));
            roundsOnTwoNodesThenARestart();
            assertEquals(1, journeys.notificationsStartingWith(ash, "Reminder: A check-in is due for the placement of Rory Associate"));
            assertEquals(1, journeys.emailsTo(ash.name(), "Reminder: A check-in is due"));
            assertEquals(1, journeys.notificationsStartingWith(host, "Reminder: A check-in is due for the placement of Rory Associate"));
            LocalDate checkedIn = active.getStartDate().plusDays(15);
            acting.as(ash, () -> placementService.checkIn(activeId, new CheckInReport(checkedIn, BigDecimal.ONE,
                    List.of(), null, null)));

            // Past the mid-point and within 14 days of the end: both once; the check-in moved the next one on
            Placement now = acting.as(coordinator, () -> placementService.find(activeId));
            clock.moveOn(Duration.between(checkedIn.atStartOfDay(), now.getEndDate().minusDays(10).atStartOfDay()));
            roundsOnTwoNodesThenARestart();
            assertEquals(1, journeys.notificationsStartingWith(ash, "Reminder: The mid-point review of the placement of Rory Associate"));
            assertEquals(1, journeys.notificationsStartingWith(ash, "Reminder: The placement of Rory Associate at Guy's and St Thomas' NHS Foundation Trust ends within 14 days"));
            assertEquals(1, journeys.notificationsStartingWith(coordinator, "Reminder: The placement of Rory Associate at Guy's and St Thomas' NHS Foundation Trust ends within 14 days"));
            List<SentReminder> checkIns = acting.as(coordinator, () -> reminderService.sentAbout(ReminderKind.CHECK_IN_DUE, activeId));
            assertEquals(List.of(active.getStartDate().plusDays(14), checkedIn.plusDays(14)),
                    checkIns.stream().map(SentReminder::getDueOn).toList(), "one reminder per check-in due, each from its own date");

            // After the end date, still open: the close-out is due
            clock.moveOn(Duration.ofDays(11));
            roundsOnTwoNodesThenARestart();
            assertEquals(1, journeys.notificationsStartingWith(host, "Reminder: The placement of Rory Associate at Guy's and St Thomas' NHS Foundation Trust ended on"));
            assertEquals(1, journeys.emailsTo(ash.name(), "Reminder: The placement of Rory Associate at Guy's and St Thomas' NHS Foundation Trust ended on"));
            assertEquals(1, acting.as(coordinator, () -> reminderService.sentAbout(ReminderKind.CLOSE_OUT_DUE, activeId)).size());
        } finally {
            clock.reset();
        }
        assertThrows(EJBAccessException.class, () -> acting.as(coordinator, () -> reminderService.sendDue()),
                "only the application runs reminder rounds");
    }

    @Test
    void aChangeToAnAgreedScopeIsANewVersionNeedingFreshSignOffWithTheDifferencesSectionBySection() {
        Actor host = testAccounts.create("Vic Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Val Coordinator", Role.COORDINATOR, null);
        long needId = journeys.openNeed(host, coordinator, "Scope change test");
        ScopingContent v1 = new Fixtures().completeScope();
        assertThrows(BusinessRuleException.class, () -> acting.as(host, () -> scopingService.reviseDraft(needId,
                scopingService.documentFor(needId).getVersion(), v1)), "an agreed version is frozen: no quiet edit");
        assertThrows(BusinessRuleException.class, () -> acting.as(host, () -> scopingService.requestChange(needId, " ")),
                "a change request needs its reason");
        assertEquals(2, acting.as(host, () -> scopingService.requestChange(needId, "The board added community services")).getNumber());
        ScopingContent v2 = new ScopingContent(v1.objectives(), v1.inScope(), "Social care commissioning only", v1.deliverables(),
                v1.successMeasures(), v1.stakeholders(), v1.governance(), v1.risks(), v1.workingArrangements(), v1.confidentiality());
        acting.as(host, () -> scopingService.reviseDraft(needId, scopingService.documentFor(needId).getVersion(), v2));
        acting.as(coordinator, () -> scopingService.issueForSignOff(needId));
        assertEquals(1, acting.as(host, () -> scopingService.agreedScope(needId)).getNumber(),
                "until version 2 is signed, version 1 stands");
        acting.as(host, () -> scopingService.signOff(needId, SignOffParty.HOST_SPONSOR));
        assertEquals(1, acting.as(host, () -> scopingService.agreedScope(needId)).getNumber(), "one signature is not enough");
        acting.as(coordinator, () -> scopingService.signOff(needId, SignOffParty.COORDINATOR));
        assertEquals(2, acting.as(host, () -> scopingService.agreedScope(needId)).getNumber(), "both signed: version 2 is agreed");
        List<SectionChange> changes = acting.as(coordinator, () -> scopingService.differences(needId, 1, 2));
        assertEquals(List.of(new SectionChange("Out of scope", v1.outOfScope(), "Social care commissioning only")), changes,
                "only the changed section, before and after");
        assertTrue(acting.as(coordinator, () -> scopingService.documentFor(needId)).versionNumber(1).orElseThrow()
                .getOutOfScope().equals(v1.outOfScope()), "version 1 is kept as it was signed");
    }

    @Test
    void anActivePlacementIsExtendedOnlyWhenBothAgreeEndsEarlyWithAReasonAndThenHasASummary() throws Exception {
        Actor host = testAccounts.create("Eve Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Eli Coordinator", Role.COORDINATOR, null);
        Actor ash = testAccounts.create("Esa Associate", Role.ASSOCIATE, null);
        long placementId = journeys.activePlacement(host, coordinator, ash, "Extension and early end test");
        LocalDate end = acting.as(coordinator, () -> placementService.find(placementId)).getEndDate();
        assertThrows(EJBAccessException.class, () -> acting.as(ash, () -> placementService.agreeExtension(placementId, end.plusWeeks(2))),
                "the associate does not extend");
        acting.as(host, () -> placementService.agreeExtension(placementId, end.plusWeeks(2)));
        Placement waiting = acting.as(coordinator, () -> placementService.find(placementId));
        assertEquals(end, waiting.getEndDate(), "the host alone does not move the end");
        assertEquals(end.plusWeeks(2), waiting.getProposedEndDate());
        acting.as(coordinator, () -> placementService.agreeExtension(placementId, end.plusWeeks(3)));
        assertEquals(end, acting.as(coordinator, () -> placementService.find(placementId)).getEndDate(), "not the same date");
        acting.as(host, () -> placementService.agreeExtension(placementId, end.plusWeeks(3)));
        assertEquals(end, acting.as(coordinator, () -> placementService.find(placementId)).getEndDate(),
                "both agreed: the line manager is asked before the terms change");
        String lineManager = waiting.getAssociate().getLineManager().getEmail();
        String extensionLink = TestMail.linkIn(outbox, lineManager, "/release.xhtml");
        assertEquals(end.plusWeeks(3), acting.as(Actor.anonymous(), () -> releaseService.open(extensionLink)).extendedTo());
        acting.as(Actor.anonymous(), () -> releaseService.approve(extensionLink, "Fine by us"));
        assertEquals(end.plusWeeks(3), acting.as(coordinator, () -> placementService.find(placementId)).getEndDate(),
                "the line manager released them for longer");
        assertEquals(1, journeys.notificationsStartingWith(coordinator, "The placement of Esa Associate at Guy's and St Thomas' NHS Foundation Trust:"
                + " extension to"), "the coordinators are told the answer");

        var notYet = assertThrows(BusinessRuleException.class, () -> acting.as(ash, () -> placementService.summaryPdf(placementId)));
        assertEquals("The summary is ready once the placement is closed out or has ended.", notYet.getMessage());
        List<ObjectiveResult> outcomes = List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.NOT_ACHIEVED,
                "Paused before the board met"));
        assertThrows(BusinessRuleException.class, () -> acting.as(host, () -> placementService.endEarly(placementId, "", outcomes)),
                "ending early needs a reason");
        assertThrows(BusinessRuleException.class, () -> acting.as(host, () -> placementService.endEarly(placementId, "Paused", List.of())),
                "and the outcome of each objective");
        Placement ended = acting.as(host, () -> placementService.endEarly(placementId, "The trust paused the programme", outcomes));
        assertEquals(PlacementState.ENDED_EARLY, ended.getState());
        assertEquals("The trust paused the programme", ended.getStateReason());
        assertEquals(1, journeys.notificationsStartingWith(ash, "The placement of Esa Associate at Guy's and St Thomas' NHS Foundation Trust:"
                + " ended early"), "the associate is told");
        byte[] pdf = acting.as(ash, () -> placementService.summaryPdf(placementId));
        String text = PdfText.of(pdf);
        assertTrue(text.contains("Ended early: The trust paused the programme") && text.contains("Esa Associate"), text);
        Actor other = testAccounts.create("Oz Associate", Role.ASSOCIATE, null);
        assertThrows(NotFoundException.class, () -> acting.as(other, () -> placementService.summaryPdf(placementId)),
                "nobody else's appraisal summary");
    }

    @Test
    void aDeclinedReleaseStopsThePlacementAndTellsTheAssociateTheHostAndTheCoordinatorsWhy() {
        Actor host = testAccounts.create("Dana Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Dev Coordinator", Role.COORDINATOR, null);
        Actor ash = testAccounts.create("Drew Associate", Role.ASSOCIATE, null);
        long placementId = journeys.proposedPlacement(host, coordinator, ash, "Declined release test");
        Placement proposed = acting.as(coordinator, () -> placementService.find(placementId));
        String link = TestMail.linkIn(outbox, proposed.getAssociate().getLineManager().getEmail(), "/release.xhtml");
        assertThrows(BusinessRuleException.class, () -> acting.as(Actor.anonymous(), () -> releaseService.decline(link, " ")),
                "a decline needs a reason");
        Placement declined = acting.as(Actor.anonymous(), () -> releaseService.decline(link, "Winter pressures: not before April"));
        assertEquals(PlacementState.CANCELLED, declined.getState());
        assertEquals("Release declined by Lin Manager: Winter pressures: not before April",
                acting.as(ash, () -> placementService.find(placementId)).getStateReason(), "the associate sees the reason");
        String told = "The placement of Drew Associate at Guy's and St Thomas' NHS Foundation Trust: release declined by line manager"
                + " Lin Manager (“Winter pressures: not before April”).";
        for (Actor actor : List.of(ash, host, coordinator)) {
            assertEquals(1, journeys.notificationsStartingWith(actor, told), actor.name() + " is told, with the reason");
        }
        assertEquals(1, journeys.emailsTo(ash.name(), "Interim Exchange: The placement of Drew Associate at Guy's and St Thomas' NHS"
                + " Foundation Trust: release declined"), "and emailed");
    }

    @Test
    void lessonsAreModeratedThenSearchedByWordsAndTagsWithAnonymisedOnesNamingNobody() {
        Actor host = testAccounts.create("Lena Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Lou Coordinator", Role.COORDINATOR, null);
        Actor ash = testAccounts.create("Lex Associate", Role.ASSOCIATE, null);
        Actor reader = testAccounts.create("Rae Reader", Role.ASSOCIATE, null);
        String token = "Lx" + System.nanoTime();
        long proposedId = journeys.proposedPlacement(host, coordinator, reader, token + " not started");
        assertThrows(BusinessRuleException.class, () -> acting.as(reader, () -> lessonService.write(proposedId, new LessonText(
                "Too early", null, "Nothing yet", "Nothing yet", LessonKind.SUCCESS, Set.of(), null, null, false))),
                "a lesson comes from a placement once it has started");
        long placementId = journeys.activePlacement(host, coordinator, ash, token + " frailty placement");

        LessonText suggested = acting.as(ash, () -> lessonService.suggestedFrom(placementId));
        assertEquals(token + " frailty placement", suggested.context());
        assertEquals(Set.of("Pathway redesign"), suggested.skillTags());
        assertEquals(OrganisationType.OTHER, suggested.organisationType(), "the ODS extract's name does not say the trust's type");
        assertEquals(Region.LONDON, suggested.region());
        assertThrows(NotFoundException.class, () -> acting.as(reader, () -> lessonService.suggestedFrom(placementId)),
                "only the placement's parties write from it");

        long failure = acting.as(ash, () -> lessonService.write(placementId, new LessonText(token + " funding failed",
                suggested.context(), "Lena Sponsor at Guy's and St Thomas' NHS Foundation Trust paused the work; Lena told me by email.",
                "Ask whether the " + token + " programme survives a financial reset", LessonKind.FAILURE,
                suggested.skillTags(), null, null, true))).getId();
        long success = acting.as(ash, () -> lessonService.write(placementId, new LessonText("Clinicians own the change",
                null, "Consultants wrote the criteria themselves", "Let clinicians write the rules; mention " + token + " here",
                LessonKind.SUCCESS, Set.of(), OrganisationType.MENTAL_HEALTH, Region.NORTH_WEST, false))).getId();
        assertEquals(List.of(success, failure), acting.as(ash, () -> lessonService.mine(PageRequest.first(10))).items().stream()
                .map(Lesson::getId).toList(), "the author sees their own drafts, latest first");
        assertEquals(List.of(success, failure), acting.as(ash, () -> lessonService.library(LessonSearch.everything(),
                PageRequest.first(10), 10)).mine().stream().map(Lesson::getId).toList(), "and so does the library's page, above the search");
        Actor admin = testAccounts.create("Ada Admin", Role.ADMIN, null);
        LessonLibraryView adminsLibrary = acting.as(admin, () -> lessonService.library(LessonSearch.everything(), PageRequest.first(10), 10));
        assertEquals(List.of(), adminsLibrary.mine(), "an administrator writes no lessons, so has none of their own above the library");
        assertEquals(Set.of(), adminsLibrary.steps(), "nor is offered to write or moderate one");
        assertEquals(Set.of(LibraryStep.WRITE), acting.as(ash, () -> lessonService.library(LessonSearch.everything(), PageRequest.first(10),
                10)).steps(), "an associate writes lessons; only coordinators moderate them");
        assertEquals(Set.of(LibraryStep.WRITE, LibraryStep.MODERATE), acting.as(coordinator, () -> lessonService.library(
                LessonSearch.everything(), PageRequest.first(10), 10)).steps());
        assertThrows(NotFoundException.class, () -> acting.as(reader, () -> lessonService.read(failure)), "a draft is not in the library");
        assertThrows(NotFoundException.class, () -> acting.as(host, () -> lessonService.find(failure)), "nor readable as written by others");

        acting.as(ash, () -> lessonService.submitForModeration(failure));
        assertEquals(1, journeys.notificationsStartingWith(coordinator, "The lesson “" + token + " funding failed”: sent for moderation"));
        assertTrue(acting.as(coordinator, () -> lessonService.awaitingModeration(PageRequest.first(PageRequest.MAX_LIMIT))).items()
                .stream().anyMatch(l -> l.getId() == failure));
        assertThrows(BusinessRuleException.class, () -> acting.as(coordinator, () -> lessonService.returnForEdit(failure, " ")),
                "returning needs a reason");
        acting.as(coordinator, () -> lessonService.returnForEdit(failure, "Say what you would ask the sponsor"));
        Lesson returned = acting.as(ash, () -> lessonService.find(failure));
        assertEquals(LessonState.RETURNED, returned.getState());
        assertEquals("Say what you would ask the sponsor", returned.getModerationComment());
        assertEquals(1, journeys.notificationsStartingWith(ash, "The lesson “" + token + " funding failed”: returned for edit, by Lou Coordinator"));
        assertEquals(1, journeys.emailsTo(ash.name(), "Interim Exchange: The lesson “" + token + " funding failed”: returned for edit"),
                "each notification is emailed too");
        assertTrue(outbox.newest(50).stream().filter(e -> e.getRecipient().equals(ash.name())).anyMatch(e -> e.getBody().contains(
                "The lesson “" + token + " funding failed”: returned for edit, by Lou Coordinator.")
                && e.getBody().contains("/lessons/lesson.xhtml?lesson=" + failure)), "saying what happened, by whom, with a link");
        assertEquals(0, journeys.emailsTo(coordinator.name(), "Interim Exchange: The lesson “" + token + " funding failed”: returned"),
                "nobody is emailed about what they did themselves");
        assertThrows(AccessDeniedException.class, () -> acting.as(reader, () -> lessonService.revise(failure, suggested)),
                "only the author edits");
        acting.as(ash, () -> lessonService.revise(failure, new LessonText(token + " funding failed",
                suggested.context(), "Lena Sponsor at Guy's and St Thomas' NHS Foundation Trust paused the work; Lena told me by email.",
                "Ask the sponsor whether the " + token + " programme survives a financial reset", LessonKind.FAILURE,
                suggested.skillTags(), null, null, true)));
        acting.as(ash, () -> lessonService.submitForModeration(failure));
        acting.as(coordinator, () -> lessonService.publish(failure));
        acting.as(ash, () -> lessonService.submitForModeration(success));
        acting.as(coordinator, () -> lessonService.publish(success));
        assertEquals(1, journeys.notificationsStartingWith(ash, "The lesson “" + token + " funding failed”: published in the library"));

        PublishedLesson shown = acting.as(reader, () -> lessonService.read(failure));
        assertEquals("[name removed] at the host organisation paused the work; [name removed] told me by email.", shown.whatHappened(),
                "anonymised: neither the host nor anyone's name is published");
        assertEquals("Name withheld", shown.author());
        assertEquals("An NHS organisation", shown.source());
        assertEquals("Lena Sponsor at Guy's and St Thomas' NHS Foundation Trust paused the work; Lena told me by email.",
                acting.as(coordinator, () -> lessonService.find(failure)).getWhatHappened(), "the moderator still sees what was written");
        assertEquals("Lex Associate", acting.as(reader, () -> lessonService.read(success)).author());

        assertEquals(List.of(failure, success), ids(acting.as(reader, () -> lessonService.search(LessonSearch.forWords(token),
                PageRequest.first(10)))), "most relevant first: the word in the title outranks it in the lesson");
        assertEquals(List.of(success, failure), ids(acting.as(reader, () -> lessonService.search(new LessonSearch(token, null, null,
                null, null, LessonSort.NEWEST), PageRequest.first(10)))), "newest first");
        assertEquals(List.of(failure), ids(acting.as(reader, () -> lessonService.search(new LessonSearch(token + " sponsor", null, null,
                null, null, null), PageRequest.first(10)))), "every word must be found");
        assertEquals(List.of(failure), ids(acting.as(reader, () -> lessonService.search(new LessonSearch(token, null, "Pathway redesign",
                null, null, null), PageRequest.first(10)))), "by skill tag");
        assertEquals(List.of(failure), ids(acting.as(reader, () -> lessonService.search(new LessonSearch(token, null, null,
                OrganisationType.OTHER, Region.LONDON, null), PageRequest.first(10)))), "by the host's type and region, tagged by default");
        assertEquals(List.of(success), ids(acting.as(reader, () -> lessonService.search(new LessonSearch(token, LessonKind.SUCCESS,
                null, OrganisationType.MENTAL_HEALTH, Region.NORTH_WEST, null), PageRequest.first(10)))), "by kind and chosen tags");
        assertEquals(List.of(), ids(acting.as(reader, () -> lessonService.search(new LessonSearch(token, null, null, null,
                Region.NORTH_EAST_AND_YORKSHIRE, null), PageRequest.first(10)))));
        assertEquals(List.of(), ids(acting.as(reader, () -> lessonService.search(LessonSearch.forWords("Lena Sponsor " + token),
                PageRequest.first(10)))), "an anonymised lesson is not found by the names taken out of it");
        acting.as(coordinator, () -> assertEquals(List.of("written", "sent for moderation", "returned for edit", "revised",
                "sent for moderation", "published"), Journeys.actions(lessonService.history(failure))));
    }

    private static List<Long> ids(Page<PublishedLesson> page) {
        return page.items().stream().map(PublishedLesson::id).toList();
    }
}
