package uk.interimexchange.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.interimexchange.application.PasswordRefusedException;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    private Optional<String> problem(String password) {
        return policy.problem(password.toCharArray(), "Priya Raman", "priya.raman@nhs.net", "Leeds Teaching Hospitals NHS Trust");
    }

    @Test
    void threeRandomWordsPass() {
        assertEquals(Optional.empty(), problem("kettle orbit marmalade"));
        assertEquals(Optional.empty(), problem("correct-hinge-saxophone-tulip"));
    }

    @Test
    void noCompositionRulesApply() {
        assertEquals(Optional.empty(), problem("lantern quiet meadow bicycle"), "all lower case, no digits or symbols");
    }

    @Test
    void shortPasswordsAreRefusedWithTheLength() {
        String reason = problem("Tr0ub4dor&3").orElseThrow();
        assertTrue(reason.contains("at least 12 characters"), reason);
    }

    @Test
    void commonPasswordsAreRefusedWithWhy() {
        String reason = problem("password1234").orElseThrow();
        assertTrue(reason.startsWith("Your password is too easy to guess."), reason);
        assertTrue(problem("qwertyuiop123").isPresent(), "keyboard rows");
        assertTrue(problem("aaaaaaaaaaaaaaaa").isPresent(), "repeats");
    }

    @Test
    void passwordsBuiltFromTheirOwnDetailsAreRefused() {
        String fromName = problem("PriyaRaman2024").orElseThrow();
        assertTrue(fromName.contains("built from your name, email address or organisation"), fromName);
        assertTrue(problem("priya.raman@nhs").isPresent(), "from the email address");
        assertTrue(problem("leedsteaching1").isPresent(), "from the organisation");
        assertEquals(Optional.empty(), policy.problem("PriyaRaman2024".toCharArray(), "Sam Jones", "sam.jones@nhs.net", null),
                "the same password is not personal for someone else, and is long and uncommon enough");
    }

    @Test
    void theCallersPasswordIsLeftWholeForHashing() {
        char[] password = "kettle orbit marmalade".toCharArray();
        policy.check(password, "Sam Jones", "sam@nhs.net", null);
        assertEquals("kettle orbit marmalade", new String(password));
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertTrue(problem("a".repeat(129)).orElseThrow().contains("128 characters or fewer"));
    }

    @Test
    void checkThrowsTheReasonForTheForm() {
        var refused = assertThrows(PasswordRefusedException.class,
                () -> policy.check("letmein12345".toCharArray(), "Sam Jones", "sam@nhs.net", null));
        assertTrue(refused.getMessage().startsWith("Your password is too easy to guess."), refused.getMessage());
    }
}
