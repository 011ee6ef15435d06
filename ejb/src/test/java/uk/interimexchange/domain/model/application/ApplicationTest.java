package uk.interimexchange.domain.model.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

class ApplicationTest {

    private final Fixtures f = new Fixtures();
    private final LocalDateTime nextWeek = LocalDateTime.of(2026, 12, 1, 10, 0);

    @Test
    void theLegalPathRunsFromSubmittedToAccepted() {
        Application app = Application.apply(f.associate(), f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY);
        assertEquals(ApplicationState.SUBMITTED, app.getState());
        app.shortlist();
        assertEquals(ApplicationState.SHORTLISTED, app.getState());
        app.scheduleInterview(nextWeek, InterviewFormat.VIDEO, Fixtures.NOW);
        assertEquals(ApplicationState.INTERVIEW, app.getState());
        assertEquals(nextWeek, app.getInterviewAt());
        app.offer();
        assertEquals(ApplicationState.OFFERED, app.getState());
        app.accept(Fixtures.NOW);
        assertEquals(ApplicationState.ACCEPTED, app.getState());
    }

    @Test
    void anInvitedAssociateSubmitsLater() {
        Application app = Application.invite(f.associate(), f.openNeed(), Fixtures.NOW);
        assertEquals(ApplicationState.INVITED, app.getState());
        app.submit(f.submission(), Fixtures.NOW, Fixtures.TODAY);
        assertEquals(ApplicationState.SUBMITTED, app.getState());
    }

    @Test
    void applyingToANeedThatIsNotOpenIsRefused() {
        Need scoping = f.needInScoping();
        var e = assertThrows(BusinessRuleException.class,
                () -> Application.apply(f.associate(), scoping, f.submission(), Fixtures.NOW, Fixtures.TODAY));
        assertEquals("This need is not open for applications.", e.getMessage());
        var late = assertThrows(BusinessRuleException.class,
                () -> Application.apply(f.associate(), f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY.plusMonths(3)));
        assertTrue(late.getMessage().contains("deadline has passed"));
    }

    @Test
    void aSubmissionNeedsAStatementConfirmedAvailabilityAndADeclaration() {
        Need open = f.openNeed();
        assertThrows(BusinessRuleException.class,
                () -> Application.apply(f.associate(), open, new Submission(" ", true, "None"), Fixtures.NOW, Fixtures.TODAY));
        var e = assertThrows(BusinessRuleException.class,
                () -> Application.apply(f.associate(), open, new Submission("Statement", false, "None"), Fixtures.NOW, Fixtures.TODAY));
        assertEquals("Confirm that you can give the time the need asks for.", e.getMessage());
        assertThrows(BusinessRuleException.class,
                () -> Application.apply(f.associate(), open, new Submission("Statement", true, null), Fixtures.NOW, Fixtures.TODAY));
    }

    @Test
    void someoneEmployedByTheHostCannotApply() {
        Associate insider = f.associate();
        ProfileDetails p = new ProfileDetails(null, "Manager", f.host, insider.getBand(), insider.getLineManager(), null,
                insider.getSkills(), insider.getAvailability(), insider.getRegions(), true, null);
        insider.revise(p, false, Fixtures.NOW);
        var e = assertThrows(BusinessRuleException.class,
                () -> Application.apply(insider, f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY));
        assertTrue(e.getMessage().contains("conflict of interest"), e.getMessage());
    }

    @Test
    void aPausedAssociateCannotApply() {
        Associate paused = f.associate();
        paused.pause();
        assertThrows(BusinessRuleException.class,
                () -> Application.apply(paused, f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY));
    }

    @Test
    void illegalTransitionsAreRefused() {
        Application app = Application.apply(f.associate(), f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY);
        var e = assertThrows(BusinessRuleException.class, app::offer);
        assertEquals("Only an application that is interview arranged can be offered the assignment; this one is submitted.", e.getMessage());
        assertThrows(BusinessRuleException.class, () -> app.accept(Fixtures.NOW));
        assertThrows(BusinessRuleException.class, () -> app.decline(null, Fixtures.NOW));
        assertThrows(BusinessRuleException.class, () -> app.scheduleInterview(nextWeek, InterviewFormat.VIDEO, Fixtures.NOW));
        assertThrows(BusinessRuleException.class, () -> app.submit(f.submission(), Fixtures.NOW, Fixtures.TODAY));
    }

