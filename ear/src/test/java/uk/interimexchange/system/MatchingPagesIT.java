package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A coordinator ranks a need's candidates with their reasons and takes part of the allocation across needs. */
class MatchingPagesIT extends BrowserTest {

    @Test
    void aCoordinatorSeesRankedExplainedCandidatesAndTakesPartOfAnAllocation() {
        People.Person host = People.host("Meg Match", "Manchester University");
        People.Person coordinator = People.coordinator("Max Matcher");
        People.Person candidate = People.associate("Cody Candidate");
        People.Person colleague = People.associate("Hattie Homegrown");
        Programme.profile(candidate, "Sheffield Teaching");
        Programme.profile(colleague, "Manchester University");
        String need = "/needs/" + Programme.openNeed(host, coordinator, "Matching booking recovery " + System.currentTimeMillis());

        browser.signOut().signIn(coordinator).go(need).follow("candidates-link").assertAccessible();
        assertEquals("Candidates", browser.heading());
        assertTrue(browser.find("#left-out").getText().contains("employed by the host organisation"), browser.find("#left-out").getText());
        assertTrue(browser.has("#ranked"), "the pool has candidates for the need: " + browser.text());
        List<WebElement> rows = browser.find("#ranked").findElements(By.cssSelector("tbody tr"));
        List<Integer> scores = rows.stream().map(r -> Integer.parseInt(r.findElement(By.cssSelector("td strong")).getText())).toList();
        assertEquals(scores.stream().sorted(java.util.Comparator.reverseOrder()).toList(), scores, "best fit first");
        String why = rows.get(0).getText();
        assertTrue(why.contains("skills") && why.contains("availability") && why.contains("band") && why.contains("region")
                && why.contains("load"), "every part of the score, with its reason: " + why);
        WebElement invite = inviteButtonFor(candidate.name());
        String invited = candidate.name();
        browser.submit(invite.getAttribute("id")).assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("The associate is invited to apply"), browser.text());
        WebElement row = rowOf(invited);
        assertTrue(row.getText().contains("already applied"), "the invitation shows: " + row.getText());
        assertFalse(row.getText().contains("Invite"), "and cannot be sent twice");

        browser.go(need.replace("/needs/", "needs/candidates.xhtml?need=") + "&band=VSM&region=LONDON").assertAccessible();
        assertTrue(browser.find("#band").getText().contains("Very senior manager"));

        browser.follow("dashboard-link").follow("allocation-link").assertAccessible();
        assertEquals("Allocation across needs", browser.heading());
        assertTrue(browser.has("#pairings"), "the open needs have eligible candidates: " + browser.text());
        browser.find("#pairings").findElements(By.cssSelector("input[name=take]")).forEach(WebElement::click); // untick them all
        browser.submit("allocation:accept").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("Tick at least one pairing"), browser.text());

        browser.signOut().signIn(host).go(need.replace("/needs/", "needs/candidates.xhtml?need="));
        assertEquals("Page not found", browser.heading(), "candidates are for coordinators");
        browser.go("matching/allocation.xhtml");
        assertEquals("You cannot see this page", browser.heading());
        assertFalse(browser.has("#candidates-link"));
        browser.signOut();
    }

    /** The invitation button for {@code name}, on whichever page of candidates they are (25 a page, best first). */
    private static WebElement inviteButtonFor(String name) {
        for (int page = 0; page < 20; page++) {
            var button = browser.find("#ranked").findElements(By.cssSelector("input[type=submit]")).stream()
                    .filter(b -> b.getAttribute("aria-label").equals("Invite " + name + " to apply")).findFirst();
            if (button.isPresent()) {
                return button.get();
            }
            assertTrue(browser.has("#later"), name + " is on no page of candidates");
            browser.follow("later").assertAccessible();
        }
        throw new AssertionError(name + " is not among the candidates");
    }

    /** {@code name}'s row, on whichever page of candidates it is. */
    private static WebElement rowOf(String name) {
        for (int page = 0; page < 20; page++) {
            var row = browser.find("#ranked").findElements(By.cssSelector("tbody tr")).stream()
                    .filter(r -> r.findElement(By.tagName("th")).getText().startsWith(name)).findFirst();
            if (row.isPresent()) {
                return row.get();
            }
            assertTrue(browser.has("#later"), name + " is on no page of candidates");
            browser.follow("later").assertAccessible();
        }
        throw new AssertionError(name + " is not among the candidates");
    }
}
