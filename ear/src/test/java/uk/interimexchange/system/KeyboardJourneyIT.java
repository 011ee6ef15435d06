package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The journey from a host's need to an accepted offer with the keyboard alone (WCAG 2.1.1, 2.1.2, 2.4.7): every field
 * reached with Tab or Shift+Tab, typed into, lists moved with the arrow keys, boxes ticked with Space, buttons and
 * links pressed with Enter. It fails when focus is not visible on any control passed on the way, when focus is
 * trapped, or when a control the journey needs cannot be reached.
 */
class KeyboardJourneyIT extends BrowserTest {

    @Test
    void aNeedIsPostedScopedPublishedAppliedForAndTheOfferAcceptedWithTheKeyboardAlone() {
        People.Person host = People.host("Kim Keys", "Nottingham University Hospitals");
        People.Person coordinator = People.coordinator("Tab Coordinator");
        People.Person associate = People.associate("Enid Enter");
        String title = "Keyboard-only booking recovery " + System.currentTimeMillis();
        Journey journey = new Journey(browser.keyboardOnly());

        journey.completeProfile(associate, "Midlands");
        String need = journey.postNeed(host, title);
        journey.scope(coordinator, need);
        journey.signScope(host, need);
        journey.publish(coordinator, need);
        String application = journey.apply(associate, need, title);
        journey.offer(coordinator, application);
        String placement = journey.accept(associate, application);

        assertEquals(title, browser.find("#placement-title").getText(), browser.text());
        assertEquals("Proposed", browser.find("#placement-state").getText());
        assertTrue(placement.matches("/placements/\\d+"));
    }
}
