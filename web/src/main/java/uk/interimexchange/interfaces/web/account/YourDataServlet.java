package uk.interimexchange.interfaces.web.account;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import uk.interimexchange.application.PersonalData;
import uk.interimexchange.application.PersonalDataService;
import uk.interimexchange.interfaces.web.PdfDownloads;

/**
 * Everything held about the person signed in, to download: /account/your-data.json (machine-readable) and
 * /account/your-data.pdf (to read). Only ever their own: the service reads the caller, never an id from the request.
 */
@WebServlet(name = "YourData", urlPatterns = {"/account/your-data.json", "/account/your-data.pdf"})
public class YourDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PersonalDataService data;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().endsWith(".pdf")) {
            PdfDownloads.send(response, "your-interim-exchange-data.pdf", data::minePdf);
            return;
        }
        PersonalData mine = data.mine();
        response.setContentType("application/json; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"your-interim-exchange-data.json\"");
        response.setHeader("Cache-Control", "no-store");
        write(mine, response.getOutputStream());
    }

    /** {"name", "email", "madeAt", then each section by its key: a list of records, each field by its label}. */
    static void write(PersonalData mine, OutputStream out) {
        try (JsonGenerator json = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createGenerator(out)) {
            json.writeStartObject().write("name", mine.fullName()).write("email", mine.email()).write("madeAt", mine.madeAt().toString());
            for (PersonalData.Section section : mine.sections()) {
                json.writeStartArray(section.key());
                for (Map<String, String> record : section.records()) {
                    json.writeStartObject();
                    record.forEach(json::write);
                    json.writeEnd();
                }
                json.writeEnd();
            }
            json.writeEnd();
        }
    }
}
