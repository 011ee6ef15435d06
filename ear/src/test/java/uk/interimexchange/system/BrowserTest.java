package uk.interimexchange.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class that drives one real browser through all its tests, opened before the first and closed after the last. */
abstract class BrowserTest {

    static WebBrowser browser;

    @BeforeAll
    static void openBrowser() {
        browser = WebBrowser.open();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
