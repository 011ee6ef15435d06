package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A placement at its own address, reached from the home page: its terms, the four sign-offs and its history. */
class PlacementPagesIT extends BrowserTest {

    @Test
    void theHostOpensTheirActivePlacementWithItsFourSignOffsAndOthersCannot() {
        browser.signOut().signIn("host@interim.example");
        WebElement active = browser.find("#my-placements").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains("Active")).findFirst()
                .orElseThrow(() -> new AssertionError("Helen's active placement on her home page"));
        String address = URI.create(active.findElement(By.tagName("a")).getAttribute("href")).getPath();
        assertTrue(address.matches("/placements/\\d+"), "a bookmarkable address: " + address);

        browser.go(address).assertAccessible();
        assertEquals("Active", browser.find("#placement-state").getText());
        List<String> signedBy = browser.find("#sign-offs").findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertEquals(4, signedBy.size(), "associate, host sponsor, line manager and coordinator");
        assertFalse(signedBy.contains("Waiting"), "all four signed: " + signedBy);
        assertFalse(browser.has("#still-needed") || browser.has("#placement"), "nothing left to do before the start");
        assertTrue(browser.find("#history").getText().contains("started"), browser.find("#history").getText());

        browser.signOut().signIn("coordinator@interim.example").go(address).assertAccessible();
        assertEquals("Active", browser.find("#placement-state").getText(), "a coordinator sees every placement");

        browser.signOut().signIn("associate2@interim.example").go(address);
        assertEquals("Page not found", browser.heading(), "another associate's placement does not exist for them");
        browser.signOut().signIn("host.leeds@interim.example").go(address);
        assertEquals("Page not found", browser.heading(), "nor for another organisation's host");
        browser.signOut();
    }
}
