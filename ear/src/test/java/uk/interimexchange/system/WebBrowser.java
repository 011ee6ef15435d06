package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser on the deployed EAR: Debian's headless Chromium driven by Selenium, with axe-core to check each
 * page against WCAG 2.2 A and AA. One browser serves a whole test class; {@link #close()} ends it.
 */
final class WebBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    /** The rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA, as axe-core tags them. */
    static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

    private final ChromeDriver driver;

    /** Whether every step is taken with the keyboard alone (see {@link #keyboardOnly()}). */
    private boolean keyboard;

    private WebBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    /**
     * From now on every step is taken with the keyboard alone, as a person who cannot use a mouse would: Tab and
     * Shift+Tab to reach each control, typing into fields, arrow keys in lists, Space for a checkbox, Enter for a button
     * or a link. Reaching a control fails the test when focus is not visible on the way, when it is stuck (a trap), or
     * when the control cannot be reached at all.
     */
    WebBrowser keyboardOnly() {
        keyboard = true;
        return this;
    }

    /**
     * A fresh browser with no cookies. Without Chromium the browser tests are skipped, unless the environment says
     * BROWSER_TESTS_REQUIRED=true (as .ci/run does), where a missing browser fails them.
     */
    static WebBrowser open() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if ("true".equals(System.getenv("BROWSER_TESTS_REQUIRED")) || Boolean.getBoolean("browser.required")) {
            assertTrue(present, "Chromium and ChromeDriver are needed: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver): browser tests skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=en-GB");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO); // pages are whole when loaded: no element arrives later
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new WebBrowser(driver);
    }

    WebBrowser go(String path) {
        driver.manage().logs().get(LogType.BROWSER); // reading empties the console log: what follows is this page's
        driver.get(Browser.BASE + (path.startsWith("/") ? path.substring(1) : path));
        return this;
    }

    String title() {
        return driver.getTitle();
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    /** The page's path and query, to come back to it later. */
    String address() {
        java.net.URI uri = java.net.URI.create(driver.getCurrentUrl());
        return uri.getPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The value of one of this browser's cookies for the application, or null. */
    String cookie(String name) {
        org.openqa.selenium.Cookie cookie = driver.manage().getCookieNamed(name);
        return cookie == null ? null : cookie.getValue();
    }

    String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    boolean has(String cssSelector) {
        return !driver.findElements(By.cssSelector(cssSelector)).isEmpty();
    }

    /** Types into the field with this id (a Faces client id such as {@code sign-in:email}), replacing what was there. */
    WebBrowser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        if (keyboard) {
            Keyboard.reach(driver, field);
            Keyboard.active(driver).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            Keyboard.active(driver).sendKeys(text);
            return this;
        }
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets a field's value as a date or time picker would (typing into one depends on the browser's locale). */
    WebBrowser setValue(String id, String value) {
        if (keyboard) {
            Keyboard.typeDate(driver, driver.findElement(By.id(id)), value);
            return this;
        }
        driver.executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
        return this;
    }

    WebBrowser choose(String id, String visibleText) {
        if (keyboard) {
            Keyboard.choose(driver, driver.findElement(By.id(id)), visibleText);
            return this;
        }
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
        return this;
    }

    /** A style property of the element with this id, as the browser computed it. */
    String style(String id, String property) {
        return (String) driver.executeScript("return getComputedStyle(document.getElementById(arguments[0])).getPropertyValue(arguments[1]);",
                id, property);
    }

    /** The colour behind the element with this id: the first ancestor's background that is not transparent. */
    String backgroundBehind(String id) {
        return (String) driver.executeScript("""
                let e = document.getElementById(arguments[0]).parentElement;
                while (e) {
                    const c = getComputedStyle(e).backgroundColor;
                    if (c && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') { return c; }
                    e = e.parentElement;
                }
                return 'rgb(255, 255, 255)';""", id);
    }

    /** The full text of the first option of a list that contains {@code fragment}, to choose it by. */
    String optionContaining(String id, String fragment) {
        return new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).getOptions().stream().map(WebElement::getText)
                .filter(text -> text.contains(fragment)).findFirst()
                .orElseThrow(() -> new AssertionError("No option with \"" + fragment + "\" in " + id));
    }

    /** The id of the checkbox in the group {@code groupId} whose label says {@code label}. */
    String checkboxLabelled(String groupId, String label) {
        return driver.findElements(By.cssSelector("label")).stream()
                .filter(l -> l.getText().strip().equals(label) && l.getAttribute("for") != null && l.getAttribute("for").startsWith(groupId + ":"))
                .map(l -> l.getAttribute("for")).findFirst()
                .orElseThrow(() -> new AssertionError("No checkbox labelled " + label + " in " + groupId));
    }

    /** Chooses this file in the file field with this id, as a person does in the browser's own dialog. */
    WebBrowser upload(String id, java.nio.file.Path file) {
        driver.findElement(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    WebBrowser click(String id) {
        if (keyboard) {
            Keyboard.reach(driver, driver.findElement(By.id(id)));
            Keyboard.active(driver).sendKeys(Keys.SPACE);
            return this;
        }
        driver.findElement(By.id(id)).click();
        return this;
    }

    /** Follows a link, and waits for the page it leads to. */
    WebBrowser follow(String id) {
        return submit(id);
    }

    /** Presses a button that sends a form (or anything that loads a new page), and waits for the page that answers. */
    WebBrowser submit(String id) {
        JavascriptExecutor js = driver;
        js.executeScript("window.beforeSubmit = true;"); // gone once the next page has replaced this one
        if (keyboard) {
            Keyboard.reach(driver, driver.findElement(By.id(id)));
            Keyboard.active(driver).sendKeys(Keys.ENTER);
        } else {
            driver.findElement(By.id(id)).click();
        }
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(js.executeScript(
                "return window.beforeSubmit === undefined && document.readyState === 'complete';")));
        return this;
    }

    /** Signs in as someone a test made (see {@link People}). */
    WebBrowser signIn(People.Person person) {
        go("sign-in.xhtml").type("sign-in:email", person.email()).type("sign-in:password", People.PASSWORD).submit("sign-in:submit");
        assertTrue(has("#sign-out"), "signed in as " + person.email() + ": " + text());
        return this;
    }

    WebBrowser signOut() {
        if (has("#sign-out-submit")) {
            submit("sign-out-submit");
            assertEquals("/", path(), "signing out lands on the home page");
        }
        driver.manage().deleteAllCookies();
        return this;
    }

    /** No WCAG 2.2 A or AA violation on the page as it is now, and nothing refused by the page's security policy. */
    WebBrowser assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> n.getTarget() + ": " + n.getFailureSummary()).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
        assertEquals("", report, "axe-core found WCAG 2.2 A/AA violations on " + path() + " (" + title() + ")");
        assertNoScriptErrors();
        return this;
    }

    /**
     * The browser console has no errors: a script refused by the Content-Security-Policy shows up here. The page's
     * own status (a 403 or 404 page is meant to answer so) is not an error of the page.
     */
    WebBrowser assertNoScriptErrors() {
        String page = driver.getCurrentUrl();
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.startsWith(page + " - Failed to load resource: the server responded with a status of"))
                .toList();
        assertEquals(List.of(), errors, "console errors on " + path());
        return this;
    }

    /** Narrows the window, as on a small phone (WCAG reflow: 320 CSS pixels). */
    WebBrowser width(int pixels) {
        driver.manage().window().setSize(new Dimension(pixels, 1000));
        return this;
    }

    /** A download as the signed-in person gets it: the answer's status and its body, encoded in Base64. */
    record Download(long status, String contentType, byte[] body) {
    }

    /** Fetches an address with this browser's session (as a download link would), without leaving the page. */
    Download download(String path) {
        @SuppressWarnings("unchecked")
        Map<String, Object> answer = (Map<String, Object>) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let text = '';
                    for (let i = 0; i < bytes.length; i++) { text += String.fromCharCode(bytes[i]); }
                    done({status: r.status, type: r.headers.get('Content-Type') || '', body: btoa(text)});
                }).catch(e => done({status: -1, type: '', body: ''}));""", Browser.BASE + (path.startsWith("/") ? path.substring(1) : path));
        return new Download((Long) answer.get("status"), (String) answer.get("type"),
                java.util.Base64.getDecoder().decode((String) answer.get("body")));
    }

    /**
     * The address a link in an email from the demo-mode developer mailbox leads to: the newest email whose subject
     * contains {@code subject} and whose body contains {@code about}, linking to {@code page}.
     */
    String linkFromMailbox(String subject, String about, String page) {
        go("dev/mailbox.xhtml");
        List<String> opened = find("#emails").findElements(By.cssSelector("tbody a")).stream()
                .filter(a -> a.getText().contains(subject)).map(a -> a.getAttribute("href")).toList();
        for (String email : opened) {
            java.net.URI address = java.net.URI.create(email);
            String body = go(address.getPath().substring(1) + "?" + address.getQuery()).find("#opened-body").getText();
            if (body.contains(about) && body.contains(page + "?link=")) {
                return page.substring(1) + "?link=" + java.net.URLEncoder.encode(Browser.linkIn(body, page),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No email with \"" + subject + "\" about " + about + " links to " + page + " in the developer mailbox");
    }

    /** Scrolls so the element is at the top of the window, as for a screenshot of that part of a page. */
    WebBrowser scrollTo(String cssSelector) {
        driver.executeScript("arguments[0].scrollIntoView(true);", find(cssSelector));
        return this;
    }

    /** Saves what the browser shows as docs/screenshots/{name}.png in the repository. */
    WebBrowser screenshot(String name) throws IOException {
        Path shots = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(shots);
        Path taken = driver.getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, shots.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        return this;
    }

    /** Whether the element can be reached with the Tab key: it takes focus in turn, and shows it. */
    boolean reachableByKeyboard(String id) {
        WebElement target = driver.findElement(By.id(id));
        WebElement body = driver.findElement(By.tagName("body"));
        body.click();
        for (int i = 0; i < 60; i++) {
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            if (driver.switchTo().activeElement().equals(target)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
