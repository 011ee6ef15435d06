package uk.interimexchange.domain.model.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

class NeedTest {

    private final Fixtures f = new Fixtures();

    @Test
    void aNewNeedIsADraftThatCanBeRevised() {
        Need need = f.draftNeed();
        assertEquals(NeedState.DRAFT, need.getState());
        need.revise(f.needDetails());
        assertEquals("Redesign the frailty pathway", need.getTitle());
    }

    @Test
    void theLegalPathRunsFromDraftToClosed() {
        Need need = f.needInScoping();
        assertEquals(NeedState.SCOPING, need.getState());
        need.publish(f.agreedScope(need).agreedVersion().orElseThrow(), Fixtures.TODAY);
        assertEquals(NeedState.OPEN, need.getState());
        assertTrue(need.isOpenForApplications(Fixtures.TODAY));
        need.startShortlisting();
        assertEquals(NeedState.SHORTLISTING, need.getState());
        need.fill(Fixtures.NOW);
        assertEquals(NeedState.FILLED, need.getState());
        assertEquals(Fixtures.NOW, need.getFilledAt());
        need.close();
        assertEquals(NeedState.CLOSED, need.getState());
    }

    @Test
    void publishingWithoutAgreedScopeIsRefused() {
        Need need = f.needInScoping();
        ScopingDocument unsigned = Fixtures.withId(new ScopingDocument(need), 1L);
        var e = assertThrows(BusinessRuleException.class, () -> need.publish(unsigned.agreedVersion().orElse(null), Fixtures.TODAY));
        assertTrue(e.getMessage().contains("until its scoping document is agreed"), e.getMessage());
        assertEquals(NeedState.SCOPING, need.getState());
    }

    @Test
    void publishingOnAnotherNeedsAgreedScopeIsRefused() {
        Need need = f.needInScoping();
        Need other = Fixtures.withId(f.needInScoping(), 999L);
        var e = assertThrows(BusinessRuleException.class,
                () -> need.publish(f.agreedScope(other).agreedVersion().orElseThrow(), Fixtures.TODAY));
        assertTrue(e.getMessage().contains("belongs to another need"), e.getMessage());
        assertEquals(NeedState.SCOPING, need.getState());
    }

    @Test
    void publishingAfterTheDeadlineIsRefused() {
        Need need = f.needInScoping();
        ScopingDocument scope = f.agreedScope(need);
        var e = assertThrows(BusinessRuleException.class, () -> need.publish(scope.agreedVersion().orElseThrow(), Fixtures.TODAY.plusMonths(2)));
        assertTrue(e.getMessage().contains("deadline has passed"), e.getMessage());
    }

    @Test
    void submittingWithoutAnEssentialSkillIsRefused() {
        NeedDetails d = f.needDetails();
        Need need = new Need(f.host, f.sponsor, new NeedDetails(d.title(), d.background(), d.problem(),
                List.of(d.requiredSkills().get(1)), d.minimumBand(), d.daysPerWeek(), d.expectedWeeks(), d.earliestStart(),
                d.latestStart(), d.site(), d.remotePossible(), d.funding(), d.urgency(), d.applicationDeadline(), null), Fixtures.NOW);
        var e = assertThrows(BusinessRuleException.class, () -> need.submit(Fixtures.NOW));
        assertEquals("Before the need can be submitted, add at least one essential skill.", e.getMessage());
        assertEquals(NeedState.DRAFT, need.getState());
    }

    @Test
    void aCoordinatorCanReturnASubmittedNeedToDraftWithAReason() {
        Need need = f.draftNeed();
        need.submit(Fixtures.NOW);
        assertThrows(BusinessRuleException.class, () -> need.returnToDraft(" "));
        need.returnToDraft("Please say which sites are involved");
        assertEquals(NeedState.DRAFT, need.getState());
        assertEquals("Please say which sites are involved", need.getStateReason());
    }

    @Test
    void cancellingNeedsAReasonAndIsRefusedOnceFilled() {
        Need open = f.openNeed();
        open.cancel("Funding withdrawn");
        assertEquals(NeedState.CANCELLED, open.getState());

        Need filled = f.openNeed();
        filled.startShortlisting();
        filled.fill(Fixtures.NOW);
        var e = assertThrows(BusinessRuleException.class, () -> filled.cancel("Too late"));
        assertEquals("A need that is filled cannot be cancelled.", e.getMessage());
    }

