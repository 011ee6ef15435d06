package uk.interimexchange.interfaces.web.dashboard;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.interimexchange.application.ReportService;
import uk.interimexchange.domain.model.shared.Quarter;
import uk.interimexchange.interfaces.web.PdfDownloads;

/**
 * The report for commissioners as a PDF: /dashboard/report.pdf?quarter=2026-Q4 (coordinators, as the rest of /dashboard/).
 * A quarter not written as one, or not yet begun, has no report: 404.
 */
@WebServlet(name = "CommissionersReportPdf", urlPatterns = "/dashboard/report.pdf")
public class CommissionersReportPdfServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService reports;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String written = request.getParameter("quarter");
        PdfDownloads.send(response, "interim-exchange-report-" + (written == null ? "this-quarter" : "quarter") + ".pdf",
                () -> reports.commissionersReportPdf(written == null ? null : Quarter.parse(written)));
    }
}
