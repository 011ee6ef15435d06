package uk.interimexchange.interfaces.web.export;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.NotFoundException;

/**
 * Downloads a table as CSV or Excel: /export/needs.csv?q=..., /export/placements.xlsx, /export/needs-by-region.csv.
 * Only coordinators reach it (web.xml); the services check again and scope what is in each table.
 */
@WebServlet(name = "Export", urlPatterns = "/export/*")
public class ExportServlet extends HttpServlet {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static final Pattern FILE = Pattern.compile("/([a-z-]{1,40})\\.([a-z]{3,4})");

    @Inject
    ExportedTables tables;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher file = FILE.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        TableFormat format = file.matches() ? TableFormat.ofExtension(file.group(2)) : null;
        Map<String, String> parameters = new HashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values.length == 0 ? null : values[0]));
        try {
            Table table = format == null ? null : tables.named(file.group(1), parameters);
            if (table == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(format.contentType());
            response.setHeader("Content-Disposition",
                    "attachment; filename=\"" + table.name() + "-" + LocalDate.now(UK) + "." + format.extension() + "\"");
            response.setHeader("Cache-Control", "no-store");
            format.write(table, response.getOutputStream()); // the rows are read as they are written
        } catch (RuntimeException failed) {
            refuse(failed, response);
        }
    }

    /**
     * A refusal or a record not found comes before anything is sent (with the table or its first rows read): the download becomes a
     * 403 or 404. A reader who went away mid-download is left alone.
     */
    private static void refuse(RuntimeException failed, HttpServletResponse response) throws IOException {
        Throwable cause = failed;
        while (cause != null && !(cause instanceof EJBAccessException || cause instanceof AccessDeniedException
                || cause instanceof NotFoundException || cause instanceof UncheckedIOException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            throw failed;
        }
        if (cause instanceof UncheckedIOException || response.isCommitted()) {
            return;
        }
        response.reset();
        response.sendError(cause instanceof NotFoundException ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_FORBIDDEN);
    }
}
