package uk.interimexchange.interfaces.web.placement;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.interimexchange.application.PlacementService;
import uk.interimexchange.interfaces.web.PdfDownloads;
import uk.interimexchange.interfaces.web.WebPages;

/** A closed placement's summary for an appraisal: /placements/summary-pdf?placement=7. The same 404 for none, not yours or not closed. */
@WebServlet(name = "AssignmentSummary", urlPatterns = "/placements/summary-pdf")
public class AssignmentSummaryServlet extends HttpServlet {

    @Inject
    PlacementService placements;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long placementId = WebPages.number(request.getParameter("placement"));
        PdfDownloads.send(response, "assignment-summary-" + placementId + ".pdf", () -> placements.summaryPdf(placementId));
    }
}
