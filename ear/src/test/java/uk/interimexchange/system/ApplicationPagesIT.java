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


    /** An open need of the host's organisation, published for the test; answers its address, where the browser then is. */
    private static String openNeed(People.Person host, String title) {
        String need = "/needs/" + Programme.openNeed(host, People.coordinator("Opal Opener"), title);
        browser.go(need);
        return need;
    }

    @Test
    void anAssociateAppliesSeesTheApplicationAndWithdrawsIt() {
        People.Person associate = People.associate("Willa Withdraw");
        Programme.profile(associate);
        String title = "Withdrawn application need " + System.currentTimeMillis();
        browser.signOut().signIn(associate);
        String need = openNeed(People.host("Hana Host", "Sheffield Teaching"), title);
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

        browser.signOut().signIn(People.associate("Oscar Other")).go(application);
        assertEquals("Page not found", browser.heading(), "another associate's application does not exist for them");
        browser.signOut();
    }

    @Test
    void anAssociateWithAnOfferIsAskedToAnswerIt() {
        People.Person host = People.host("Ola Offerer", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Cy Offers");
        People.Person associate = People.associate("Aisha Answer");
        Programme.profile(associate);
        long need = Programme.openNeed(host, coordinator, "Offered need " + System.currentTimeMillis());
        Programme.offered(coordinator, Programme.application(associate, need));

        browser.signOut().signIn(associate);
        assertTrue(browser.has("#fitting-needs") || browser.has("#nothing-fits"), "the home page answers which open needs fit");
        if (browser.has("#fitting-needs")) {
            String fits = browser.find("#fitting-needs").getText();
            assertTrue(fits.contains("fits you") && fits.contains("skills") && fits.contains("availability"),
                    "each fit says why, by the same engine as the coordinators': " + fits);
        }
        assertFalse(browser.has("#profile-missing"), "the profile is complete");
        browser.follow("offers-link-0").assertAccessible();
        assertEquals("Offered", browser.find("#application-state").getText());
        assertTrue(browser.has("#application\\:accept") && browser.has("#application\\:decline"), "accept or decline the offer");
        browser.signOut();
    }

    @Test
    void aCoordinatorShortlistsInterviewsAndOffersAndTheHostSeesTheShortlist() {
        People.Person associate = People.associate("Daniel Hughes");
        People.Person host = People.host("Hari Shortlist", "Sheffield Teaching");
        People.Person coordinator = People.coordinator("Sana Shortlister");
        Programme.profile(associate);
        browser.signOut().signIn(associate);
        String need = openNeed(host, "Shortlisted need " + System.currentTimeMillis());
        browser.follow("apply-link").type("apply:statement", "Ten years running outpatient services.")
                .type("apply:conflict", "None").click("apply:availability").submit("apply:submit");
        String application = browser.path();

        browser.signOut().signIn(host).go(need);
        assertFalse(browser.has("#applicant-" + application.substring(application.lastIndexOf('/') + 1)),
                "the host does not see an applicant before the shortlist");
        browser.go(application);
        assertEquals("Page not found", browser.heading(), "nor their application");

        browser.signOut().signIn(coordinator).go(need).assertAccessible();
        browser.follow("applicant-" + application.substring(application.lastIndexOf('/') + 1)).assertAccessible();
        browser.submit("pipeline:shortlist").assertAccessible();
        assertEquals("Shortlisted", browser.find("#application-state").getText());

        browser.submit("pipeline:arrange-interview").assertAccessible();
        assertTrue(browser.has("#error-summary a[href='#pipeline:interview-at']"), "the date is needed: " + browser.text());
        String when = java.time.LocalDate.now().plusDays(7) + "T10:30";
        browser.setValue("pipeline:interview-at", when).choose("pipeline:interview-format", "Video call")
                .submit("pipeline:arrange-interview").assertAccessible();
        assertEquals("Interview arranged", browser.find("#application-state").getText());
        assertTrue(browser.find("#interview").getText().contains("10:30") && browser.find("#interview").getText().contains("Video call"));
        browser.submit("pipeline:offer");
        assertEquals("Offered", browser.find("#application-state").getText());
        assertFalse(browser.has("#pipeline"), "nothing for the coordinator to do until the applicant answers");

        browser.signOut().signIn(host).go(need).assertAccessible();
        assertEquals("Shortlisted applicants", browser.find("#applicants-heading").getText());
        assertTrue(browser.find("#applicants").getText().contains("Daniel Hughes"), "the host sees the shortlisted applicant");

        browser.signOut().signIn(associate).go("home/");
        assertTrue(browser.find("#offers").getText().contains("You have been offered"), "the offer waits on the associate's home page");
        browser.go(application);
        assertTrue(browser.has("#application\\:accept"), "to accept or decline");
        browser.signOut();
    }
}
