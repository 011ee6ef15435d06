package uk.interimexchange.domain.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

class LessonTest {

    private final Fixtures f = new Fixtures();

    private Lesson draft(boolean anonymised) {
        return new Lesson(f.associateAccount, null, new LessonText("Book clinicians' time early", "Frailty pathway",
                "Clinicians could not meet for weeks", "Book clinical time before day one", LessonKind.FAILURE,
                Set.of("Pathway redesign"), OrganisationType.ACUTE, Region.LONDON, anonymised), Fixtures.NOW);
    }

    @Test
    void aLessonIsPublishedOnlyAfterModeration() {
        Lesson lesson = draft(false);
        assertThrows(BusinessRuleException.class, () -> lesson.publish(Fixtures.NOW));
        lesson.submitForModeration();
        lesson.returnForEdit("Say what you would do differently");
        assertEquals(LessonState.RETURNED, lesson.getState());
        lesson.submitForModeration();
        lesson.publish(Fixtures.NOW);
        assertEquals(LessonState.PUBLISHED, lesson.getState());
        assertThrows(BusinessRuleException.class, () -> lesson.revise(new LessonText("x", null, "y", "z", LessonKind.SUCCESS,
                Set.of(), null, null, false)));
    }

    @Test
    void anAnonymisedLessonDoesNotNameTheHost() {
        assertEquals("A acute organisation", draft(true).getSourceShown());
    }

    @Test
    void returningForEditNeedsAComment() {
        Lesson lesson = draft(false);
        lesson.submitForModeration();
        assertThrows(BusinessRuleException.class, () -> lesson.returnForEdit(null));
    }
}