    @Test
    void illegalTransitionsAreRefusedWithAReadableMessage() {
        Need draft = f.draftNeed();
        var e = assertThrows(BusinessRuleException.class, draft::startScoping);
        assertEquals("Only a need that is submitted can be taken into scoping; this one is draft.", e.getMessage());
        assertThrows(BusinessRuleException.class, draft::startShortlisting);
        assertThrows(BusinessRuleException.class, () -> draft.fill(Fixtures.NOW));
        assertThrows(BusinessRuleException.class, draft::close);
        assertThrows(BusinessRuleException.class, () -> draft.returnToDraft("why"));
        Need open = f.openNeed();
        assertThrows(BusinessRuleException.class, () -> open.revise(f.needDetails()));
        assertThrows(BusinessRuleException.class, () -> open.submit(Fixtures.NOW));
    }

    @Test
    void badDetailsAreRefusedAndChangeNothing() {
        Need need = f.draftNeed();
        NeedDetails d = f.needDetails();
        NeedDetails sixDays = new NeedDetails("Other title", d.background(), d.problem(), d.requiredSkills(), d.minimumBand(),
                new BigDecimal("6"), d.expectedWeeks(), d.earliestStart(), d.latestStart(), d.site(), d.remotePossible(),
                d.funding(), d.urgency(), d.applicationDeadline(), null);
        var e = assertThrows(BusinessRuleException.class, () -> need.revise(sixDays));
        assertEquals("The days a week must be between 0.5 and 5 days a week.", e.getMessage());
        assertEquals("Redesign the frailty pathway", need.getTitle());
        NeedDetails backwards = new NeedDetails("T", null, "P", d.requiredSkills(), d.minimumBand(), d.daysPerWeek(), 4,
                d.latestStart(), d.earliestStart(), null, true, d.funding(), d.urgency(), d.earliestStart(), null);
        assertThrows(BusinessRuleException.class, () -> need.revise(backwards));
    }

    @Test
    void theSponsorMustBeAHostContactOfTheOrganisation() {
        var e = assertThrows(BusinessRuleException.class, () -> new Need(f.host, f.coordinator, f.needDetails(), Fixtures.NOW));
        assertTrue(e.getMessage().startsWith("The sponsor must be a host contact of"));
        assertFalse(f.draftNeed().isRecruiting());
    }

    @Test
    void revisingANeedWithItsOwnRequiredSkillsKeepsThem() {
        Need need = f.draftNeed();
        need.revise(new NeedDetails("A clearer title", need.getBackground(), need.getProblem(), need.getRequiredSkills(),
                need.getMinimumBand(), need.getDaysPerWeek(), need.getExpectedWeeks(), need.getEarliestStart(), need.getLatestStart(),
                need.getSite(), need.isRemotePossible(), need.getFunding(), need.getUrgency(), need.getApplicationDeadline(),
                need.getHostNotes()));
        assertEquals("A clearer title", need.getTitle());
        assertEquals(2, need.getRequiredSkills().size(), "the essential and the desirable skill are both still asked for");
    }

    @Test
    void aDraftCanBeSavedPartWrittenButIsSubmittedOnlyWhenComplete() {
        Need need = new Need(f.host, f.sponsor, titleAndProblemOnly(), Fixtures.NOW);
        assertEquals(NeedState.DRAFT, need.getState());
        assertEquals(List.of("at least one essential skill", "the minimum band", "the days a week", "the expected number of weeks",
                "the earliest start date", "the latest start date", "the application deadline",
                "where the work is done, or that it can be remote", "the funding", "the urgency"), need.missingForSubmission());
        assertEquals(null, need.latestEnd(), "no end can be worked out before the dates are known");

        var e = assertThrows(BusinessRuleException.class, () -> need.submit(Fixtures.NOW));
        assertTrue(e.getMessage().startsWith("Before the need can be submitted, add at least one essential skill, the minimum band,"),
                e.getMessage());
        assertEquals(NeedState.DRAFT, need.getState());

        need.revise(f.needDetails());
        assertEquals(List.of(), need.missingForSubmission());
        need.submit(Fixtures.NOW);
        assertEquals(NeedState.SUBMITTED, need.getState());
    }

