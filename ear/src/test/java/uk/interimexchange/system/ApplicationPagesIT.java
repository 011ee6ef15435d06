package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An associate applies for an open need through the pages, sees it at its own address, and withdraws it. */
class ApplicationPagesIT extends BrowserTest {

    private static final String SCRIPT = "<script>alert('xss')</script>";


    /** An open need the signed-in associate has not applied for: its page offers "Apply". */
    private static String needToApplyFor() {
        List<String> open = browser.go("needs/").find("#needs").findElements(By.cssSelector("tbody a")).stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
        for (String need : open) {
            if (browser.go(need).has("#apply-link")) {
                return need;
            }
        }
        throw new AssertionError("No open need left to apply for among " + open);
    }

    @Test
    void anAssociateAppliesSeesTheApplicationAndWithdrawsIt() {
        browser.signOut().signIn("associate2@interim.example");
        String need = needToApplyFor();
        String title = browser.heading();
        browser.follow("apply-link").assertAccessible();
        assertEquals("Apply for " + title, browser.heading());

        browser.submit("apply:submit").assertAccessible();
        assertTrue(browser.has("#error-summary a[href='#apply:statement']"), "the summary links to the statement: " + browser.text());
        browser.type("apply:statement", "I led the same redesign at my own trust. " + SCRIPT)
                .type("apply:conflict", "None");
        browser.submit("apply:submit");
        assertTrue(browser.find("#error-summary").getText().contains("Confirm that you can give the time"),
                "each missing part is said in plain English: " + browser.text());
        assertEquals("None", browser.find("#apply\\:conflict").getAttribute("value"), "what was typed is kept");
        browser.click("apply:availability").submit("apply:submit").assertAccessible();

        assertTrue(browser.path().matches("/applications/\\d+"), "the application has its own address: " + browser.path());
        assertTrue(browser.find("#done").getText().startsWith("Your application was sent"));
        assertEquals("Submitted", browser.find("#application-state").getText());
        assertTrue(browser.find("#statement").getText().endsWith(SCRIPT), "the statement is shown as text, script and all");
        String application = browser.path();

        browser.go(need);
        assertTrue(browser.has("#already-applied") && !browser.has("#apply-link"), "one application per need");
        browser.go("applications/").assertAccessible();
        assertTrue(browser.find("#applications").getText().contains(title));

        browser.go(application).submit("application:withdraw").assertAccessible();
        assertEquals("Withdrawn", browser.find("#application-state").getText());
        List<String> history = browser.find("#history").findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("applied", "withdrawn"), history);
        assertFalse(browser.has("#application\\:withdraw"), "nothing more to withdraw");

        browser.signOut().signIn("associate@interim.example").go(application);
        assertEquals("Page not found", browser.heading(), "another associate's application does not exist for them");
        browser.signOut();
    }

    @Test
    void anAssociateWithAnOfferIsAskedToAnswerIt() {
        browser.signOut().signIn("associate@interim.example").follow("offers-link-0").assertAccessible();
        assertEquals("Offered", browser.find("#application-state").getText());
        assertTrue(browser.has("#application\\:accept") && browser.has("#application\\:decline"), "accept or decline the offer");
        browser.signOut();
    }
}
