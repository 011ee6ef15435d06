package uk.interimexchange.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * Moving round a page with the keyboard alone, and what must hold on the way: focus always visible, never stuck,
 * and every control reachable. Used by {@link WebBrowser} in keyboard-only mode.
 */
final class Keyboard {

    /** Presses of Tab on one element that are not a trap: a date field moves through its day, month and year first. */
    private static final int PRESSES_INSIDE_ONE_CONTROL = 6;

    private Keyboard() {
    }

    static WebElement active(ChromeDriver driver) {
        return driver.switchTo().activeElement();
    }

    /**
     * Moves focus to {@code target} with Tab, or Shift+Tab when it comes before the focus in the page, checking that
     * each element focused on the way shows it; fails on a trap or when the target is never reached.
     */
    static void reach(ChromeDriver driver, WebElement target) {
        if (target.equals(active(driver))) {
            return;
        }
        boolean backwards = Boolean.TRUE.equals(driver.executeScript(
                "const a = document.activeElement; return a !== document.body && a !== null"
                        + " && (arguments[0].compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;", target));
        Long focusable = (Long) driver.executeScript("return document.querySelectorAll('a[href], button, input:not([type=hidden]),"
                + " select, textarea, [tabindex]').length;");
        int limit = (int) (focusable * 2 + 20);
        WebElement previous = active(driver);
        int stuck = 0;
        for (int press = 0; press < limit; press++) {
            active(driver).sendKeys(backwards ? Keys.chord(Keys.SHIFT, Keys.TAB) : Keys.TAB);
            WebElement now = active(driver);
            if (now.equals(target)) {
                assertFocusVisible(driver, now);
                return;
            }
            if (!"body".equalsIgnoreCase(now.getTagName())) {
                assertFocusVisible(driver, now);
            }
            stuck = now.equals(previous) ? stuck + 1 : 0;
            if (stuck >= PRESSES_INSIDE_ONE_CONTROL) {
                fail("Keyboard trap: focus stays on " + describe(now) + " however often " + (backwards ? "Shift+Tab" : "Tab") + " is pressed");
            }
            previous = now;
        }
        fail("Not reachable with the keyboard: " + describe(target) + " on " + driver.getCurrentUrl());
    }

    /** The focused element looks focused: an outline or a shadow that it does not have when it is not focused. */
    static void assertFocusVisible(ChromeDriver driver, WebElement element) {
        Boolean visible = (Boolean) driver.executeScript("""
                const e = arguments[0];
                const style = getComputedStyle(e);
                const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                const shadow = style.boxShadow && style.boxShadow !== 'none';
                return outline || shadow;""", element);
        assertTrue(Boolean.TRUE.equals(visible), "Focus is not visible on " + describe(element) + " at " + driver.getCurrentUrl());
    }

    /** Chooses an option of a list with the arrow keys: Home, then down until it is the one. */
    static void choose(ChromeDriver driver, WebElement list, String visibleText) {
        reach(driver, list);
        Select select = new Select(list);
        List<WebElement> options = select.getOptions();
        active(driver).sendKeys(Keys.HOME);
        for (int i = 0; i <= options.size(); i++) {
            if (select.getFirstSelectedOption().getText().equals(visibleText)) {
                return;
            }
            active(driver).sendKeys(Keys.ARROW_DOWN);
        }
        fail("No option \"" + visibleText + "\" reached with the arrow keys in " + describe(list));
    }

    /**
     * Types a date (yyyy-mm-dd) or a date and time (yyyy-mm-ddThh:mm) into the browser's own date field, digit by digit
     * as a person would. The order of day, month and year follows the browser's language, so each order is tried
     * until the field holds the date meant.
     */
    static void typeDate(ChromeDriver driver, WebElement field, String value) {
        boolean withTime = value.contains("T");
        LocalDateTime at = withTime ? LocalDateTime.parse(value) : LocalDate.parse(value).atStartOfDay();
        String dd = two(at.getDayOfMonth());
        String mm = two(at.getMonthValue());
        String yyyy = String.valueOf(at.getYear());
        int hour12 = at.getHour() % 12 == 0 ? 12 : at.getHour() % 12;
        // The year takes up to six digits, so it never moves on by itself: the right arrow goes on to the time.
        List<CharSequence[]> attempts = withTime
                ? List.of(keys(mm + dd + yyyy, Keys.ARROW_RIGHT, two(hour12) + two(at.getMinute()), at.getHour() < 12 ? "A" : "P"),
                        keys(dd + mm + yyyy, Keys.ARROW_RIGHT, two(at.getHour()) + two(at.getMinute())),
                        keys(yyyy, Keys.ARROW_RIGHT, mm + dd + two(at.getHour()) + two(at.getMinute())))
                : List.of(keys(mm + dd + yyyy), keys(dd + mm + yyyy), keys(yyyy, Keys.ARROW_RIGHT, mm + dd));
        for (CharSequence[] typed : attempts) {
            enterAfresh(driver, field);
            active(driver).sendKeys(typed);
            if (value.equals(field.getAttribute("value"))) {
                return;
            }
        }
        assertEquals(value, field.getAttribute("value"), "the date typed into " + describe(field));
    }

    /** Focus on the field's first part: reach it, leave it backwards, then come in again with Tab. */
    private static void enterAfresh(ChromeDriver driver, WebElement field) {
        reach(driver, field);
        for (int i = 0; i < PRESSES_INSIDE_ONE_CONTROL && field.equals(active(driver)); i++) {
            active(driver).sendKeys(Keys.chord(Keys.SHIFT, Keys.TAB));
        }
        active(driver).sendKeys(Keys.TAB);
        assertEquals(field, active(driver), "Tab leads back into " + describe(field));
    }

    private static CharSequence[] keys(CharSequence... keys) {
        return keys;
    }

    private static String two(int number) {
        return number < 10 ? "0" + number : String.valueOf(number);
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id) + ">"
                + (element.getText().isBlank() ? "" : " \"" + element.getText().strip().lines().findFirst().orElse("") + "\"");
    }
}
