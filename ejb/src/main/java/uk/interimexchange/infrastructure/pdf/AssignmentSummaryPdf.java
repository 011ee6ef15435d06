package uk.interimexchange.infrastructure.pdf;

import static uk.interimexchange.infrastructure.pdf.PdfLayout.BODY;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.BOLD;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.DATE;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.TITLE;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.WHEN;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.cells;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.heading;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.table;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.text;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.math.BigDecimal;
import java.time.Instant;
import uk.interimexchange.domain.model.placement.DeliverableProgress;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementSignOff;
import uk.interimexchange.domain.model.placement.PlacementState;

/**
 * A closed placement summarised for the associate's appraisal: what the host needed, the terms and time given,
 * what each objective came to with its evidence, the deliverables' final state, the reflection, the host's
 * feedback, and who agreed the placement.
 */
public final class AssignmentSummaryPdf {

    private AssignmentSummaryPdf() {
    }

    public static byte[] of(Placement p, Instant now) {
        return PdfLayout.document("Assignment summary: " + p.getAssociate().getFullName() + " at " + p.getOrganisation().getName(),
                document -> {
                    document.add(new Paragraph("Interim assignment summary", TITLE));
                    document.add(new Paragraph(p.getAssociate().getFullName() + ": " + p.getNeed().getTitle() + ", "
                            + p.getOrganisation().getName(), BOLD));
                    document.add(new Paragraph("Lent through Interim Exchange, the NHS programme that lends management expertise"
                            + " between organisations.", BODY));

                    document.add(heading("The assignment"));
                    PdfPTable terms = table(new float[] {2, 5}, "About", "Details");
                    cells(terms, "Host organisation", p.getOrganisation().getName(),
                            "Host sponsor", p.getNeed().getSponsor().getFullName(),
                            "Dates", DATE.format(p.getStartDate()) + " to " + DATE.format(p.getEndDate()),
                            "Outcome", p.getState() == PlacementState.ENDED_EARLY ? "Ended early: " + p.getStateReason() : "Completed",
                            "Time", days(p.getDaysPerWeek()) + " a week; " + number(p.daysWorked()) + " days worked of "
                                    + number(p.daysAgreed()) + " agreed",
                            "Funding", p.getFunding().getLabel());
                    document.add(terms);

                    document.add(heading("What the host needed"));
                    document.add(text(p.getNeed().getProblem(), "Not recorded."));

                    document.add(heading("Objectives and outcomes"));
                    if (p.getObjectiveResults().isEmpty()) {
                        document.add(text(null, "No outcomes were recorded."));
                    } else {
                        PdfPTable outcomes = table(new float[] {4, 2, 5}, "Objective", "Outcome", "Evidence");
                        for (ObjectiveResult r : p.getObjectiveResults()) {
                            cells(outcomes, r.getObjective(), r.getOutcome().getLabel(), r.getEvidence());
                        }
                        document.add(outcomes);
                    }

                    document.add(heading("Deliverables"));
                    if (p.getFinalDeliverables().isEmpty()) {
                        document.add(text(null, "No final state was recorded."));
                    } else {
                        PdfPTable deliverables = table(new float[] {5, 2}, "Deliverable", "Final state");
                        for (DeliverableProgress d : p.getFinalDeliverables()) {
                            cells(deliverables, d.getDeliverable(), d.getStatus().getLabel());
                        }
                        document.add(deliverables);
                    }

                    document.add(heading("What worked"));
                    document.add(text(p.getWhatWorked(), "Not recorded."));
                    document.add(heading("What did not work"));
                    document.add(text(p.getWhatDidNot(), "Not recorded."));
                    document.add(heading("Recommendations"));
                    document.add(text(p.getRecommendations(), "None recorded."));

                    document.add(heading("Feedback from the host"));
                    document.add(text(p.getHostRating() == null ? null
                            : p.getHostRating() + " out of 5" + (p.getHostFeedback() == null ? "." : ": " + p.getHostFeedback()),
                            "Not given yet."));
                    document.add(heading("The associate's own rating"));
                    document.add(text(p.getAssociateRating() == null ? null
                            : p.getAssociateRating() + " out of 5" + (p.getAssociateFeedback() == null ? "." : ": " + p.getAssociateFeedback()),
                            "Not given yet."));

                    document.add(heading("Agreed by"));
                    for (PlacementParty party : PlacementParty.values()) {
                        PlacementSignOff signed = p.signOffBy(party).orElse(null);
                        document.add(new Paragraph(party.getLabel() + ": " + (signed == null ? "not recorded"
                                : signed.getSignerName() + ", " + WHEN.format(signed.getSignedAt())), BODY));
                    }
                    Paragraph made = new Paragraph("Summary made on " + WHEN.format(now) + ".", BODY);
                    made.setSpacingBefore(16);
                    document.add(made);
                });
    }

    private static String days(BigDecimal days) {
        return number(days) + (days.compareTo(BigDecimal.ONE) == 0 ? " day" : " days");
    }

    private static String number(BigDecimal days) {
        return days.stripTrailingZeros().toPlainString();
    }
}
