package uk.interimexchange.interfaces.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.ConcurrentChangeException;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

/** Every API failure as RFC 9457 problem details, in plain English, with the fitting status; never a stack trace. */
@Provider
public class ApiErrors implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiErrors.class.getName());

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null && !(thrown instanceof EJBAccessException)
                ? thrown.getCause() : thrown;
        if (e instanceof Paging.BadRequest bad) {
            return json(400, bad.getMessage());
        }
        if (e instanceof NeedsResource.Precondition precondition) {
            return json(precondition.status(), precondition.getMessage());
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            return json(status, status == 404 ? "There is nothing at this address." : "The request could not be handled.");
        }
        if (e instanceof EJBAccessException || e instanceof jakarta.ejb.AccessLocalException) {
            return request.getRemoteUser() == null ? json(401, "Sign in to do that.") : json(403, "You cannot do that.");
        }
        if (e instanceof AccessDeniedException) {
            return json(403, e.getMessage());
        }
        if (e instanceof NotFoundException) {
            return json(404, e.getMessage());
        }
        if (e instanceof ConcurrentChangeException) {
            return json(409, e.getMessage());
        }
        if (e instanceof BusinessRuleException) {
            return json(422, e.getMessage());
        }
        LOG.log(Level.SEVERE, "API call failed", thrown);
        return json(500, "Something went wrong on our side. Try again later.");
    }

    private Response json(int status, String message) {
        return Problem.of(status, message, request == null ? null : request.getRequestURI());
    }
}
