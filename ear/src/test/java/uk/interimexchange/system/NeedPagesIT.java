package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The needs pages in a real browser: each role's list, a need at its own address, and the host's and
 * coordinator's next steps on it, with the history that records them. Each page is checked with axe-core.
 */
class NeedPagesIT extends BrowserTest {

    /** The address of the need called {@code title} in the list the browser shows. */
    private static String addressOf(String title) {
        WebElement link = browser.find("#needs").findElements(By.linkText(title)).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No need called " + title + " in the list:\n" + browser.text()));
        return java.net.URI.create(link.getAttribute("href")).getPath();
    }

    @Test
    void aHostSendsAReturnedDraftAgainAndACoordinatorTakesItIntoScoping() {
        String title = "Theatre scheduling improvement " + System.currentTimeMillis();
        People.Person host = People.host("Lena Leeds", "Leeds Teaching");
        People.Person coordinator = People.coordinator("Ruth Returner");
        long id = Programme.submittedNeed(host, title);
        browser.signOut().signIn(coordinator).go("needs/" + id).type("need:reason", "Please say which specialties are in scope")
                .submit("need:return-to-draft").assertAccessible();
        assertEquals("Draft", browser.find("#need-state").getText(), "returned to the host");

        browser.signOut().signIn(host).go("needs/").assertAccessible();
        assertEquals("Your organisation’s needs", browser.heading());
        String address = addressOf(title);
        assertEquals("/needs/" + id, address, "a bookmarkable address");

        browser.go(address).assertAccessible();
        assertEquals(title, browser.heading());
        assertEquals("Draft", browser.find("#need-state").getText());
        assertTrue(browser.find("#state-reason").getText().contains("Please say which specialties are in scope"),
                "the host sees why the coordinator returned it");
        browser.submit("need:submit").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("You sent the need to the programme team"));
        assertEquals("Submitted", browser.find("#need-state").getText());
        assertFalse(browser.has("#need\\:submit"), "nothing more to send");

        browser.signOut().signIn(coordinator).go("needs/?state=SUBMITTED&q=" + title.replace(' ', '+')).assertAccessible();
        assertEquals(address, addressOf(title), "the coordinator finds it among the submitted needs");
        browser.go(address);
        browser.submit("need:return-to-draft").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("reason"), "a return needs a reason: " + browser.text());
        assertEquals("Submitted", browser.find("#need-state").getText(), "nothing changed");

        browser.submit("need:start-scoping").assertAccessible();
        assertEquals("Scoping", browser.find("#need-state").getText());
        List<String> history = browser.find("#history").findElements(By.cssSelector("tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText).toList();
        assertEquals("posted", history.get(0), "written a step at a time, then: " + history);
        assertEquals(List.of("submitted", "returned to draft", "submitted", "taken into scoping"), history.subList(history.size() - 4, history.size()));
        assertTrue(browser.find("#history").getText().contains(coordinator.name()), "who did it, by name");
        assertFalse(browser.find("#history").getText().contains(coordinator.email()), "not by email address");
    }

    @Test
    void anAssociateSeesOnlyOpenNeedsAndOthersOrganisationsNeedsAreNotFound() {
        People.Person host = People.host("Noor Nottingham", "Nottingham University Hospitals");
        People.Person coordinator = People.coordinator("Omar Opener");
        String draftAddress = "/needs/" + Programme.submittedNeed(host, "Community diagnostic centre " + System.currentTimeMillis());
        String open = "Open outpatients need " + System.currentTimeMillis();
        String openAddress = "/needs/" + Programme.openNeed(host, coordinator, open);

        browser.signOut().signIn(People.associate("Ava Associate")).go("needs/").assertAccessible();
        assertEquals("Open needs", browser.heading());
        List<String> states = browser.find("#needs").findElements(By.cssSelector("tbody .nhs-tag")).stream().map(WebElement::getText).distinct().toList();
        assertEquals(List.of("Open for applications"), states, "an associate sees open needs only");
        assertFalse(browser.has("#state"), "no state filter for an associate");

        browser.go("needs/?q=" + open.replace(' ', '+'));
        assertEquals(openAddress, addressOf(open), "the open need is found");
        browser.go(openAddress).assertAccessible();
        assertFalse(browser.has("#host-notes"), "the host's notes are not for associates");
        assertFalse(browser.has("#history"), "nor the history");
        assertFalse(browser.has("#need"), "no actions for an associate here");

        browser.go(draftAddress).assertAccessible();
        assertEquals("Page not found", browser.heading(), "another organisation's submitted need does not exist for an associate");
        browser.signOut().signIn(People.host("Lou Leeds", "Leeds Teaching")).go(draftAddress);
        assertEquals("Page not found", browser.heading(), "nor for a host of another organisation");
        browser.go("needs/not-a-number");
        assertEquals("Page not found", browser.heading());
        browser.signOut().signIn(People.admin("Adie Admin")).go("needs/");
        assertEquals("You cannot see this page", browser.heading(), "an admin makes no business decisions");
        assertFalse(browser.has("#needs-link"));
        browser.signOut();
    }

    @Test
    void anAssociateNarrowsOpenNeedsAndTheFiltersStayAcrossPages() {
        browser.signOut().signIn(People.associate("Nina Narrower")).go("needs/").assertAccessible();
        browser.type("days", "1").click("remote").choose("sort", "Closing soonest").submit("search-submit").assertAccessible();
        assertTrue(browser.path().startsWith("/needs/"), browser.path());
        assertEquals("1", browser.find("#days").getAttribute("value"), "the filter shows what was asked");
        assertTrue(browser.find("#remote").isSelected());
        if (browser.has("#needs")) {
            for (WebElement days : browser.find("#needs").findElements(By.cssSelector("tbody td:nth-child(4)"))) {
                assertTrue(new java.math.BigDecimal(days.getText()).compareTo(java.math.BigDecimal.ONE) <= 0,
                        "every need listed asks for at most one day a week: " + days.getText());
            }
        }

        browser.go("needs/?days=lots&sort=SIDEWAYS&start=31-02-2027").assertAccessible();
        String said = browser.find("#unreadable").getText();
        assertTrue(said.contains("days a week") && said.contains("order") && said.contains("start date"),
                "a value the form could not have sent is named, not an error page: " + said);
        assertTrue(browser.has("#needs"), "and the list is shown without it");

        browser.signOut().signIn(People.coordinator("Pat Pager")).go("needs/?sort=STARTING_SOONEST&remote=true");
        if (browser.has("#later")) {
            String next = browser.find("#later").getAttribute("href");
            assertTrue(next.contains("sort=STARTING_SOONEST") && next.contains("remote=true"), "the next page keeps the filters: " + next);
        }
        browser.signOut();
    }
}