    @Test
    void aPartWrittenDraftStillRefusesValuesThatDisagree() {
        NeedDetails d = f.needDetails();
        var e = assertThrows(BusinessRuleException.class, () -> new Need(f.host, f.sponsor, new NeedDetails(d.title(), null,
                d.problem(), List.of(), null, null, null, d.earliestStart(), d.earliestStart().minusDays(1), null, false, null, null,
                null, null), Fixtures.NOW));
        assertEquals("The latest start date must be on or after the earliest start date.", e.getMessage());
        assertThrows(BusinessRuleException.class, () -> new Need(f.host, f.sponsor, new NeedDetails(d.title(), null, d.problem(),
                List.of(), null, null, 0, null, null, null, false, null, null, null, null), Fixtures.NOW));
        assertThrows(BusinessRuleException.class, () -> new Need(f.host, f.sponsor, new NeedDetails(" ", null, d.problem(),
                List.of(), null, null, null, null, null, null, false, null, null, null, null), Fixtures.NOW));
    }

    @Test
    void aNeedBeingScopedCannotLoseWhatItWasSubmittedWith() {
        Need need = f.draftNeed();
        need.submit(Fixtures.NOW);
        need.startScoping();
        NeedDetails cut = titleAndProblemOnly();
        NeedDetails retitled = new NeedDetails("A new title", cut.background(), cut.problem(), cut.requiredSkills(), null, null,
                null, null, null, null, false, null, null, null, null);
        var e = assertThrows(BusinessRuleException.class, () -> need.revise(retitled));
        assertTrue(e.getMessage().startsWith("Before the need can be saved, add"), e.getMessage());
        assertEquals("Redesign the frailty pathway", need.getTitle(), "the refused change changed nothing");
        assertEquals(List.of(), need.missingForSubmission());
    }

    private NeedDetails titleAndProblemOnly() {
        return new NeedDetails("Redesign the frailty pathway", null, "Too many frail patients wait in ED", List.of(), null, null,
                null, null, null, null, false, null, null, null, null);
    }

    @Test
    void aFilledNeedWhosePlacementFellThroughReopensWithAReasonAndIsNoLongerFilled() {
        Need need = f.openNeed();
        need.startShortlisting();
        need.fill(Fixtures.NOW);
        assertThrows(BusinessRuleException.class, () -> need.reopen(NeedState.OPEN, " ", Fixtures.TODAY.plusWeeks(2), Fixtures.TODAY),
                "the reason is required");
        var pastDeadline = assertThrows(BusinessRuleException.class,
                () -> need.reopen(NeedState.OPEN, "Release declined", Fixtures.TODAY.minusDays(1), Fixtures.TODAY));
        assertEquals("The new application deadline must be today or later.", pastDeadline.getMessage());
        assertThrows(BusinessRuleException.class, () -> need.reopen(NeedState.SCOPING, "Why", null, Fixtures.TODAY));
        need.reopen(NeedState.OPEN, "The line manager could not release the associate", Fixtures.TODAY.plusWeeks(2), Fixtures.TODAY);
        assertEquals(NeedState.OPEN, need.getState());
        assertEquals(Fixtures.TODAY.plusWeeks(2), need.getApplicationDeadline());
        assertEquals(null, need.getFilledAt(), "it no longer counts as filled");
        assertEquals("The line manager could not release the associate", need.getStateReason());
        assertThrows(BusinessRuleException.class, () -> need.reopen(NeedState.OPEN, "Again", Fixtures.TODAY, Fixtures.TODAY),
                "only a filled need reopens");
    }

    @Test
    void aNeedReopenedForShortlistingKeepsItsDeadline() {
        Need need = f.openNeed();
        need.startShortlisting();
        need.fill(Fixtures.NOW);
        need.reopen(NeedState.SHORTLISTING, "Placement cancelled", null, Fixtures.TODAY);
        assertEquals(NeedState.SHORTLISTING, need.getState());
        assertTrue(need.isRecruiting());
    }

    @Test
    void theSponsorIsHandedOnlyToAHostContactOfTheSameOrganisation() {
        Need need = f.openNeed();
        var outsider = Fixtures.withId(new uk.interimexchange.domain.model.account.UserAccount("x@other.example", "Olu Other",
                java.util.Set.of(uk.interimexchange.domain.model.account.Role.HOST), f.employer, Fixtures.NOW), 150L);
        assertThrows(BusinessRuleException.class, () -> need.assignSponsor(outsider));
        var colleague = Fixtures.withId(new uk.interimexchange.domain.model.account.UserAccount("jo@host.example", "Jo Deputy",
                java.util.Set.of(uk.interimexchange.domain.model.account.Role.HOST), f.host, Fixtures.NOW), 151L);
        need.assignSponsor(colleague);
        assertEquals("Jo Deputy", need.getSponsor().getFullName());
    }
}
