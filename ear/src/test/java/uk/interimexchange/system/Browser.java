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

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The value of one of this visitor's cookies, or null. */
    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(java.net.HttpCookie::getValue)
                .findFirst().orElse(null);
    }

    /** The page at {@code path}, which must answer 200. */
    String getBody(String path) {
        try {
            HttpResponse<String> page = get(path);
            if (page.statusCode() != 200) {
                throw new AssertionError(path + " answered " + page.statusCode());
            }
            return page.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
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
        String formHtml = page.substring(form.start(), page.indexOf("</form>", form.start()));
        Matcher hidden = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"").matcher(formHtml);
        while (hidden.find()) { // as a browser does: the form's own hidden fields go with it
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

    /** An answer read off the wire: its status, headers (names in lower case) and body. */
    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    /**
     * A request written by hand on a socket, so that an address the HTTP client would refuse to send (broken
     * percent-encoding, bytes that are not UTF-8) reaches the server as a hostile visitor would send it. Carries this
     * browser's session cookie; {@code body} may be null.
     */
    Answer send(String method, String target, Map<String, String> headers, String body) throws IOException {
        URI base = URI.create(BASE);
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder request = new StringBuilder(method).append(' ').append(base.getPath()).append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n")
                .append("Connection: close\r\n");
        String session = sessionId();
        if (!session.isEmpty()) {
            request.append("Cookie: JSESSIONID=").append(session).append("\r\n");
        }
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(content.length).append("\r\n");
        }
        request.append("\r\n");
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            byte[] answer = socket.getInputStream().readAllBytes();
            String text = new String(answer, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IOException("No complete answer to " + method + " " + target + ": " + text);
            }
            String[] head = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(head[0].split(" ")[1]);
            Map<String, String> named = new LinkedHashMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                if (colon > 0) {
                    named.merge(head[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), head[i].substring(colon + 1).strip(),
                            (a, b) -> a + ", " + b);
                }
            }
            byte[] rest = java.util.Arrays.copyOfRange(answer, end + 4, answer.length);
            if ("chunked".equalsIgnoreCase(named.get("transfer-encoding"))) {
                rest = unchunked(rest);
            }
            return new Answer(status, named, new String(rest, StandardCharsets.UTF_8));
        }
    }

    private static byte[] unchunked(byte[] chunked) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = at;
            while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            String size = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int length = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (length == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, Math.min(length, chunked.length - lineEnd - 2));
            at = lineEnd + 2 + length + 2;
        }
        return out.toByteArray();
    }

    /** A value for a query string. */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
