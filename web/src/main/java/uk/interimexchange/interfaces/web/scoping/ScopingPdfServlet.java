package uk.interimexchange.interfaces.web.scoping;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.interimexchange.application.ScopingService;
import uk.interimexchange.interfaces.web.PdfDownloads;
import uk.interimexchange.interfaces.web.WebPages;

/** A version of a need's scoping document as a PDF: /needs/scope-pdf?need=42&amp;version=2. The same 404 for none or not yours. */
@WebServlet(name = "ScopingPdf", urlPatterns = "/needs/scope-pdf")
public class ScopingPdfServlet extends HttpServlet {

    @Inject
    ScopingService scoping;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long needId = WebPages.number(request.getParameter("need"));
        long version = WebPages.number(request.getParameter("version"));
        PdfDownloads.send(response, "scoping-" + needId + "-version-" + version + ".pdf",
                () -> version < 1 || version > Integer.MAX_VALUE ? null : scoping.versionPdf(needId, (int) version));
    }
}
