package uk.interimexchange.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An API failure as RFC 9457 problem details ({@code application/problem+json}): a title for the kind of problem, the
 * status, and the detail in plain English for the person whose system made the call. Never a class or a stack frame.
 */
final class Problem {

    static final MediaType TYPE = MediaType.valueOf("application/problem+json");

    private Problem() {
    }

    /** A problem whose kind its status says ({@code type} is then "about:blank", as RFC 9457 has it). */
    static Response of(int status, String detail, String instance) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return Response.status(status).type(TYPE).entity(problem).build();
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Not signed in";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Changed meanwhile";
            case 412 -> "Precondition failed";
            case 422 -> "Refused by a rule";
            case 428 -> "Precondition required";
            default -> status >= 500 ? "Server error" : "Request not handled";
        };
    }
}
