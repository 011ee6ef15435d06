package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The JSON API on the deployed EAR: scoped to the caller, and no change without the session's CSRF token. */
class ApiIT {

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    @Test
    void aChangeWithoutTheSessionsTokenIsRefusedAndChangesNothing() throws Exception {
        People.Person contact = People.host("Api Host", "Sheffield Teaching");
        String id = String.valueOf(Programme.draftNeed(contact, "API draft " + System.nanoTime()));
        String elsewhere = "Another trust's API draft " + System.nanoTime();
        Programme.draftNeed(People.host("Api Elsewhere", "Leeds Teaching"), elsewhere);
        Browser host = contact.browser();
        HttpResponse<String> drafts = host.call("GET", "api/needs?state=DRAFT", Map.of());
        assertEquals(200, drafts.statusCode(), drafts.body());
        assertTrue(drafts.body().contains("\"id\":" + id), "the host's own draft is listed: " + drafts.body());
        assertFalse(drafts.body().contains(elsewhere), "another organisation's draft is not listed: " + drafts.body());

        HttpResponse<String> noToken = host.call("POST", "api/needs/" + id + "/submit", Map.of());
        assertEquals(403, noToken.statusCode());
        assertTrue(noToken.body().contains("X-CSRF-Token"), noToken.body());
        HttpResponse<String> wrongToken = host.call("POST", "api/needs/" + id + "/submit", Map.of("X-CSRF-Token", "made-up"));
        assertEquals(403, wrongToken.statusCode());
        assertEquals("DRAFT", field(host.call("GET", "api/needs/" + id, Map.of()).body(), "state"), "nothing changed");

        String token = field(host.call("GET", "api/csrf-token", Map.of()).body(), "token");
        HttpResponse<String> read = host.call("GET", "api/needs/" + id, Map.of());
        String etag = read.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + read.headers()));
        HttpResponse<String> unconditional = host.call("POST", "api/needs/" + id + "/submit", Map.of("X-CSRF-Token", token));
        assertEquals(428, unconditional.statusCode(), "a change says which version it was made on: " + unconditional.body());
        assertTrue(unconditional.body().contains("If-Match"), unconditional.body());
        HttpResponse<String> stale = host.call("POST", "api/needs/" + id + "/submit", Map.of("X-CSRF-Token", token,
                "If-Match", "\"need-" + id + "-v999\""));
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("DRAFT", field(host.call("GET", "api/needs/" + id, Map.of()).body(), "state"), "nothing changed");

        HttpResponse<String> submitted = host.call("POST", "api/needs/" + id + "/submit", Map.of("X-CSRF-Token", token, "If-Match", etag));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", field(submitted.body(), "state"));
        assertFalse(etag.equals(submitted.headers().firstValue("ETag").orElse(etag)), "a new version, a new tag");
        HttpResponse<String> again = host.call("POST", "api/needs/" + id + "/submit", Map.of("X-CSRF-Token", token, "If-Match", etag));
        assertEquals(412, again.statusCode(), "the old tag no longer matches: " + again.body());
    }

    @Test
    void listsComeAPageAtATimeAndTheReferenceDataIsThere() throws Exception {
        People.Person contact = People.host("Api Pager", "Sheffield Teaching");
        for (int i = 0; i < 3; i++) {
            Programme.draftNeed(contact, "Paged draft " + i + " " + System.nanoTime());
        }
        Browser host = contact.browser();
        HttpResponse<String> first = host.call("GET", "api/needs?state=DRAFT&page=1&size=2", Map.of());
        assertEquals(200, first.statusCode(), first.body());
        assertEquals("1", field(first.body(), "page"));
        assertEquals("2", field(first.body(), "size"));
        assertTrue(Long.parseLong(field(first.body(), "total")) >= 3, first.body());
        assertEquals(2, first.body().split("\"id\":").length - 1, "two on the page: " + first.body());
        HttpResponse<String> second = host.call("GET", "api/needs?state=DRAFT&page=2&size=2", Map.of());
        assertEquals("2", field(second.body(), "page"));
        for (String bad : new String[] {"size=0", "size=101", "page=0", "page=abc", "size=1e9"}) {
            HttpResponse<String> refused = host.call("GET", "api/needs?" + bad, Map.of());
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), bad);
            assertTrue(refused.body().contains("must be a whole number"), refused.body());
        }

        HttpResponse<String> organisations = host.call("GET", "api/organisations?q=Sheffield&size=5", Map.of());
        assertEquals(200, organisations.statusCode(), organisations.body());
        assertTrue(organisations.body().contains("\"odsCode\":\"RHQ\"") || organisations.body().contains("Sheffield"), organisations.body());
        HttpResponse<String> skills = host.call("GET", "api/skills", Map.of());
        assertEquals(200, skills.statusCode(), skills.body());
        assertTrue(skills.body().contains("\"name\":\"Pathway redesign\"") && skills.body().contains("\"area\":\"Service redesign\""), skills.body());
    }

    @Test
    void failuresAnswerInPlainJsonWithoutAStackTrace() throws Exception {
        HttpResponse<String> anonymous = new Browser().call("GET", "api/needs", Map.of());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.body().contains("Sign in to do that."), anonymous.body());
        // RFC 9457 problem details
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), anonymous.headers().toString());
        assertEquals("401", field(anonymous.body(), "status"));
        assertEquals("Not signed in", field(anonymous.body(), "title"));
        assertEquals("/api/needs", field(anonymous.body(), "instance"));

        Browser associate = People.associate("Ann Api").browser();
        HttpResponse<String> badState = associate.call("GET", "api/needs?state=nonsense", Map.of());
        assertEquals(422, badState.statusCode());
        assertTrue(badState.body().contains("There is no need state called nonsense."), badState.body());
        HttpResponse<String> missing = associate.call("GET", "api/needs/999999", Map.of());
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("Exception") || missing.body().contains("at uk."), missing.body());
    }

    @Test
    void applicationsAndPlacementsWithTheirCheckInsAreReadAsEachPartySeesThem() throws Exception {
        People.Person host = People.host("Api Placer", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Api Coordinator");
        People.Person associate = People.associate("Api Associate");
        long placementId = Programme.proposedPlacement(host, coordinator, associate, "API placement " + System.nanoTime());
        Programme.started(host, coordinator, associate, placementId);
        Programme.checkIn(associate, placementId, "1", "ON_TRACK");

        HttpResponse<String> mine = associate.browser().call("GET", "api/applications", Map.of());
        assertEquals(200, mine.statusCode(), mine.body());
        assertTrue(mine.body().contains("\"state\":\"ACCEPTED\""), "their accepted application: " + mine.body());
        HttpResponse<String> placement = host.browser().call("GET", "api/placements/" + placementId, Map.of());
        assertEquals(200, placement.statusCode(), placement.body());
        assertEquals("ACTIVE", field(placement.body(), "state"));
        assertTrue(placement.body().contains("\"checkIns\":[{") && placement.body().contains("\"daysWorked\":1"), placement.body());
        HttpResponse<String> active = coordinator.browser().call("GET", "api/placements?state=ACTIVE&size=100", Map.of());
        assertTrue(active.body().contains("\"id\":" + placementId), active.body());

        People.Person stranger = People.host("Api Stranger", "Leeds Teaching");
        HttpResponse<String> refused = stranger.browser().call("GET", "api/placements/" + placementId, Map.of());
        assertEquals(404, refused.statusCode(), "another organisation's placement is not there for them: " + refused.body());
        assertFalse(stranger.browser().call("GET", "api/placements", Map.of()).body().contains("\"id\":" + placementId));
        HttpResponse<String> badState = coordinator.browser().call("GET", "api/placements?state=nonsense", Map.of());
        assertEquals(400, badState.statusCode(), badState.body());
    }
}
