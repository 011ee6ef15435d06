package uk.interimexchange.domain.model.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void textIsTrimmedAndRefusedWhenTooLongOrHoldingAControlCharacter() {
        assertEquals("Frailty pathway", Check.text("  Frailty pathway ", 40, "The title"));
        assertEquals("Line one\nLine two\twith a tab", Check.text("Line one\nLine two\twith a tab", 40, "The notes"),
                "new lines and tabs are typed");
        assertEquals("The title must be 5 characters or fewer.",
                assertThrows(BusinessRuleException.class, () -> Check.text("Frailty", 5, "The title")).getMessage());
        assertEquals("The title contains a character that cannot be kept: type it again without it.",
                assertThrows(BusinessRuleException.class, () -> Check.text("Frail\u0000ty", 40, "The title")).getMessage());
        assertThrows(BusinessRuleException.class, () -> Check.optionalText("bell\u0007", 40, "The notes"));
    }
}