    @Test
    void anInterviewMustBeInTheFuture() {
        Application app = Application.apply(f.associate(), f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY);
        app.shortlist();
        assertThrows(BusinessRuleException.class,
                () -> app.scheduleInterview(LocalDateTime.of(2026, 11, 1, 10, 0), InterviewFormat.IN_PERSON, Fixtures.NOW));
    }

    @Test
    void unsuccessfulNeedsFeedbackAndIsPossibleAnyTimeBeforeAcceptance() {
        Application app = Application.apply(f.associate(), f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY);
        app.shortlist();
        assertThrows(BusinessRuleException.class, () -> app.markUnsuccessful("", Fixtures.NOW));
        app.markUnsuccessful("Another applicant had more pathway experience", Fixtures.NOW);
        assertEquals(ApplicationState.UNSUCCESSFUL, app.getState());
        assertEquals("Another applicant had more pathway experience", app.getFeedback());
        assertThrows(BusinessRuleException.class, () -> app.withdraw(null, Fixtures.NOW));
    }

    @Test
    void anAcceptedApplicationCannotBeWithdrawnOrMarkedUnsuccessful() {
        Application app = f.acceptedApplication(f.openNeed());
        assertThrows(BusinessRuleException.class, () -> app.withdraw("Changed my mind", Fixtures.NOW));
        assertThrows(BusinessRuleException.class, () -> app.markUnsuccessful("No", Fixtures.NOW));
    }

    @Test
    void anOfferCanBeDeclinedAndAnApplicationWithdrawn() {
        Application offered = Application.apply(f.associate(), f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY);
        offered.shortlist();
        offered.scheduleInterview(nextWeek, InterviewFormat.TELEPHONE, Fixtures.NOW);
        offered.offer();
        offered.decline("Home pressures", Fixtures.NOW);
        assertEquals(ApplicationState.DECLINED, offered.getState());

        Application other = Application.apply(f.associate(), f.openNeed(), f.submission(), Fixtures.NOW, Fixtures.TODAY);
        other.withdraw(null, Fixtures.NOW);
        assertEquals(ApplicationState.WITHDRAWN, other.getState());
    }

    @Test
    void anApplicantTurnedAwayBecauseAnotherAcceptedCanBeBroughtBackOnceTheNeedRecruitsAgain() {
        Need need = f.openNeed();
        Application other = Application.apply(f.associate(), need, f.submission(), Fixtures.NOW, Fixtures.TODAY);
        other.turnAwayAsFilled(Fixtures.NOW);
        assertEquals(ApplicationState.UNSUCCESSFUL, other.getState());
        assertTrue(other.getFeedback().startsWith("Thank you for applying for \"Redesign the frailty pathway\""), other.getFeedback());
        assertTrue(other.isRestorable());
        Application markedByCoordinator = Application.apply(otherAssociate(), need, f.submission(), Fixtures.NOW, Fixtures.TODAY);
        markedByCoordinator.markUnsuccessful("Not enough experience of frailty", Fixtures.NOW);
        need.startShortlisting();
        need.fill(Fixtures.NOW);
        var notRecruiting = assertThrows(BusinessRuleException.class, other::restoreToShortlist);
        assertEquals("The need is filled, so its applications cannot move on.", notRecruiting.getMessage());
        need.reopen(uk.interimexchange.domain.model.need.NeedState.SHORTLISTING, "Fell through", null, Fixtures.TODAY);
        other.restoreToShortlist();
        assertEquals(ApplicationState.SHORTLISTED, other.getState());
        assertEquals(null, other.getFeedback());
        assertThrows(BusinessRuleException.class, other::restoreToShortlist, "only once");
        var notTurnedAway = assertThrows(BusinessRuleException.class, markedByCoordinator::restoreToShortlist);
        assertEquals("Only an applicant turned away because someone else accepted the assignment can be brought back.",
                notTurnedAway.getMessage());
    }

    @Test
    void anAssociateWhoHasNotConsentedToMatchingCannotBePutForward() {
        Associate legacy = f.associate();
        Fixtures.set(legacy, "consentGivenAt", null);
        var e = assertThrows(BusinessRuleException.class, () -> Application.invite(legacy, f.openNeed(), Fixtures.NOW));
        assertEquals("Ash Associate has not agreed to their details being used for matching, so they cannot be put forward for an"
                + " assignment.", e.getMessage());
    }

    private Associate otherAssociate() {
        Associate a = f.associate();
        Fixtures.withId(a, 401L);
        return a;
    }
}
