package uk.interimexchange.interfaces.web;

import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

/**
 * Sends a PDF a service made as a download, never cached; the same 404 when there is none, it is not the caller's,
 * or it is not ready yet (the page offers the link only when it is).
 */
public final class PdfDownloads {

    private PdfDownloads() {
    }

    public static void send(HttpServletResponse response, String fileName, Supplier<byte[]> make) throws IOException {
        byte[] pdf;
        try {
            pdf = make.get();
        } catch (NotFoundException | AccessDeniedException | EJBAccessException | BusinessRuleException notTheirsOrNotReady) {
            pdf = null;
        }
        if (pdf == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
