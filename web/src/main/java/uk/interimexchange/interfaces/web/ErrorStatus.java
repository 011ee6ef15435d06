package uk.interimexchange.interfaces.web;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.primefaces.csp.CspException;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

/**
 * The status an error page answers with, from the exception that chose it (web.xml maps each to its page): a refusal is
 * a 403, a record that is not there (or not the caller's) a 404, an expired or unreadable request a 400. The container
 * would answer every exception with 500, which is only for our own failures.
 */
@WebFilter(filterName = "ErrorStatus", urlPatterns = "/WEB-INF/errorpages/*", dispatcherTypes = DispatcherType.ERROR)
public class ErrorStatus extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Throwable exception) {
            int status = statusOf(exception);
            if (status > 0) {
                response.setStatus(status);
            }
        }
        chain.doFilter(new PlainRequest(request), response);
    }

    /**
     * The error page is built as a fresh page: the failed request's form fields (its view state above all, which may be
     * a stranger's or made up) are not read again, or the error page itself would fail on them.
     */
    private static final class PlainRequest extends HttpServletRequestWrapper {

        PlainRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }

    /** The status for an exception a person can cause; 0 for our own failures, which stay a 500. */
    static int statusOf(Throwable exception) {
        if (exception instanceof NotFoundException) {
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if (exception instanceof AccessDeniedException || exception instanceof EJBAccessException || exception instanceof AccessLocalException
                || exception instanceof ProtectedViewException) {
            return HttpServletResponse.SC_FORBIDDEN;
        }
        if (exception instanceof ViewExpiredException || exception instanceof BusinessRuleException || exception instanceof CspException) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        return 0;
    }
}
