package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page, record address, download and API call, as a visitor and as each role, with malformed and hostile input:
 * wrong types, numbers and dates beyond what Java holds, huge and odd Unicode, broken percent-encoding, a view state
 * from nowhere, a form without its page's nonce. No answer may be a server error, and no answer may name the server,
 * a class or a stack frame: a refusal or a bad request is the person's, and gets a page in plain English.
 */
class RequestSweepIT {

    /** Every view of the application, read from the web module, so a new page is swept without being listed here. */
    private static final List<String> VIEWS = views();

    /** The record addresses and the servlets, which are not views. */
    private static final List<String> OTHER_PATHS = List.of("needs/1", "applications/1", "placements/1", "associates/1",
            "needs/0", "placements/99999999999999999999", "applications/abc", "associates/-1", "needs/1/extra",
            "export/needs.csv", "export/needs.xlsx", "export/placements.csv", "export/placements.xlsx", "export/needs-by-region.csv",
            "export/nothing.pdf", "needs/scope-pdf", "placements/summary-pdf", "session/keep-alive", "api/needs", "api/needs/1",
            "api/needs/abc", "api/csrf-token", "api/nothing", "export/commissioners-report.xlsx", "dashboard/report.pdf",
            "calendar/interviews.ics");

    /** Every request parameter a page or download reads, each given the same bad value at once. */
    private static final List<String> PARAMETERS = List.of("id", "need", "version", "lesson", "placement", "applied", "as", "associate",
            "band", "days", "from", "host", "kind", "q", "region", "remote", "risk", "skill", "sort", "start", "state", "status",
            "step", "take", "to", "type", "email", "link", "page", "size", "limit", "offset", "quarter", "key");

    /** Raw query-string values: already percent-encoded where they must be, and broken on purpose where they are not. */
    private static final List<String> BAD_VALUES = List.of("", "0", "-1", "9223372036854775808", "abc", "%00",
            "%2B999999999-12-31", "-999999999-01-01", "2027-02-30", "1e999999999", "%ED%A0%80%C0%AF", "%", "%zz",
            "%E2%80%AE%F0%9D%94%98%EF%BF%BF" + "%F0%9F%98%80".repeat(100), "x".repeat(1500));

    /** The parameters a long value goes into: enough to reach each kind of reader, short enough for the request line. */
    private static final List<String> FOR_LONG_VALUES = List.of("q", "id", "need", "start");

    /** What a page must never show: a class, a stack frame, the server's name. */
    private static final Pattern LEAK = Pattern.compile(
            "\\b(?:java|javax|jakarta|org|com|fish|uk)\\.[a-z0-9_]+(?:\\.[a-z0-9_]+)*\\.[A-Z][A-Za-z0-9_$]*(?:Exception|Error|Throwable)\\b"
                    + "|\\bat [a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)+\\.[A-Za-z0-9_$]+\\.[A-Za-z0-9_$<>]+\\("
                    + "|Payara|GlassFish|Grizzly|Mojarra|EclipseLink|Weld-|WELD-|Stack ?trace",
            Pattern.CASE_INSENSITIVE);

    private static final Map<String, Browser> ROLES = new LinkedHashMap<>();

    private final List<String> failures = new ArrayList<>();
    private int requests;

    @BeforeAll
    static void people() {
        ROLES.put("visitor", new Browser());
        ROLES.put("associate", People.associate("Sweep Associate").browser());
        ROLES.put("host", People.host("Sweep Host", "Leeds").browser());
        ROLES.put("coordinator", People.coordinator("Sweep Coordinator").browser());
        ROLES.put("admin", People.operator());
    }

