package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** An associate keeps their profile: skills with levels, availability, regions and weekdays; refusals keep what was typed. */
class ProfilePagesIT extends BrowserTest {

    @Test
    void anAssociateChangesTheirProfileAndARefusalKeepsWhatWasTyped() {
        People.Person associate = People.associate("Paula Profile");
        Programme.profile(associate);
        browser.signOut().signIn(associate).follow("profile-link").assertAccessible();
        assertEquals("Your profile", browser.heading());
        assertEquals("Head of operations", browser.find("#profile\\:job-title").getAttribute("value"), "the profile is loaded");
        assertEquals("Active", browser.find("#profile-status").getText());
        int held = (int) browser.find("#skills").findElements(By.cssSelector("tbody tr")).stream()
                .filter(row -> !row.findElement(By.tagName("select")).getAttribute("value").isEmpty()).count();
        assertEquals(1, held, "the skill held is listed, with blank lines after it");

        // No region and no remote work: refused, and nothing typed is lost.
        browser.type("profile:phone", "07700 900123");
        for (var box : browser.find("#profile\\:regions").findElements(By.cssSelector("input:checked"))) {
            box.click();
        }
        if (browser.find("#profile\\:remote").isSelected()) {
            browser.click("profile:remote");
        }
        browser.submit("profile:save").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("Choose at least one region"), browser.text());
        assertEquals("07700 900123", browser.find("#profile\\:phone").getAttribute("value"), "what was typed is kept");

        // A window of availability and a second skill are added.
        browser.click("profile:remote")
                .setValue("profile:availability-rows:1:from", LocalDate.now().plusMonths(1).toString())
                .setValue("profile:availability-rows:1:to", LocalDate.now().plusMonths(7).toString())
                .type("profile:availability-rows:1:days", "1.5");
        new org.openqa.selenium.support.ui.Select(browser.find("#profile\\:skill-rows\\:1\\:skill")).selectByIndex(3);
        browser.submit("profile:save").assertAccessible();
        assertEquals("Your profile is saved. Coordinators match needs to it from now on.", browser.find("#done").getText(), browser.text());
        assertEquals("07700 900123", browser.find("#profile\\:phone").getAttribute("value"));
        assertEquals("1.5", browser.find("#profile\\:availability-rows\\:1\\:days").getAttribute("value"));
        assertFalse(browser.find("#profile\\:skill-rows\\:1\\:skill").getAttribute("value").isEmpty(), "the second skill is kept");
        assertTrue(browser.find("#profile\\:remote").isSelected());

        // A form opened before someone else's save is refused, not saved over it.
        browser.setValue("profile:loaded-version", "-1").type("profile:job-title", "Director of finance").submit("profile:save");
        assertTrue(browser.find("#error-summary").getText().contains("changed while you were looking"), browser.text());
        assertEquals("Director of finance", browser.find("#profile\\:job-title").getAttribute("value"));

        browser.signOut().signIn(People.host("Hugo Host", "Leeds Teaching")).go("account/profile.xhtml");
        assertEquals("Page not found", browser.heading(), "only associates have a profile");
        browser.signOut();
    }
}
