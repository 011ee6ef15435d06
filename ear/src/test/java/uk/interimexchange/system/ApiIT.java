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
        HttpResponse<String> submitted = host.call("POST", "api/needs/" + id + "/submit", Map.of("X-CSRF-Token", token));
        assertEquals(200, submitted.statusCode(), submitted.body());
        assertEquals("SUBMITTED", field(submitted.body(), "state"));
    }

    @Test
    void failuresAnswerInPlainJsonWithoutAStackTrace() throws Exception {
        HttpResponse<String> anonymous = new Browser().call("GET", "api/needs", Map.of());
        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.body().contains("Sign in to do that."), anonymous.body());

        Browser associate = People.associate("Ann Api").browser();
        HttpResponse<String> badState = associate.call("GET", "api/needs?state=nonsense", Map.of());
        assertEquals(422, badState.statusCode());
        assertTrue(badState.body().contains("There is no need state called nonsense."), badState.body());
        HttpResponse<String> missing = associate.call("GET", "api/needs/999999", Map.of());
        assertEquals(404, missing.statusCode());
        assertFalse(missing.body().contains("Exception") || missing.body().contains("at uk."), missing.body());
    }
}
