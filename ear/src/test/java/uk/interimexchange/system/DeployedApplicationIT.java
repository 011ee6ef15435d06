package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Black-box checks of the real EAR on Payara Server, which Cargo starts once around failsafe. */
class DeployedApplicationIT {

    private static final String BASE = System.getProperty("app.url", "http://localhost:8080/");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static long figure(String page, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(page);
        assertTrue(m.find(), "the home page shows the figure " + id);
        return Long.parseLong(m.group(1));
    }

    @Test
    void theHomePageShowsTheDemoProgrammesLiveFiguresFromTheDatabase() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        String page = home.body();
        assertTrue(page.contains("<title>Home - Interim Exchange</title>"), "the page title says where you are");
        assertTrue(page.contains("Borrow management expertise from across the NHS"));
        assertTrue(page.contains("href=\"#main-content\""), "there is a skip link");
        // The demo programme loaded on first start: three open needs, forty active associates, two active placements
        assertTrue(figure(page, "open-needs") >= 3, "open needs from the demo data");
        assertTrue(figure(page, "active-associates") >= 40, "the demo talent pool");
        assertTrue(figure(page, "active-placements") >= 2, "the demo's active placements");
    }

    @Test
    void anUnknownPageGetsAPlainEnglish404WithoutAStackTrace() throws Exception {
        HttpResponse<String> missing = get("no-such-page.xhtml");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Page not found"), missing.body());
        assertFalse(missing.body().contains("Caused by") || missing.body().contains(".java:"), "no stack trace");
    }

    @Test
    void readinessMeansTheDatabaseAnswersAtThisBuildsSchemaAndTheMailSenderIsRunningAndLivenessIsSeparate() throws Exception {
        HttpResponse<String> ready = get("health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        String body = ready.body().replaceAll("\\s", "");
        assertTrue(body.startsWith("{\"status\":\"UP\""), body);
        Matcher schema = Pattern.compile("\"schema\":\"(\\d+)\"").matcher(body);
        Matcher build = Pattern.compile("\"buildSchema\":\"(\\d+)\"").matcher(body);
        assertTrue(schema.find() && build.find(), "the database answered with its schema: " + body);
        assertEquals(build.group(1), schema.group(1), "the database is at this build's latest migration");
        assertTrue(Integer.parseInt(schema.group(1)) >= 9, "a real migration number: " + body);
        assertTrue(body.contains("\"sender\":\"running\"") && body.contains("\"secondsSinceLastRound\""),
                "the mail sender is checked, and runs here: " + body);

        HttpResponse<String> live = get("health/live");
        assertEquals(200, live.statusCode(), live.body());
        assertTrue(live.body().contains("threads"), live.body());
        assertFalse(live.body().contains("database"), "liveness does not depend on the database: " + live.body());
    }
}
