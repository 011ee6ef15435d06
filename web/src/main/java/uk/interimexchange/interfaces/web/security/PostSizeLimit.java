package uk.interimexchange.interfaces.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * A form post larger than any form of ours could send is refused at once with 413 and a page in plain English. Left
 * to it, the server would fail while reading the fields (its limit is 2 MB) and answer 500.
 */
@WebFilter(filterName = "PostSizeLimit", urlPatterns = "/*")
public class PostSizeLimit extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Well above the largest form (a scoping document with every row filled to its limits), well below the server's. */
    static final long LIMIT = 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > LIMIT) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        chain.doFilter(request, response);
    }
}
