package uk.interimexchange.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** What backing beans do with the response beyond rendering: answer with an error page, or redirect after a POST. */
public final class WebPages {

    private WebPages() {
    }

    /** Answers 404 with our page: the record does not exist or the caller may not know it does. */
    public static void notFound(FacesContext faces) {
        sendError(faces, 404);
    }

    private static void sendError(FacesContext faces, int status) {
        try {
            faces.getExternalContext().responseSendError(status, null);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Post-Redirect-Get: shows {@code path} (within the application) next, with {@code done} as its confirmation. */
    public static void redirect(FacesContext faces, String path, String done) {
        ExternalContext external = faces.getExternalContext();
        if (done != null) {
            external.getFlash().put("done", done);
        }
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A whole number from the address, or -1 when it is missing or not a number. */
    public static long number(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.strip());
        } catch (NumberFormatException notANumber) {
            return -1;
        }
    }
}
