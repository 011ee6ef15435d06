package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An admin keeps the reference data (the organisations directory and the skill taxonomy) and closes the accounts of leavers. */
class AdministrationIT extends BrowserTest {

    @Test
    void anAdminAddsClosesAndReopensAnOrganisation() {
        browser.signOut().signIn(People.admin("Orla Organiser")).follow("organisations-link").assertAccessible();
        browser.type("q", "RJ1").submit("search-submit");
        assertEquals("Organisations found: 1", browser.find("#count").getText());
        assertTrue(browser.find("#organisations").getText().contains("Guy's and St Thomas'"));

        browser.submit("add:submit").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("The ODS code"), browser.text());
        browser.type("add:ods-code", "rj1").type("add:name", "A second Guy's").choose("add:type", "Acute").choose("add:region", "London")
                .submit("add:submit");
        assertTrue(browser.find("#error-summary").getText().contains("already listed"), "ODS codes are unique: " + browser.text());

        String code = "Q" + UUID.randomUUID().toString().replace("-", "").substring(0, 4).toUpperCase(Locale.ROOT);
        browser.type("add:ods-code", code).type("add:name", "Riverside Community Health Partnership")
                .choose("add:type", "Community").choose("add:region", "London").submit("add:submit").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("The organisation is added"), browser.text());
        assertEquals("Organisations found: 1", browser.find("#count").getText());
        assertTrue(browser.find("#organisations").getText().contains("Open"));

        browser.submit("organisations:found:0:close").assertAccessible();
        assertTrue(browser.find("#organisations").getText().contains("Closed"), browser.text());
        browser.submit("organisations:found:0:open");
        assertTrue(browser.find("#organisations").getText().contains("Open"), browser.text());
        browser.signOut();
    }

    @Test
    void anAdminAddsAndRenamesASkillAndOthersCannot() {
        browser.signOut().signIn(People.admin("Sid Skills")).follow("skills-link").assertAccessible();
        String name = "Rota redesign " + UUID.randomUUID().toString().substring(0, 6);
        browser.type("add:area", "Workforce and people").type("add:name", name).submit("add:submit").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("The skill is added"), browser.text());

        String field = rowNamed(name);
        browser.type(field, name + " and e-rostering").submit(field.replace(":name", ":rename")).assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("The skill is renamed"), browser.text());
        String renamed = rowNamed(name + " and e-rostering");

        browser.type(renamed, "pathway REDESIGN").submit(renamed.replace(":name", ":rename"));
        assertTrue(browser.find("#error-summary").getText().contains("already in the taxonomy"), "names are unique: " + browser.text());

        browser.signOut().signIn(People.coordinator("Cass Curious")).go("admin/skills.xhtml");
        assertEquals("You cannot see this page", browser.heading());
        assertFalse(browser.has("#skills-link"));
        browser.signOut();
    }

    /** The id of the name field in the taxonomy row that holds this skill. */
    private static String rowNamed(String skill) {
        List<WebElement> fields = browser.find("#taxonomy").findElements(By.cssSelector("tbody input[type=text]"));
        return fields.stream().filter(f -> skill.equals(f.getAttribute("value"))).map(f -> f.getAttribute("id")).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + skill));
    }

    @Test
    void anAdminDeactivatesTheAccountOfALeaverWhoCanThenNoLongerSignInAndOpensItAgain() {
        People.Person admin = People.admin("Ada Accounts");
        People.Person leaver = People.coordinator("Tom Okafor");
        browser.signOut().signIn(admin).go("admin/accounts.xhtml?q=" + Browser.encode(leaver.email()));
        String link = browser.find("#accounts\\:found tbody a").getAttribute("id");
        browser.follow(link).assertAccessible();
        browser.submit("closure:deactivate").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("The reason for deactivating the account is required"), browser.text());
        browser.type("closure:reason", "Left the programme team in November").submit("closure:deactivate").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("Tom Okafor can no longer sign in"), browser.text());
        assertEquals("deactivated", browser.find("#account-status").getText());
        String account = browser.address();

        browser.signOut().go("sign-in.xhtml").type("sign-in:email", leaver.email())
                .type("sign-in:password", People.PASSWORD).submit("sign-in:submit");
        assertTrue(browser.has("#error-summary"), "a leaver cannot sign in: " + browser.text());
        assertFalse(browser.has("#sign-out"));

        browser.signIn(admin).go(account).submit("closure:reactivate").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("Tom Okafor can sign in again"), browser.text());
        browser.signOut().signIn(leaver);
        browser.signOut();
    }

    @Test
    void anAdminErasesAPersonAtTheirRequestOnceTheyConfirmItCannotBeUndoneAndThePrivacyNoticeSaysHowLongDetailIsKept() {
        People.Person admin = People.admin("Ida Information");
        People.Person person = People.associate("Ulla Unwanted");
        browser.signOut().signIn(admin).go("admin/accounts.xhtml?q=" + Browser.encode(person.email()));
        browser.follow(browser.find("#accounts\\:found tbody a").getAttribute("id")).assertAccessible();
        assertTrue(browser.find("#erasure-warning").getText().contains("This cannot be undone"), browser.text());
        browser.type("erasure:reference", "DSR-2026-031").submit("erasure:erase").assertAccessible();
        assertTrue(browser.find("#error-summary").getText().contains("Tick the box to confirm"), "it is confirmed first: " + browser.text());
        assertEquals("active", browser.find("#account-status").getText(), "and nothing changed");

        browser.type("erasure:reference", "DSR-2026-031").click("erasure:understood").submit("erasure:erase").assertAccessible();
        assertTrue(browser.find("#done").getText().startsWith("You erased Ulla Unwanted's personal data"), browser.text());
        assertEquals("erased", browser.find("#account-status").getText());
        assertEquals("Roles of A former associate", browser.heading());
        assertFalse(browser.has("#erasure") || browser.has("#roles"), "nothing more can be done with it");

        browser.signOut().go("sign-in.xhtml").type("sign-in:email", person.email())
                .type("sign-in:password", People.PASSWORD).submit("sign-in:submit");
        assertTrue(browser.has("#error-summary") && !browser.has("#sign-out"), "an erased person cannot sign in: " + browser.text());

        browser.go("privacy.xhtml").assertAccessible();
        assertEquals("6 years", browser.find("#closed-placement-period").getText(), "the configured period, in words");
        assertTrue(browser.find("#erasure").getText().contains("cannot be undone"), browser.text());
    }
}
