package uk.interimexchange.domain.model.associate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.skill.SkillLevel;

class AssociateTest {

    private final Fixtures f = new Fixtures();

    private ProfileDetails details() {
        return new ProfileDetails(null, "Head of operations", f.employer, Band.BAND_8B, new LineManager("Lin Manager", "lin@nhs.example"),
                null, List.of(new HeldSkill(f.redesign, SkillLevel.EXPERT)),
                List.of(new AvailabilityWindow(Fixtures.TODAY, Fixtures.TODAY.plusMonths(6), new BigDecimal("1"))),
                Set.of(Region.LONDON), true, Set.of(DayOfWeek.TUESDAY));
    }

    @Test
    void completingAProfileNeedsConsentToMatchingWhichIsRecordedWithItsTime() {
        Associate draft = Associate.draft(f.associateAccount);
        var refused = assertThrows(BusinessRuleException.class, () -> draft.revise(details(), false, Fixtures.NOW));
        assertEquals("To join the talent pool, agree that the programme may use your details to match you to assignments.",
                refused.getMessage());
        assertEquals(AssociateStatus.DRAFT, draft.getStatus(), "refused, it stays a draft");
        assertFalse(draft.hasConsented());
        draft.revise(details(), true, Fixtures.NOW);
        assertEquals(AssociateStatus.ACTIVE, draft.getStatus());
        assertEquals(Fixtures.NOW, draft.getConsentGivenAt());
        draft.revise(details(), false, Fixtures.NOW.plusSeconds(60));
        assertEquals(Fixtures.NOW, draft.getConsentGivenAt(), "a later save keeps the consent and its time");
    }

    @Test
    void anAssociatePausesResumesAndWithdrawsFromThePool() {
        Associate a = f.associate();
        a.pause();
        assertFalse(a.isAvailableToApply());
        assertThrows(BusinessRuleException.class, a::pause);
        a.resume();
        assertTrue(a.isAvailableToApply());
        a.withdraw();
        assertEquals(AssociateStatus.WITHDRAWN, a.getStatus());
        assertThrows(BusinessRuleException.class, () -> a.revise(details(), true, Fixtures.NOW), "a withdrawn profile is kept as it was");
    }
}
