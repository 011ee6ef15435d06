package uk.interimexchange.infrastructure.pdf;

import static uk.interimexchange.infrastructure.pdf.PdfLayout.BODY;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.TITLE;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.WHEN;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.cells;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.heading;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.table;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import uk.interimexchange.application.CommissionersReport;
import uk.interimexchange.application.CommissionersReport.Figures;

/** The commissioners' report as a PDF: the same tables as the page, England last in each. */
public final class CommissionersReportPdf {

    private CommissionersReportPdf() {
    }

    public static byte[] of(CommissionersReport report, Instant now) {
        List<Figures> rows = new ArrayList<>(report.regions());
        rows.add(report.england());
        return PdfLayout.document("Interim Exchange: report for commissioners, " + report.quarter().label(), document -> {
            document.add(new Paragraph("Report for commissioners", TITLE));
            document.add(new Paragraph("Interim Exchange, " + report.quarter().label() + ". Made " + WHEN.format(now) + ".", BODY));

            document.add(heading("Needs"));
            PdfPTable needs = table(new float[] {4, 2, 2, 3}, "Region", "Received", "Filled", "Median days to fill");
            rows.forEach(r -> cells(needs, r.area(), String.valueOf(r.received()), String.valueOf(r.filled()), r.medianText()));
            document.add(needs);

            document.add(heading("Days lent and the cost avoided"));
            document.add(new Paragraph("Days worked at hosts as checked in this quarter, and what the same days would have cost from an"
                    + " interim management consultancy at " + report.dayRateText() + " a day.", BODY));
            PdfPTable lent = table(new float[] {4, 2, 3}, "Region", "Days lent", "Cost avoided");
            rows.forEach(r -> cells(lent, r.area(), r.daysLentText(), r.costAvoidedText()));
            document.add(lent);

            document.add(heading("Objectives of placements closed this quarter"));
            PdfPTable objectives = table(new float[] {4, 2, 2, 2}, "Region", "Achieved", "Partly achieved", "Not achieved");
            rows.forEach(r -> cells(objectives, r.area(), String.valueOf(r.achieved()), String.valueOf(r.partlyAchieved()),
                    String.valueOf(r.notAchieved())));
            document.add(objectives);

            document.add(heading("Feedback on placements closed this quarter (1 to 5)"));
            PdfPTable feedback = table(new float[] {4, 2, 2, 2}, "Region", "From hosts", "From associates", "Ratings given");
            rows.forEach(r -> cells(feedback, r.area(), r.hostScoreText(), r.associateScoreText(), String.valueOf(r.ratings())));
            document.add(feedback);
        });
    }
}
