package uk.interimexchange.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.DeliverableProgress;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.Side;

class AssignmentSummaryPdfTest {

    @Test
    void aClosedPlacementReadsBackWithItsTermsOutcomesReflectionFeedbackAndSignOffs() throws Exception {
        Fixtures f = new Fixtures();
        Placement p = f.activePlacement(LocalDate.of(2027, 1, 5));
        p.complete(new CloseOut(new java.math.BigDecimal("11"), List.of(new ObjectiveResult("Agree a new frailty pathway", ObjectiveOutcome.PARTLY_ACHIEVED, "Approved in principle")),
                List.of(new DeliverableProgress("Current-state map", DeliverableStatus.DONE),
                        new DeliverableProgress("Future-state design", DeliverableStatus.AT_RISK)),
                "Clinicians owned the design", "Data access was slow", "Start data access early"), LocalDate.of(2027, 3, 30), Fixtures.NOW);
        p.giveFeedback(Side.HOST, 5, "Calm and practical");

        String read = PdfText.of(AssignmentSummaryPdf.of(p, Fixtures.NOW));
        for (String expected : new String[] {"Interim assignment summary", "Ash Associate: Redesign the frailty pathway",
                "Guy's and St Thomas' NHS Foundation Trust", "Host sponsor", "Sam Sponsor", "5 January 2027 to 30 March 2027",
                "Completed", "1 day a week; 11 days worked of 12 agreed", "Too many frail patients wait in ED",
                "Agree a new frailty pathway", "Partly achieved", "Approved in principle", "Future-state design", "At risk",
                "Clinicians owned the design", "Data access was slow", "Start data access early", "5 out of 5: Calm and practical",
                "Line manager (release): Lin Manager", "Summary made on 23 November 2026, 10:00"}) {
            assertTrue(read.contains(expected), "the summary says \"" + expected + "\":\n" + read);
        }
    }
}
