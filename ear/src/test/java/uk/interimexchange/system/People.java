package uk.interimexchange.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people a system test needs, made through the pages as they would be in life, never borrowed from the demo
 * programme: an associate registers and confirms their address; a host contact registers for their organisation and
 * is approved; a coordinator is an account an administrator gave the role. The administrator is the operator's own,
 * opened on the first start ({@code interim.first-admin} in the system-test domain), who chooses a password through
 * the emailed link. Every address is new, so tests can run again on the same database and never share a person.
 */
final class People {

    /** Every fixture account's password: long, and none of the names, addresses or organisations in it. */
    static final String PASSWORD = "keep-the-winter-rota-steady";

    static final String OPERATOR = "operator@system-test.example";

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 1_000_000_000L);

    /** Sessions already signed in, by email address: signing in is deliberately slow (PBKDF2), so each person does it once. */
    private static final Map<String, Browser> SIGNED_IN = new java.util.concurrent.ConcurrentHashMap<>();

    /** Someone made for a test: the name they registered with and their own email address. */
    record Person(String name, String email) {

        /** A visitor signed in as this person (the same session each time). */
        Browser browser() {
            return SIGNED_IN.computeIfAbsent(email, address -> {
                Browser browser = new Browser();
                try {
                    assertEquals(302, browser.signIn(address, PASSWORD).statusCode(), "sign-in of " + address);
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return browser;
            });
        }
    }

    private People() {
    }

    /** The operator's administrator, signed in; on the first call of a run it chooses its password through the link. */
    static synchronized Browser operator() {
        Browser signedIn = SIGNED_IN.get(OPERATOR);
        try {
            if (signedIn != null && signedIn.get("account/").statusCode() == 200) {
                return signedIn; // still signed in (a test restarts the server, which ends every session)
            }
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        Browser browser = new Browser();
        try {
            if (browser.signIn(OPERATOR, PASSWORD).statusCode() == 302) {
                SIGNED_IN.put(OPERATOR, browser);
                return browser;
            }
            String link = link(OPERATOR, "Your Interim Exchange administrator account", "/reset-password.xhtml");
            HttpResponse<String> chosen = new Browser().submit("reset-password.xhtml?link=" + Browser.encode(link), "choose",
                    Map.of("password", PASSWORD), "submit");
            assertEquals(302, chosen.statusCode(), "the operator chooses a password: " + chosen.body());
            assertEquals(302, browser.signIn(OPERATOR, PASSWORD).statusCode(), "the operator signs in");
            SIGNED_IN.put(OPERATOR, browser);
            return browser;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An associate who registered and confirmed their address; their profile is still a draft. */
    static Person associate(String name) {
        Person person = new Person(name, address(name));
        register(person, Map.of(), "");
        confirm(person);
        return person;
    }

    /** A host contact of the organisation whose name contains {@code organisation}, registered, confirmed and approved. */
    static Person host(String name, String organisation) {
        Person person = new Person(name, address(name));
        try {
            String page = new Browser().get("register.xhtml?as=host").body();
            Matcher option = Pattern.compile("<option value=\"(\\d+)\"[^>]*>([^<]*" + Pattern.quote(organisation) + "[^<]*)</option>")
                    .matcher(page);
            if (!option.find()) {
                throw new AssertionError("No organisation called " + organisation + " to register for");
            }
            register(person, Map.of("organisation", option.group(1)), "?as=host");
            confirm(person);
            Browser operator = operator();
            String requests = operator.get("accounts/host-requests.xhtml").body();
            int row = rowOf(requests, person.email());
            HttpResponse<String> approved = operator.submit("accounts/host-requests.xhtml", "requests", Map.of(),
                    "waiting:" + row + ":approve");
            assertEquals(302, approved.statusCode(), "the host contact is approved: " + approved.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return person;
    }

    /** A programme coordinator: registered as anyone does, then given the role by an administrator. */
    static Person coordinator(String name) {
        return withRole(associate(name), "COORDINATOR");
    }

    /** Another administrator, given the role by the operator's. */
    static Person admin(String name) {
        return withRole(associate(name), "ADMIN");
    }

    private static Person withRole(Person person, String role) {
        try {
            Browser operator = operator();
            String found = operator.get("admin/accounts.xhtml?q=" + Browser.encode(person.email())).body();
            Matcher account = Pattern.compile("admin/account\\.xhtml\\?id=(\\d+)").matcher(found);
            if (!account.find()) {
                throw new AssertionError("No account " + person.email() + " in:\n" + found);
            }
            HttpResponse<String> saved = operator.submit("admin/account.xhtml?id=" + account.group(1), "roles", Map.of("roles", role), "save");
            assertEquals(302, saved.statusCode(), "the role is given: " + saved.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return person;
    }

    private static void register(Person person, Map<String, String> more, String query) {
        try {
            Map<String, String> fields = new java.util.HashMap<>(Map.of("fullName", person.name(), "email", person.email(), "password", PASSWORD));
            fields.putAll(more);
            HttpResponse<String> sent = new Browser().submit("register.xhtml" + query, "register", fields, "submit");
            assertEquals(302, sent.statusCode(), "registration of " + person.email() + ": " + sent.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void confirm(Person person) {
        String link = link(person.email(), "Confirm your email address", "/verify-email.xhtml");
        try {
            assertEquals(200, new Browser().get("verify-email.xhtml?link=" + Browser.encode(link)).statusCode());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The mail server the application sends to, when a test runs one (in production mode, as on the cluster, there is
     * no developer mailbox); null when emails are read from the developer mailbox.
     */
    static volatile GreenMail smtp;

    /**
     * The link to {@code page} in the newest email to {@code address} whose subject starts {@code subject}, read from
     * the developer mailbox (open to a person at the machine in demo mode, as the tests are) or from the test's own
     * mail server, once it has arrived.
     */
    static String link(String address, String subject, String page) {
        if (smtp != null) {
            String body = await("an email \"" + subject + "\" to " + address).atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(300)).until(() -> newestBody(address, subject), found -> found != null);
            return Browser.linkIn(body.replace("&amp;", "&"), page);
        }
        Browser reader = new Browser();
        String id = await("an email \"" + subject + "\" to " + address).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> emailId(reader.get("dev/mailbox.xhtml").body(), address, subject), found -> found != null);
        try {
            return Browser.linkIn(reader.get("dev/mailbox.xhtml?email=" + id).body().replace("&amp;", "&"), page);
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of the newest email to {@code address} whose subject starts {@code subject}, or null. */
    static String newestBody(String address, String subject) throws Exception {
        String body = null;
        for (MimeMessage message : smtp.getReceivedMessagesForDomain(address)) {
            if (message.getSubject().startsWith(subject)) {
                body = GreenMailUtil.getBody(message);
            }
        }
        return body;
    }

    private static String emailId(String mailbox, String address, String subject) {
        Matcher row = Pattern.compile(Pattern.quote(address) + "\\s*</td>\\s*<td>\\s*<a href=\"[^\"]*\\?email=(\\d+)\">"
                + Pattern.quote(subject)).matcher(mailbox);
        return row.find() ? row.group(1) : null;
    }

    private static int rowOf(String table, String email) {
        Matcher rows = Pattern.compile("<tr[ >].*?</tr>", Pattern.DOTALL).matcher(table.substring(table.indexOf("<tbody")));
        int index = 0;
        while (rows.find()) {
            if (rows.group().contains(email)) {
                return index;
            }
            index++;
        }
        throw new AssertionError("No row for " + email + " in:\n" + table);
    }

    private static String address(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "." + SEQUENCE.incrementAndGet() + "@system-test.example";
    }
}