    @Test
    void noPageDownloadOrApiCallAnswersWithAServerErrorOrNamesTheServerWhateverItIsSent() throws Exception {
        List<String> paths = Stream.concat(VIEWS.stream(), OTHER_PATHS.stream()).toList();
        for (Map.Entry<String, Browser> role : ROLES.entrySet()) {
            for (String path : paths) {
                check(role.getKey(), "GET " + path, raw(role.getValue(), "GET", path, Map.of()));
                for (String value : BAD_VALUES) {
                    String query = (value.length() > 200 ? FOR_LONG_VALUES : PARAMETERS).stream().map(p -> p + "=" + value)
                            .collect(Collectors.joining("&"));
                    check(role.getKey(), "GET " + path + "?" + abbreviate(query), raw(role.getValue(), "GET", path + "?" + query, Map.of()));
                }
            }
            for (String accept : List.of("application/json;charset=x-nonsense", "*/*;charset=\"", "text/html", "application/json;q=abc",
                    "\u00ff\u00fe")) {
                check(role.getKey(), "GET api/needs Accept: " + accept, raw(role.getValue(), "GET", "api/needs", Map.of("Accept", accept)));
            }
            check(role.getKey(), "POST api/needs/1/submit without a token", raw(role.getValue(), "POST", "api/needs/1/submit", Map.of()));
            check(role.getKey(), "POST api/needs/abc/submit", raw(role.getValue(), "POST", "api/needs/abc/submit",
                    Map.of("X-CSRF-Token", "forged")));
        }
        assertTrue(requests > 2000, "the sweep ran: " + requests);
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " answers were wrong");
    }

    @Test
    void everyFormRefusesAForeignViewStateAMissingNonceAndFieldsNoOneCouldMeanWithoutAServerError() throws Exception {
        for (Map.Entry<String, Browser> role : ROLES.entrySet()) {
            Browser browser = role.getValue();
            for (String path : VIEWS) {
                Browser.Answer page = raw(browser, "GET", path, Map.of());
                if (page.status() != 200) {
                    continue;
                }
                for (Form form : Form.on(page.body())) {
                    if (form.id().equals("sign-out")) {
                        continue;
                    }
                    Map<String, String> honest = form.fields(page.body(), false);
                    Map<String, String> foreign = new LinkedHashMap<>(honest);
                    foreign.put("jakarta.faces.ViewState", "-4242424242:-4242424242");
                    check(role.getKey(), "POST " + path + " #" + form.id() + " with a foreign view state",
                            post(browser, form.action(), foreign));
                    Map<String, String> noNonce = new LinkedHashMap<>(honest);
                    noNonce.remove("primefaces.nonce");
                    check(role.getKey(), "POST " + path + " #" + form.id() + " without the nonce", post(browser, form.action(), noNonce));
                    Map<String, String> noViewState = new LinkedHashMap<>(honest);
                    noViewState.remove("jakarta.faces.ViewState");
                    check(role.getKey(), "POST " + path + " #" + form.id() + " without a view state", post(browser, form.action(), noViewState));
                    if (form.id().equals("sign-in")) {
                        continue; // failed sign-ins slow every later test from this address: SignInIT covers them
                    }
                    // Only fields no one could mean: nothing is saved, each gets its message, and the page is not a 5xx.
                    Browser.Answer fresh = raw(browser, "GET", path, Map.of());
                    Map<String, String> nonsense = form.fields(fresh.body(), true);
                    check(role.getKey(), "POST " + path + " #" + form.id() + " with nonsense in every field", post(browser, form.action(), nonsense));
                }
            }
        }
        assertTrue(requests > 100, "the forms were swept: " + requests);
        assertEquals(List.of(), failures, failures.size() + " of " + requests + " answers were wrong");
    }

    private void check(String role, String what, Browser.Answer response) {
        requests++;
        String body = response.body();
        Matcher leak = LEAK.matcher(body);
        if (response.status() >= 500) {
            failures.add(role + ": " + what + " answered " + response.status());
        } else if (leak.find()) {
            failures.add(role + ": " + what + " named \"" + leak.group() + "\"");
        }
        String server = response.header("Server");
        if (server != null && LEAK.matcher(server).find()) {
            failures.add(role + ": " + what + " sent the header Server: " + server);
        }
        if (response.header("X-Powered-By") != null) {
            failures.add(role + ": " + what + " sent X-Powered-By: " + response.header("X-Powered-By"));
        }
    }

    /** A request with a raw (possibly broken) address and headers, carrying the browser's session. */
    private static Browser.Answer raw(Browser browser, String method, String pathAndQuery, Map<String, String> headers) throws IOException {
        return browser.send(method, pathAndQuery, headers, null);
    }

    private static Browser.Answer post(Browser browser, String action, Map<String, String> fields) throws IOException {
        String body = fields.entrySet().stream()
                .map(e -> Browser.encode(e.getKey()) + "=" + Browser.encode(e.getValue())).collect(Collectors.joining("&"));
        return browser.send("POST", action.startsWith("/") ? action.substring(1) : action,
                Map.of("Content-Type", "application/x-www-form-urlencoded"), body);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }

    /** A form on a page: its id and where it posts. */
    record Form(String id, String action) {

        private static final Pattern FORM = Pattern.compile("<form id=\"([^\"]+)\"[^>]*action=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
        private static final Pattern INPUT = Pattern.compile("<input([^>]*)>");
        private static final Pattern NAMED = Pattern.compile("<(textarea|select)[^>]*name=\"([^\"]+)\"");

        static List<Form> on(String page) {
            List<Form> forms = new ArrayList<>();
            Matcher form = FORM.matcher(page);
            while (form.find()) {
                forms.add(new Form(form.group(1), form.group(2).replace("&amp;", "&")));
            }
            return forms;
        }

        /**
         * What a browser would post for this form, pressing its first button that is not a row's own (those act on a
         * record whatever the fields say); with {@code nonsense}, every field the person fills in holds what no one
         * could mean: a date that does not exist, a number beyond any, an option that is not offered, text far too long.
         */
        Map<String, String> fields(String page, boolean nonsense) {
            Matcher form = FORM.matcher(page);
            String html = "";
            while (form.find()) {
                if (form.group(1).equals(id)) {
                    html = form.group(3);
                }
            }
            Map<String, String> posted = new LinkedHashMap<>();
            String button = null;
            Matcher input = INPUT.matcher(html);
            while (input.find()) {
                String attributes = input.group(1);
                String name = attribute(attributes, "name");
                String type = attribute(attributes, "type");
                if (name == null) {
                    continue;
                }
                String value = attribute(attributes, "value");
                if ("submit".equals(type)) {
                    if (button == null && !name.matches(".*:\\d+:.*")) {
                        button = name;
                        posted.put(name, value == null ? name : value);
                    }
                } else if ("hidden".equals(type)) {
                    posted.put(name, value == null ? "" : value.replace("&amp;", "&"));
                } else if (nonsense) {
                    posted.put(name, nonsense(type));
                } else if (value != null && !"checkbox".equals(type) && !"radio".equals(type)) {
                    posted.put(name, value);
                }
            }
            Matcher named = NAMED.matcher(html);
            while (named.find()) {
                posted.put(named.group(2), nonsense ? (named.group(1).equals("select") ? "-99999999999999999999" : nonsense("text")) : "");
            }
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            if (viewState.find()) {
                posted.put("jakarta.faces.ViewState", viewState.group(1));
            }
            return posted;
        }

        private static String nonsense(String type) {
            if (type == null) {
                return "\u202E\uFFFF𝔘".repeat(5_000);
            }
            return switch (type) {
                case "date" -> "+999999999-12-31";
                case "datetime-local" -> "2027-02-30T25:61";
                case "number" -> "1e999999999";
                case "email" -> "@".repeat(300) + "\u0000";
                case "checkbox", "radio" -> "NOT_AN_OPTION_" + "\u0000";
                default -> "\u202E\uFFFF𝔘".repeat(5_000);
            };
        }

        private static String attribute(String attributes, String name) {
            Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
            return m.find() ? m.group(1) : null;
        }
    }

    private static List<String> views() {
        Path webapp = Path.of(System.getProperty("webapp.dir", "../web/src/main/webapp"));
        try (Stream<Path> files = Files.walk(webapp)) {
            Set<String> views = new TreeSet<>();
            files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> webapp.relativize(f).toString().replace('\\', '/'))
                    .filter(v -> !v.startsWith("WEB-INF/") && !v.startsWith("resources/")).forEach(views::add);
            assertTrue(views.size() > 30, "the views were found in " + webapp.toAbsolutePath());
            return List.copyOf(new LinkedHashSet<>(views));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
