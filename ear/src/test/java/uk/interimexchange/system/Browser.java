package uk.interimexchange.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor to the deployed application over HTTP: its own cookies, following no redirects so each step can be
 * checked, and able to fill in and submit the application's Faces forms as a browser would.
 */
final class Browser {

    static final String BASE = System.getProperty("app.url", "http://localhost:8080/");
    static final String DEMO_PASSWORD = "lend-expertise-across-the-NHS";

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Submits form {@code formId} of the page at {@code path} with the given fields (by their id inside the form)
     * by pressing {@code button}, carrying the view state and the form's own action address.
     */
    HttpResponse<String> submit(String path, String formId, Map<String, String> fields, String button)
            throws IOException, InterruptedException {
        String page = get(path).body();
        Matcher form = Pattern.compile("<form id=\"" + Pattern.quote(formId) + "\"[^>]*action=\"([^\"]+)\"").matcher(page);
        if (!form.find()) {
            throw new AssertionError("No form " + formId + " on " + path + ":\n" + page);
        }
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
        if (!viewState.find()) {
            throw new AssertionError("The form " + formId + " carries no view state");
        }
        Map<String, String> posted = new LinkedHashMap<>();
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(page);
        while (hidden.find()) { // as a browser does: the form's hidden fields go with it
            posted.put(hidden.group(1), hidden.group(2).replace("&amp;", "&"));
        }
        posted.put(formId, formId);
        fields.forEach((id, value) -> posted.put(formId + ":" + id, value));
        posted.put(formId + ":" + button, button);
        posted.put("jakarta.faces.ViewState", viewState.group(1));
        String body = posted.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String action = form.group(1).replace("&amp;", "&");
        URI target = URI.create(BASE).resolve(action);
        return client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A call to the JSON API with the given method and headers, carrying this browser's session cookie. */
    HttpResponse<String> call(String method, String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json").method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return submit("sign-in.xhtml", "sign-in", Map.of("email", email, "password", password), "submit");
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    /** The token of the link to {@code page} in a text, such as an email body. */
    static String linkIn(String text, String page) {
        Matcher link = Pattern.compile(Pattern.quote(page) + "\\?link=([^\\s&<\"]+)").matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link to " + page + " in:\n" + text);
        }
        return URLDecoder.decode(link.group(1), StandardCharsets.UTF_8);
    }
}
