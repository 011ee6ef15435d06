package uk.interimexchange.domain.model.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.placement.Placement;
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
        assertEquals("An acute trust", draft(true).getSourceShown());
    }

    @Test
    void anAnonymisedLessonFromAPlacementIsPublishedWithoutTheHostOrAnyonesName() {
        Placement placement = f.activePlacement(LocalDate.of(2027, 1, 5));
        Lesson lesson = new Lesson(f.associateAccount, placement, new LessonText("Sam Sponsor's board paused us",
                "Guy's and St Thomas' NHS Foundation Trust, frailty", "Sam told Ash on day one; guy's and st thomas' nhs foundation trust agreed. The sponsor was sam sponsor.",
                "Ask Sam Sponsor early; Samuel is a different person", LessonKind.FAILURE, Set.of(), null, null, true), Fixtures.NOW);
        assertEquals(OrganisationType.ACUTE, lesson.getOrganisationType(), "tagged with the host's type unless chosen");
        assertEquals(Region.LONDON, lesson.getRegion());
        lesson.submitForModeration();
        lesson.publish(Fixtures.NOW);
        PublishedLesson shown = lesson.shown();
        assertEquals("[name removed]'s board paused us", shown.title());
        assertEquals("the host organisation, frailty", shown.context());
        assertEquals("[name removed] told [name removed] on day one; the host organisation agreed. The sponsor was [name removed].",
                shown.whatHappened(), "a whole name in any case, a part of one only as a name");
        assertEquals("Ask [name removed] early; Samuel is a different person", shown.lesson(), "whole words only");
        assertEquals("Name withheld", shown.author());
        assertEquals("An acute trust", shown.source());
        assertEquals("Sam Sponsor's board paused us", lesson.getTitle(), "what was written is kept for the author and moderators");
    }

    @Test
    void aLessonWithTheAuthorsConsentNamesTheHost() {
        Placement placement = f.activePlacement(LocalDate.of(2027, 1, 5));
        Lesson lesson = new Lesson(f.associateAccount, placement, new LessonText("Book day one", null, "Sam booked it",
                "Book it early", LessonKind.SUCCESS, Set.of(), null, null, false), Fixtures.NOW);
        assertEquals("Guy's and St Thomas' NHS Foundation Trust", lesson.shown().source());
        assertEquals("Sam booked it", lesson.shown().whatHappened());
        assertEquals("Ash Associate", lesson.shown().author());
    }

    @Test
    void aLessonComesFromAPlacementOnlyOnceItHasStarted() {
        Placement proposed = f.proposedPlacement(LocalDate.of(2027, 1, 5));
        var refused = assertThrows(BusinessRuleException.class, () -> new Lesson(f.associateAccount, proposed,
                new LessonText("Too soon", null, "x", "y", LessonKind.SUCCESS, Set.of(), null, null, false), Fixtures.NOW));
        assertEquals("A lesson comes from a placement once it has started: as an interim note while it runs, or at close-out.",
                refused.getMessage());
    }

    @Test
    void returningForEditNeedsAComment() {
        Lesson lesson = draft(false);
        lesson.submitForModeration();
        assertThrows(BusinessRuleException.class, () -> lesson.returnForEdit(null));
    }
}
