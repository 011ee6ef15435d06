package uk.interimexchange.application.internal;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.matchers.Match;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.interimexchange.application.PasswordRefusedException;

/**
 * The password rule, after NCSC guidance: long enough, no composition rules, and not guessable. Guessability
 * is zxcvbn's estimate (it ships the common-password and name lists), given the person's own name, email
 * address and organisation so that passwords built from them are refused too.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int SHORTEST = 12;

    /** Long enough for any passphrase; the estimator's work grows with length. */
    public static final int LONGEST = 128;

    /** zxcvbn's "safely unguessable" band: an online attacker cannot get there, and a slow hash holds offline. */
    static final int LEAST_SCORE = 3;

    private static final String ADVICE = " A good way to make a strong password is to put three random words together, like"
            + " \"kettle orbit marmalade\".";

    private final Zxcvbn zxcvbn = new Zxcvbn();

    /** Refuses a password that breaks the rule, saying why in words the person can act on. */
    public void check(char[] password, String fullName, String email, String organisation) {
        problem(password, fullName, email, organisation).ifPresent(reason -> {
            throw new PasswordRefusedException(reason);
        });
    }

    public Optional<String> problem(char[] password, String fullName, String email, String organisation) {
        if (password == null || password.length == 0) {
            return Optional.of("Enter a password.");
        }
        if (password.length < SHORTEST) {
            return Optional.of("Your password must be at least " + SHORTEST + " characters long." + ADVICE);
        }
        if (password.length > LONGEST) {
            return Optional.of("Your password must be " + LONGEST + " characters or fewer.");
        }
        // zxcvbn wipes what it measured when asked to; it measures a copy, so the caller's password is left whole.
        Strength strength = zxcvbn.measure(CharBuffer.wrap(password.clone()), personal(fullName, email, organisation));
        try {
            int personalCharacters = strength.getSequence().stream().filter(PasswordPolicy::isPersonal)
                    .mapToInt(m -> m.j - m.i + 1).sum();
            // Mostly their own details, or any of them in a password that is not otherwise very strong.
            if (personalCharacters * 2 >= password.length || (personalCharacters > 0 && strength.getScore() < 4)) {
                return Optional.of("Your password is too easy to guess because it is built from your name, email address"
                        + " or organisation. Choose words that have nothing to do with you." + ADVICE);
            }
            if (strength.getScore() < LEAST_SCORE) {
                String warning = strength.getFeedback().getWarning(Locale.UK);
                return Optional.of("Your password is too easy to guess." + (warning == null || warning.isBlank() ? "" : " " + warning)
                        + ADVICE);
            }
            return Optional.empty();
        } finally {
            strength.wipe();
        }
    }

    private static boolean isPersonal(Match match) {
        return "user_inputs".equals(match.dictionaryName) && match.token != null && match.token.length() >= 3;
    }

    /** The person's own words: each part of the name, of the email address and of the organisation. */
    static List<String> personal(String fullName, String email, String organisation) {
        List<String> words = new ArrayList<>();
        for (String text : new String[] {fullName, email, organisation}) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String lower = text.toLowerCase(Locale.ROOT).strip();
            words.add(lower);
            Arrays.stream(lower.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3).forEach(words::add);
        }
        return words;
    }
}
