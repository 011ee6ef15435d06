package uk.interimexchange.domain.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.Side;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

class ReminderRulesTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final LocalDate START = LocalDate.of(2027, 1, 5);
    private final Fixtures f = new Fixtures();

    private static List<ReminderKind> kinds(List<DueReminder> due) {
        return due.stream().map(DueReminder::kind).toList();
    }

    @Test
    void signOffsAreChasedThreeWorkingDaysAfterTheProposalAndOnlyFromWhoeverIsMissing() {
        Placement p = f.proposedPlacement(START); // proposed on Monday 23 November 2026
        p.signOff(PlacementParty.ASSOCIATE, "Ash Associate", null, Fixtures.NOW);
        assertEquals(List.of(), ReminderRules.forPlacement(p, LocalDate.of(2026, 11, 25), UK, ReminderRules.SIGN_OFF_WORKING_DAYS), "two working days is not yet");
        List<DueReminder> due = ReminderRules.forPlacement(p, LocalDate.of(2026, 11, 30), UK, ReminderRules.SIGN_OFF_WORKING_DAYS);
        assertEquals(1, due.size());
        DueReminder reminder = due.get(0);
        assertEquals(ReminderKind.PLACEMENT_SIGN_OFF, reminder.kind());
        assertEquals(LocalDate.of(2026, 11, 26), reminder.dueOn(), "the same due date whenever the round runs, so it goes once");
        assertEquals(List.of("the host sponsor", "the line manager (release)", "the coordinator"), reminder.waitingFor());
        assertEquals(Set.of(Audience.HOST_SPONSOR, Audience.ASSOCIATE, Audience.COORDINATORS), reminder.to(),
                "the associate chases their own line manager; coordinators hear of a missing release");
    }

    @Test
    void aProgrammeOfficeMayChaseSignOffsSoonerOrLaterButNotNeverOrInThePast() {
        Placement p = f.proposedPlacement(START); // proposed on Monday 23 November 2026
        LocalDate proposed = LocalDate.of(2026, 11, 23);
        assertEquals(proposed, ReminderRules.forPlacement(p, proposed, UK, 0).get(0).dueOn(), "0: chased in the first round");
        assertEquals(List.of(), ReminderRules.forPlacement(p, LocalDate.of(2026, 11, 27), UK, 5), "five working days is the Monday");
        assertEquals(LocalDate.of(2026, 11, 30), ReminderRules.forPlacement(p, LocalDate.of(2026, 11, 30), UK, 5).get(0).dueOn());
        BusinessRuleException refused = assertThrows(BusinessRuleException.class, () -> ReminderRules.forPlacement(p, proposed, UK, -1));
        assertEquals("Sign-offs are chased after 0 to 20 working days, not -1.", refused.getMessage());
        assertThrows(BusinessRuleException.class, () -> ReminderRules.forPlacement(p, proposed, UK, 21));
    }

    @Test
    void anActivePlacementHasCheckInsMidPointEndingAndCloseOutDueInTurn() {
        Placement p = f.activePlacement(START); // 12 weeks from Tuesday 5 January 2027
        assertEquals(List.of(), ReminderRules.forPlacement(p, START.plusDays(13), UK, ReminderRules.SIGN_OFF_WORKING_DAYS));
        assertEquals(List.of(ReminderKind.CHECK_IN_DUE), kinds(ReminderRules.forPlacement(p, START.plusDays(14), UK, ReminderRules.SIGN_OFF_WORKING_DAYS)));
        p.recordCheckIn(new CheckInReport(START.plusDays(15), BigDecimal.ONE, List.of(), null, null), Side.ASSOCIATE, "Ash", Fixtures.NOW);
        assertEquals(List.of(), ReminderRules.forPlacement(p, START.plusDays(20), UK, ReminderRules.SIGN_OFF_WORKING_DAYS), "a check-in moves the next one on");
        assertEquals(START.plusDays(29), ReminderRules.forPlacement(p, START.plusDays(29), UK, ReminderRules.SIGN_OFF_WORKING_DAYS).get(0).dueOn());

        LocalDate mid = p.getMidPointReviewOn();
        assertEquals(START.plusDays(42), mid);
        assertTrue(kinds(ReminderRules.forPlacement(p, mid, UK, ReminderRules.SIGN_OFF_WORKING_DAYS)).contains(ReminderKind.MID_POINT_REVIEW));
        assertEquals(List.of(ReminderKind.CHECK_IN_DUE, ReminderKind.MID_POINT_REVIEW, ReminderKind.ENDING_SOON),
                kinds(ReminderRules.forPlacement(p, p.getEndDate().minusDays(14), UK, ReminderRules.SIGN_OFF_WORKING_DAYS)));
        DueReminder ending = ReminderRules.forPlacement(p, p.getEndDate(), UK, ReminderRules.SIGN_OFF_WORKING_DAYS).get(2);
        assertEquals(p.getEndDate().minusDays(14), ending.dueOn());
        assertEquals(List.of(ReminderKind.CLOSE_OUT_DUE), kinds(ReminderRules.forPlacement(p, p.getEndDate().plusDays(1), UK, ReminderRules.SIGN_OFF_WORKING_DAYS)),
                "after the end only the close-out is chased");
    }

    @Test
    void anExtensionMovesTheEndingAndCloseOutReminders() {
        Placement p = f.activePlacement(START);
        LocalDate before = ReminderRules.forPlacement(p, p.getEndDate(), UK, ReminderRules.SIGN_OFF_WORKING_DAYS).get(2).dueOn();
        LocalDate later = p.getEndDate().plusWeeks(4);
        p.agreeExtension(PlacementParty.HOST_SPONSOR, later);
        p.agreeExtension(PlacementParty.COORDINATOR, later);
        p.approveExtension(); // the line manager releases the associate for the longer time
        assertEquals(later, p.getEndDate());
        DueReminder after = ReminderRules.forPlacement(p, later, UK, ReminderRules.SIGN_OFF_WORKING_DAYS).stream().filter(d -> d.kind() == ReminderKind.ENDING_SOON)
                .findFirst().orElseThrow();
        assertEquals(later.minusDays(14), after.dueOn(), "a new due date, so the new ending is reminded of too");
        assertTrue(after.dueOn().isAfter(before));
    }

    @Test
    void anIssuedScopeIsChasedFromWhoeverHasNotSigned() {
        ScopingDocument doc = new ScopingDocument(f.needInScoping());
        doc.reviseDraft(f.completeScope());
        var version = Fixtures.withId(doc.issueForSignOff(Fixtures.NOW), 700L);
        doc.signOff(SignOffParty.HOST_SPONSOR, f.sponsor, Fixtures.NOW);
        assertTrue(ReminderRules.forScope(version, LocalDate.of(2026, 11, 25), UK, ReminderRules.SIGN_OFF_WORKING_DAYS).isEmpty());
        DueReminder due = ReminderRules.forScope(version, LocalDate.of(2026, 11, 26), UK, ReminderRules.SIGN_OFF_WORKING_DAYS).orElseThrow();
        assertEquals(ReminderKind.SCOPE_SIGN_OFF, due.kind());
        assertEquals(700L, due.subjectId());
        assertEquals(Set.of(Audience.COORDINATORS), due.to());
        assertEquals(List.of("a coordinator"), due.waitingFor());
        doc.signOff(SignOffParty.COORDINATOR, f.coordinator, Fixtures.NOW);
        assertTrue(ReminderRules.forScope(version, LocalDate.of(2026, 11, 30), UK, ReminderRules.SIGN_OFF_WORKING_DAYS).isEmpty(), "agreed: nothing to chase");
    }
}
