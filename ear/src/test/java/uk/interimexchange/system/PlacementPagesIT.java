package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A placement's page in a real browser: its sign-offs and history for those in it, and nothing for anyone else. */
class PlacementPagesIT extends BrowserTest {

    @Test
    void theHostOpensTheirActivePlacementWithItsFourSignOffsAndOthersCannot() {
        People.Person host = People.host("Pam Placement", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Cal Coordinator");
        People.Person associate = People.associate("Ari Active");
        String title = "Theatre utilisation " + System.currentTimeMillis();
        long placementId = Programme.proposedPlacement(host, coordinator, associate, title);
        Programme.started(host, coordinator, associate, placementId);

        browser.signOut().signIn(host);
        WebElement active = browser.find("#my-placements").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> row.getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("The active placement on the host's home page"));
        assertTrue(active.getText().contains("Active"), active.getText());
        String address = URI.create(active.findElement(By.tagName("a")).getAttribute("href")).getPath();
        assertEquals("/placements/" + placementId, address, "a bookmarkable address");

        browser.go(address).assertAccessible();
        assertEquals("Active", browser.find("#placement-state").getText());
        List<String> signedBy = browser.find("#sign-offs").findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of(associate.name(), host.name(), "Lin Manager", coordinator.name()), signedBy,
                "associate, host sponsor, line manager and coordinator");
        assertFalse(browser.has("#still-needed") || browser.has("#placement"), "nothing left to do before the start");
        String history = browser.find("#history").getText();
        assertTrue(history.contains("started") && history.contains(coordinator.name()), "the history names who did what: " + history);

        browser.signOut().signIn(People.coordinator("Cora Other")).go(address).assertAccessible();
        assertEquals("Active", browser.find("#placement-state").getText(), "a coordinator sees every placement");

        browser.signOut().signIn(People.associate("Otto Other")).go(address);
        assertEquals("Page not found", browser.heading(), "another associate's placement does not exist for them");
        browser.signOut().signIn(People.host("Hal Elsewhere", "Leeds Teaching")).go(address);
        assertEquals("Page not found", browser.heading(), "nor for another organisation's host");
        browser.signOut();
    }
}
