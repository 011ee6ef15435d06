package uk.interimexchange.interfaces.rest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.List;
import java.util.Map;

/**
 * An {@code Accept} header that asks for the answer in a character set Java does not know cannot be met: 406 with a
 * message, before any resource runs (left alone, writing the answer would fail as a 500 after the work was done).
 */
@Provider
@PreMatching
public class AcceptableCharsets implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext call) {
        List<MediaType> accepted;
        try {
            accepted = call.getAcceptableMediaTypes();
        } catch (RuntimeException unreadable) {
            call.abortWith(refusal(Response.Status.BAD_REQUEST, "The Accept header could not be read."));
            return;
        }
        for (MediaType type : accepted) {
            String charset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !known(charset)) {
                call.abortWith(refusal(Response.Status.NOT_ACCEPTABLE, "Answers are only sent in UTF-8 (asked for \""
                        + charset.replaceAll("[^A-Za-z0-9._:-]", "?") + "\")."));
                return;
            }
        }
    }

    private static boolean known(String charset) {
        try {
            return Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    private static Response refusal(Response.Status status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Map.of("message", message)).build();
    }
}
