package uk.interimexchange.domain.model.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.Deliverable;
import uk.interimexchange.domain.model.scoping.Objective;
import uk.interimexchange.domain.model.scoping.ScopingContent;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Funding;

class PlacementTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 5);
    /** Six weeks in: when the tests close a placement out. */
    private static final LocalDate CLOSE_OUT_DAY = START.plusWeeks(6);
    private final Fixtures f = new Fixtures();

    private Placement proposed() {
        return f.proposedPlacement(START);
    }

    private Placement agreed() {
        return f.agreedPlacement(START);
    }

    private Placement active() {
        return f.activePlacement(START);
    }

    @Test
    void agreedOnlyWhenAllFourHaveSignedOff() {
        Placement p = proposed();
        assertEquals(PlacementState.PROPOSED, p.getState());
        p.signOff(PlacementParty.ASSOCIATE, "Ash Associate", null, Fixtures.NOW);
        p.signOff(PlacementParty.HOST_SPONSOR, "Sam Sponsor", null, Fixtures.NOW);
        p.signOff(PlacementParty.COORDINATOR, "Cara Coordinator", null, Fixtures.NOW);
        assertEquals(PlacementState.PROPOSED, p.getState());
        assertEquals(Set.of(PlacementParty.LINE_MANAGER), p.missingSignOffs());
        var twice = assertThrows(BusinessRuleException.class, () -> p.signOff(PlacementParty.ASSOCIATE, "Ash", null, Fixtures.NOW));
        assertEquals("The associate has already signed off this placement.", twice.getMessage());
        p.signOff(PlacementParty.LINE_MANAGER, "Lin Manager", null, Fixtures.NOW);
        assertEquals(PlacementState.AGREED, p.getState());
    }

    @Test
    void aDeclinedReleaseStopsThePlacementWithTheReasonKept() {
        Placement p = proposed();
        p.declineRelease("Lin Manager", "Winter pressures: cannot release until April");
        assertEquals(PlacementState.CANCELLED, p.getState());
        assertEquals("Release declined by Lin Manager: Winter pressures: cannot release until April", p.getStateReason());
    }

    @Test
    void activationIsRefusedWhileAMustBriefStakeholderIsUnbriefedAndSaysWhatIsMissing() {
        Placement p = agreed();
        var e = assertThrows(BusinessRuleException.class, () -> p.activate(START));
        assertEquals("The placement cannot start yet. Still needed: Briefing of Dr Lee (Clinical lead for frailty); "
                + "First-day meetings booked.", e.getMessage());
        assertEquals(PlacementState.AGREED, p.getState());
        p.recordBriefing("Dr Lee", Fixtures.TODAY, "Sam Sponsor", Fixtures.TODAY);
        assertEquals(List.of("First-day meetings booked"), p.missingForActivation(START));
        p.bookFirstDayMeeting("Dr Lee", START.atTime(9, 0));
        p.activate(START);
        assertEquals(PlacementState.ACTIVE, p.getState());
        assertEquals(START.plusDays(42), p.getMidPointReviewOn());
    }

    @Test
    void activationBeforeAllSignOffsIsRefused() {
        Placement p = proposed();
        p.recordBriefing("Dr Lee", Fixtures.TODAY, "Sam Sponsor", Fixtures.TODAY);
        p.bookFirstDayMeeting("Dr Lee", START.atTime(9, 0));
        var e = assertThrows(BusinessRuleException.class, () -> p.activate(START));
        assertTrue(e.getMessage().contains("Sign-off by the line manager (release)"), e.getMessage());
    }

    @Test
    void briefingsAreForStakeholdersInTheAgreedScope() {
        Placement p = agreed();
        assertThrows(BusinessRuleException.class, () -> p.recordBriefing("Someone Else", Fixtures.TODAY, "Sam", Fixtures.TODAY));
        assertThrows(BusinessRuleException.class, () -> p.bookFirstDayMeeting("Dr Lee", LocalDateTime.of(2027, 2, 1, 9, 0)));
    }

    @Test
    void checkInsCountDaysWorkedAgainstDaysAgreed() {
        Placement p = active();
        p.recordCheckIn(new CheckInReport(START.plusWeeks(2), new BigDecimal("2"),
                List.of(new DeliverableProgress("Current-state map", DeliverableStatus.ON_TRACK)), null, "Good start"),
                Side.ASSOCIATE, "Ash Associate", Fixtures.NOW);
        CheckIn risky = p.recordCheckIn(new CheckInReport(START.plusWeeks(4), new BigDecimal("1.5"),
                List.of(new DeliverableProgress("Future-state design", DeliverableStatus.AT_RISK)), "Clinicians unavailable", null),
                Side.HOST, "Sam Sponsor", Fixtures.NOW);
        assertTrue(risky.reportsRisk());
        assertEquals(0, new BigDecimal("3.5").compareTo(p.daysWorked()));
        assertEquals(0, new BigDecimal("12").compareTo(p.daysAgreed()));
        assertThrows(BusinessRuleException.class, () -> p.recordCheckIn(new CheckInReport(START.plusWeeks(5), BigDecimal.ONE,
                List.of(new DeliverableProgress("Not in scope", DeliverableStatus.DONE)), null, null), Side.HOST, "Sam", Fixtures.NOW));
    }

    @Test
    void checkInsAreOnlyForActivePlacements() {
        Placement p = agreed();
        assertThrows(BusinessRuleException.class, () -> p.recordCheckIn(
                new CheckInReport(START, BigDecimal.ONE, List.of(), null, null), Side.HOST, "Sam", Fixtures.NOW));
    }

    @Test
    void anExtensionNeedsBothHostAndCoordinatorForTheSameDateAndThenTheLineManagersRelease() {
        Placement p = active();
        LocalDate originalEnd = p.getEndDate();
        p.agreeExtension(PlacementParty.HOST_SPONSOR, originalEnd.plusWeeks(4));
        assertEquals(originalEnd, p.getEndDate());
        p.agreeExtension(PlacementParty.COORDINATOR, originalEnd.plusWeeks(6));
        assertEquals(originalEnd, p.getEndDate(), "a different date restarts the agreement");
        assertFalse(p.isExtensionAwaitingRelease());
        p.agreeExtension(PlacementParty.HOST_SPONSOR, originalEnd.plusWeeks(6));
        assertTrue(p.isExtensionAwaitingRelease(), "both agreed: the line manager is asked next");
        assertEquals(originalEnd, p.getEndDate(), "the terms change only when the line manager releases the associate for longer");
        var waiting = assertThrows(BusinessRuleException.class, () -> p.agreeExtension(PlacementParty.COORDINATOR, originalEnd.plusWeeks(8)));
        assertTrue(waiting.getMessage().startsWith("The line manager is being asked to release the associate until"), waiting.getMessage());
        p.approveExtension();
        assertEquals(originalEnd.plusWeeks(6), p.getEndDate());
        assertFalse(p.isExtensionAwaitingRelease());
        assertNull(p.getProposedEndDate());
        assertThrows(BusinessRuleException.class, () -> p.agreeExtension(PlacementParty.ASSOCIATE, originalEnd.plusWeeks(8)));
        assertThrows(BusinessRuleException.class, () -> p.agreeExtension(PlacementParty.COORDINATOR, originalEnd));
    }

    @Test
    void aLineManagerWhoDeclinesAnExtensionLeavesTheEndDateAsAgreed() {
        Placement p = active();
        LocalDate originalEnd = p.getEndDate();
        p.agreeExtension(PlacementParty.HOST_SPONSOR, originalEnd.plusWeeks(2));
        p.agreeExtension(PlacementParty.COORDINATOR, originalEnd.plusWeeks(2));
        assertEquals(originalEnd.plusWeeks(2), p.declineExtension());
        assertEquals(originalEnd, p.getEndDate());
        assertFalse(p.isExtensionAwaitingRelease());
        assertThrows(BusinessRuleException.class, p::approveExtension, "nothing is waiting any more");
    }

    @Test
    void endingEarlyNeedsAReasonAndAnOutcomeForEachObjective() {
        Placement p = active();
        List<ObjectiveResult> outcomes = List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.PARTLY_ACHIEVED,
                "Draft pathway written"));
        assertThrows(BusinessRuleException.class, () -> p.endEarly(" ", outcomes, Fixtures.NOW));
        var noOutcome = assertThrows(BusinessRuleException.class, () -> p.endEarly("Recalled", List.of(), Fixtures.NOW));
        assertEquals("Give an outcome for each objective of the agreed scope, and only those.", noOutcome.getMessage());
        p.endEarly("Associate's home trust recalled them", outcomes, Fixtures.NOW);
        assertEquals(PlacementState.ENDED_EARLY, p.getState());
        assertEquals(ObjectiveOutcome.PARTLY_ACHIEVED, p.getObjectiveResults().get(0).getOutcome(), "what it achieved is kept");
        assertEquals("Ended early: Associate's home trust recalled them (0 of 1 objectives achieved, 1 partly)", p.outcome());
        p.giveFeedback(Side.HOST, 4, "Helpful while it lasted");
        assertEquals(4, p.getHostRating());
    }

    @Test
    void aPlacementStartsOnItsStartDateNotBeforeAndTheMessageSaysTheDate() {
        Placement p = agreed();
        p.recordBriefing("Dr Lee", Fixtures.TODAY, "Sam Sponsor", Fixtures.TODAY);
        p.bookFirstDayMeeting("Dr Lee", START.atTime(9, 0));
        var early = assertThrows(BusinessRuleException.class, () -> p.activate(START.minusDays(1)));
        assertEquals("The placement cannot start yet. Still needed: The start date, 5 January 2027, or an earlier start agreed by"
                + " both the host and the associate.", early.getMessage());
        assertEquals(PlacementState.AGREED, p.getState());
        p.activate(START);
        assertEquals(PlacementState.ACTIVE, p.getState());
    }

    @Test
    void anEarlyStartTakesEffectOnlyWhenTheHostAndTheAssociateAgreeTheSameDay() {
        Placement p = agreed();
        p.recordBriefing("Dr Lee", Fixtures.TODAY, "Sam Sponsor", Fixtures.TODAY);
        p.bookFirstDayMeeting("Dr Lee", START.atTime(9, 0));
        LocalDate today = START.minusWeeks(2);
        assertFalse(p.agreeEarlyStart(START.minusWeeks(1), Side.HOST, "Sam Sponsor", today), "one side is not enough");
        assertEquals(START, p.getStartDate());
        assertFalse(p.agreeEarlyStart(START.minusDays(3), Side.ASSOCIATE, "Ash Associate", today),
                "a different day starts the agreement again");
        assertNull(p.earlyStartAgreedBy(Side.HOST), "the host's agreement was to another day");
        assertThrows(BusinessRuleException.class, () -> p.activate(START.minusDays(3)), "not yet agreed by both");
        assertTrue(p.agreeEarlyStart(START.minusDays(3), Side.HOST, "Sam Sponsor", today));
        assertEquals(START.minusDays(3), p.getStartDate());
        assertTrue(p.getEarlyStartOn().isEmpty());
        assertEquals(List.of("First-day meetings booked for the new start date, 2 January 2027"), p.missingForActivation(START.minusDays(3)),
                "the meetings booked for the old first day are not on the new one");
        p.bookFirstDayMeeting("Dr Lee", START.minusDays(3).atTime(9, 0));
        p.activate(START.minusDays(3));
        assertEquals(PlacementState.ACTIVE, p.getState());

        Placement other = agreed();
        var afterStart = assertThrows(BusinessRuleException.class, () -> other.agreeEarlyStart(START.plusDays(1), Side.HOST, "Sam", today));
        assertEquals("An early start must be before the agreed start date, 5 January 2027.", afterStart.getMessage());
        var past = assertThrows(BusinessRuleException.class, () -> other.agreeEarlyStart(today.minusDays(1), Side.HOST, "Sam", today));
        assertEquals("An early start must be today or later, not 21 December 2026.", past.getMessage());
    }

    @Test
    void closeOutStatesTheDaysWorkedNoMoreThanTheDaysSinceTheStart() {
        Placement p = active();
        List<ObjectiveResult> outcome = List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.ACHIEVED, null));
        var none = assertThrows(BusinessRuleException.class, () -> p.complete(new CloseOut(null, outcome, List.of(), "Huddles", "Data", null),
                START.plusDays(9), Fixtures.NOW));
        assertTrue(none.getMessage().contains("days worked"), none.getMessage());
        var tooMany = assertThrows(BusinessRuleException.class, () -> p.complete(new CloseOut(new BigDecimal("11"), outcome, List.of(),
                "Huddles", "Data", null), START.plusDays(9), Fixtures.NOW));
        assertEquals("The days worked must be between 0 and 10, the days from the start on 5 January 2027 to today.", tooMany.getMessage());
        assertEquals(PlacementState.ACTIVE, p.getState());
        p.complete(new CloseOut(new BigDecimal("2.5"), outcome, List.of(), "Huddles", "Data", null), START.plusDays(9), Fixtures.NOW);
        assertEquals(0, new BigDecimal("2.5").compareTo(p.daysWorked()), "the days stated are the days worked");
    }

    @Test
    void closeOutNeedsAnOutcomeForEveryObjective() {
        Placement p = active();
        CloseOut missing = new CloseOut(new BigDecimal("5"), List.of(), List.of(), "Weekly huddles", "Data access was slow", null);
        var e = assertThrows(BusinessRuleException.class, () -> p.complete(missing, CLOSE_OUT_DAY, Fixtures.NOW));
        assertEquals("Give an outcome for each objective of the agreed scope, and only those.", e.getMessage());
        p.complete(new CloseOut(new BigDecimal("5"), List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.PARTLY_ACHIEVED,
                "Board approved phase 1")), List.of(new DeliverableProgress("Current-state map", DeliverableStatus.DONE)),
                "Weekly huddles", "Data access was slow", "Secure data access before day one"), CLOSE_OUT_DAY, Fixtures.NOW);
        assertEquals(PlacementState.COMPLETED, p.getState());
        p.giveFeedback(Side.ASSOCIATE, 5, "Great host");
        assertThrows(BusinessRuleException.class, () -> p.giveFeedback(Side.ASSOCIATE, 4, "Again"));
        assertThrows(BusinessRuleException.class, () -> p.giveFeedback(Side.HOST, 6, "Too high"));
    }

    @Test
    void aPlacementComesOnlyFromAnAcceptedOfferOnAnAgreedScope() {
        Need need = f.needInScoping();
        ScopingDocument scope = f.agreedScope(need);
        need.publish(scope.agreedVersion().orElseThrow(), Fixtures.TODAY);
        Application submitted = Application.apply(f.associate(), need, f.submission(), Fixtures.NOW, Fixtures.TODAY);
        var e = assertThrows(BusinessRuleException.class, () -> Placement.propose(submitted, scope.agreedVersion().orElseThrow(),
                new PlacementTerms(START, START.plusWeeks(12), BigDecimal.ONE, Set.of(DayOfWeek.TUESDAY), Funding.NO_CHARGE, "Sam"),
                Fixtures.NOW));
        assertEquals("A placement can only be made from an accepted offer.", e.getMessage());
    }

    @Test
    void cancellingIsOnlyBeforeTheStart() {
        Placement p = active();
        assertThrows(BusinessRuleException.class, () -> p.cancel("Changed plans"));
        Placement q = proposed();
        q.cancel("Host restructure");
        assertEquals(PlacementState.CANCELLED, q.getState());
    }

    @Test
    void termsProposedOnAcceptanceComeFromTheScopeAndLeaveTwoWeeksForSignOffsAndBriefings() {
        Need need = f.needInScoping();
        ScopingVersion scope = f.agreedScope(need).agreedVersion().orElseThrow();
        // Fixtures' need may start in four weeks; the scope puts the associate on site on Tuesdays, one day a week
        PlacementTerms terms = PlacementTerms.proposedFor(need, scope, Fixtures.TODAY);
        assertEquals(LocalDate.of(2026, 12, 22), terms.startDate(), "the first Tuesday on or after the earliest start, 21 December");
        assertEquals(terms.startDate().plusWeeks(12), terms.endDate());
        assertEquals(java.util.Set.of(java.time.DayOfWeek.TUESDAY), terms.weekdays());
        assertEquals(0, new java.math.BigDecimal("1").compareTo(terms.daysPerWeek()));
        assertEquals("Sam Sponsor", terms.hostContact());

        // Accepted later than the earliest start: two weeks' notice, then the next Tuesday
        PlacementTerms late = PlacementTerms.proposedFor(need, scope, LocalDate.of(2027, 1, 6));
        assertEquals(LocalDate.of(2027, 1, 26), late.startDate(), "two weeks from Wednesday 6 January is the 20th; next Tuesday the 26th");
    }

    /** The fixture scope with a second objective and deliverable added, as a change request would make it. */
    private ScopingContent widened(ScopingContent v1) {
        List<Objective> objectives = new java.util.ArrayList<>(v1.objectives());
        objectives.add(new Objective("Train the ED team in the new pathway", "Every ED shift lead trained"));
        List<Deliverable> deliverables = new java.util.ArrayList<>(v1.deliverables());
        deliverables.add(new Deliverable("Training pack", "Slides and a one-page guide", 11));
        return new ScopingContent(objectives, v1.inScope(), v1.outOfScope(), deliverables, v1.successMeasures(), v1.stakeholders(),
                v1.governance(), v1.risks(), v1.workingArrangements(), v1.confidentiality());
    }

    @Test
    void aScopeAgreedWhileThePlacementRunsBecomesItsScopeAndTheAssociateAcknowledgesIt() {
        Placement p = active();
        ScopingDocument doc = p.getScopingVersion().getDocument();
        assertFalse(p.isScopeAwaitingAcknowledgement(), "signing acknowledged version 1");
        ScopingVersion v2 = f.agreeChange(doc, "The board added training", widened(doc.latest().content()));
        var older = assertThrows(BusinessRuleException.class, () -> p.moveToScope(doc.versionNumber(1).orElseThrow()));
        assertTrue(older.getMessage().contains("agreed version"), older.getMessage());
        p.moveToScope(v2);
        assertEquals(2, p.getScopingVersion().getNumber());
        assertTrue(p.isScopeAwaitingAcknowledgement());
        p.acknowledgeScope();
        assertFalse(p.isScopeAwaitingAcknowledgement());
        assertEquals(2, p.getScopeAcknowledgedNumber());
        assertThrows(BusinessRuleException.class, p::acknowledgeScope, "nothing new to acknowledge");

        p.recordCheckIn(new CheckInReport(START.plusWeeks(2), BigDecimal.ONE,
                List.of(new DeliverableProgress("Training pack", DeliverableStatus.NOT_STARTED)), null, null), Side.ASSOCIATE, "Ash", Fixtures.NOW);
        var oldScope = assertThrows(BusinessRuleException.class, () -> p.complete(new CloseOut(new BigDecimal("5"), List.of(new ObjectiveResult(
                "Agree a new frailty pathway", ObjectiveOutcome.ACHIEVED, null)), List.of(), "Huddles", "Data", null), CLOSE_OUT_DAY, Fixtures.NOW));
        assertEquals("Give an outcome for each objective of the agreed scope, and only those.", oldScope.getMessage(),
                "close-out reports on version 2's objectives, the new one included");
        p.complete(new CloseOut(new BigDecimal("5"), List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.ACHIEVED, null),
                new ObjectiveResult("Train the ED team in the new pathway", ObjectiveOutcome.PARTLY_ACHIEVED, "Half the shifts")),
                List.of(new DeliverableProgress("Training pack", DeliverableStatus.DONE)), "Huddles", "Data", null), CLOSE_OUT_DAY, Fixtures.NOW);
        assertEquals("Completed: 1 of 2 objectives achieved, 1 partly", p.outcome());
    }

    @Test
    void aPlacementNotYetStartedWaitsForTheAssociatesAcknowledgementOfANewScope() {
        Placement p = agreed();
        p.recordBriefing("Dr Lee", Fixtures.TODAY, "Sam Sponsor", Fixtures.TODAY);
        p.bookFirstDayMeeting("Dr Lee", START.atTime(9, 0));
        ScopingDocument doc = p.getScopingVersion().getDocument();
        p.moveToScope(f.agreeChange(doc, "Sharper objective", widened(doc.latest().content())));
        assertEquals(List.of("The associate's acknowledgement of version 2 of the scope"), p.missingForActivation(START));
        p.acknowledgeScope();
        p.activate(START);
        assertEquals(PlacementState.ACTIVE, p.getState());
    }

    @Test
    void aBriefingIsEmailedToAStakeholderWithAnAddressAndCountsWhenTheyConfirmIt() {
        Placement p = agreed();
        BriefingInvitation invitation = p.inviteToBriefing("Dr Lee", "Sam Sponsor", Fixtures.NOW);
        assertEquals("dr.lee@host.example", invitation.getEmail());
        assertEquals(List.of("Briefing of Dr Lee (Clinical lead for frailty)", "First-day meetings booked"), p.missingForActivation(START),
                "sent is not yet briefed");
        assertTrue(p.invitationFor("Dr Lee").isPresent());
        assertEquals(invitation, p.inviteToBriefing("Dr Lee", "Sam Sponsor", Fixtures.NOW), "sending again refreshes the one invitation");
        Fixtures.withId(invitation, 900L);
        p.confirmBriefing(900L, Fixtures.TODAY, Fixtures.NOW);
        Briefing briefing = p.briefingOf("Dr Lee").orElseThrow();
        assertTrue(briefing.isConfirmedByStakeholder());
        assertEquals("Sam Sponsor", briefing.getBriefedBy());
        assertEquals(List.of("First-day meetings booked"), p.missingForActivation(START), "a confirmed briefing counts");
        var again = assertThrows(BusinessRuleException.class, () -> p.confirmBriefing(900L, Fixtures.TODAY, Fixtures.NOW));
        assertEquals("Your briefing has already been recorded. Thank you.", again.getMessage());
        var noEmail = assertThrows(BusinessRuleException.class, () -> p.inviteToBriefing("Pat Jones", "Sam", Fixtures.NOW));
        assertTrue(noEmail.getMessage().contains("not a stakeholder to brief"), noEmail.getMessage());
    }

    @Test
    void aBriefingRecordedByHandSaysWhoGaveItAndCannotBeForADayToCome() {
        Placement p = agreed();
        var future = assertThrows(BusinessRuleException.class,
                () -> p.recordBriefing("Dr Lee", Fixtures.TODAY.plusDays(1), "Sam Sponsor", Fixtures.TODAY));
        assertEquals("A briefing is recorded once it has happened: 24 November 2026 is still to come.", future.getMessage());
        assertThrows(BusinessRuleException.class, () -> p.recordBriefing("Dr Lee", Fixtures.TODAY, " ", Fixtures.TODAY));
        p.recordBriefing("Dr Lee", Fixtures.TODAY.minusDays(2), "Jo Deputy", Fixtures.TODAY);
        assertEquals("Jo Deputy", p.briefingOf("Dr Lee").orElseThrow().getBriefedBy());
        assertFalse(p.briefingOf("Dr Lee").orElseThrow().isConfirmedByStakeholder());
    }

    @Test
    void theMidPointReviewCountsOnceBothSidesHaveAgreedWhatWasWritten() {
        Placement p = active();
        assertThrows(BusinessRuleException.class, () -> p.agreeMidPointReview(Side.ASSOCIATE, "Ash"), "nothing recorded yet");
        p.recordMidPointReview(Side.HOST, "Sam Sponsor", "The map is done", "Bring the board date forward", Fixtures.NOW);
        assertFalse(p.isMidPointReviewAgreed());
        assertEquals("Sam Sponsor", p.getMidPointReview().agreedBy(Side.HOST));
        assertThrows(BusinessRuleException.class, () -> p.agreeMidPointReview(Side.HOST, "Sam Sponsor"), "the host agreed in writing it");
        p.agreeMidPointReview(Side.ASSOCIATE, "Ash Associate");
        assertTrue(p.isMidPointReviewAgreed());
        p.recordMidPointReview(Side.ASSOCIATE, "Ash Associate", "The map is done", "Move the board date; add a data sprint", Fixtures.NOW);
        assertFalse(p.isMidPointReviewAgreed(), "written again, the host must agree again");
        assertThrows(BusinessRuleException.class, () -> p.recordMidPointReview(Side.HOST, "Sam", " ", "x", Fixtures.NOW));
    }

    @Test
    void atRiskMeansWhatACoordinatorMeans() {
        Placement p = active(); // starts 5 January 2027, 12 weeks, 1 day a week
        LocalDate firstWeek = START.plusDays(6);
        assertEquals(List.of(), p.risks(firstWeek));
        assertEquals(List.of("Check-in overdue since 19 January 2027", "Days worked far behind: 0 of the 2 due by now"),
                p.risks(START.plusDays(15)));
        p.recordCheckIn(new CheckInReport(START.plusDays(14), new BigDecimal("2"),
                List.of(new DeliverableProgress("Future-state design", DeliverableStatus.AT_RISK)), null, null), Side.HOST, "Sam", Fixtures.NOW);
        assertEquals(List.of("A deliverable is at risk at the latest check-in"), p.risks(START.plusDays(15)));
        assertEquals(START.plusDays(28), p.getCheckInDueOn());
        assertEquals(START.plusDays(29), p.getBehindFrom(), "2 days worked are half of the 4 due after four weeks");
        p.recordCheckIn(new CheckInReport(START.plusDays(28), new BigDecimal("2"),
                List.of(new DeliverableProgress("Future-state design", DeliverableStatus.ON_TRACK)), null, null), Side.HOST, "Sam", Fixtures.NOW);
        LocalDate nearTheEnd = p.getEndDate().minusDays(10);
        assertTrue(p.risks(nearTheEnd).contains("Ends on 30 March 2027 with no close-out planned"), p.risks(nearTheEnd).toString());
        assertThrows(BusinessRuleException.class, () -> p.planCloseOut(nearTheEnd.minusDays(1), nearTheEnd), "not in the past");
        p.planCloseOut(p.getEndDate(), nearTheEnd);
        assertFalse(p.risks(nearTheEnd).stream().anyMatch(r -> r.contains("close-out")), p.risks(nearTheEnd).toString());

        Placement late = agreed();
        assertEquals(List.of("Not started, though it was due to start on 5 January 2027"), late.risks(START.plusDays(1)));
        assertEquals(List.of(), late.risks(START));
    }
}
