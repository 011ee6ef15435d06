package uk.interimexchange.domain.model.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Funding;

class PlacementTest {

    private static final LocalDate START = LocalDate.of(2027, 1, 5);
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
        var e = assertThrows(BusinessRuleException.class, p::activate);
        assertEquals("The placement cannot start yet. Still needed: Briefing of Dr Lee (Clinical lead for frailty); "
                + "First-day meetings booked.", e.getMessage());
        assertEquals(PlacementState.AGREED, p.getState());
        p.recordBriefing("Dr Lee", Fixtures.TODAY, "Sam Sponsor");
        assertEquals(List.of("First-day meetings booked"), p.missingForActivation());
        p.bookFirstDayMeeting("Dr Lee", START.atTime(9, 0));
        p.activate();
        assertEquals(PlacementState.ACTIVE, p.getState());
        assertEquals(START.plusDays(42), p.getMidPointReviewOn());
    }

    @Test
    void activationBeforeAllSignOffsIsRefused() {
        Placement p = proposed();
        p.recordBriefing("Dr Lee", Fixtures.TODAY, "Sam Sponsor");
        p.bookFirstDayMeeting("Dr Lee", START.atTime(9, 0));
        var e = assertThrows(BusinessRuleException.class, p::activate);
        assertTrue(e.getMessage().contains("Sign-off by the line manager (release)"), e.getMessage());
    }

    @Test
    void briefingsAreForStakeholdersInTheAgreedScope() {
        Placement p = agreed();
        assertThrows(BusinessRuleException.class, () -> p.recordBriefing("Someone Else", Fixtures.TODAY, "Sam"));
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
    void anExtensionNeedsBothHostAndCoordinatorForTheSameDate() {
        Placement p = active();
        LocalDate originalEnd = p.getEndDate();
        p.agreeExtension(PlacementParty.HOST_SPONSOR, originalEnd.plusWeeks(4));
        assertEquals(originalEnd, p.getEndDate());
        p.agreeExtension(PlacementParty.COORDINATOR, originalEnd.plusWeeks(6));
        assertEquals(originalEnd, p.getEndDate(), "a different date restarts the agreement");
        p.agreeExtension(PlacementParty.HOST_SPONSOR, originalEnd.plusWeeks(6));
        assertEquals(originalEnd.plusWeeks(6), p.getEndDate());
        assertThrows(BusinessRuleException.class, () -> p.agreeExtension(PlacementParty.ASSOCIATE, originalEnd.plusWeeks(8)));
        assertThrows(BusinessRuleException.class, () -> p.agreeExtension(PlacementParty.COORDINATOR, originalEnd));
    }

    @Test
    void endingEarlyNeedsAReason() {
        Placement p = active();
        assertThrows(BusinessRuleException.class, () -> p.endEarly(" ", Fixtures.NOW));
        p.endEarly("Associate's home trust recalled them", Fixtures.NOW);
        assertEquals(PlacementState.ENDED_EARLY, p.getState());
        p.giveFeedback(Side.HOST, 4, "Helpful while it lasted");
        assertEquals(4, p.getHostRating());
    }

    @Test
    void closeOutNeedsAnOutcomeForEveryObjective() {
        Placement p = active();
        CloseOut missing = new CloseOut(List.of(), List.of(), "Weekly huddles", "Data access was slow", null);
        var e = assertThrows(BusinessRuleException.class, () -> p.complete(missing, Fixtures.NOW));
        assertEquals("Give an outcome for each objective of the agreed scope, and only those.", e.getMessage());
        p.complete(new CloseOut(List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.PARTLY_ACHIEVED,
                "Board approved phase 1")), List.of(new DeliverableProgress("Current-state map", DeliverableStatus.DONE)),
                "Weekly huddles", "Data access was slow", "Secure data access before day one"), Fixtures.NOW);
        assertEquals(PlacementState.COMPLETED, p.getState());
        p.giveFeedback(Side.ASSOCIATE, 5, "Great host");
        assertThrows(BusinessRuleException.class, () -> p.giveFeedback(Side.ASSOCIATE, 4, "Again"));
        assertThrows(BusinessRuleException.class, () -> p.giveFeedback(Side.HOST, 6, "Too high"));
    }

    @Test
    void aPlacementComesOnlyFromAnAcceptedOfferOnAnAgreedScope() {
        Need need = f.needInScoping();
        ScopingDocument scope = f.agreedScope(need);
        need.publish(scope, Fixtures.TODAY);
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
}
