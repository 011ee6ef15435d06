package uk.interimexchange.domain.model.lesson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.placement.Placement;

/**
 * Takes the host organisation and the people of a placement out of a text: whole names first, regardless of case,
 * then each part of a person's name on its own (a first name is how colleagues are usually written about), as a
 * capitalised whole word only, so that Sam Sponsor's surname does not take "the sponsor" with it.
 */
final class Redaction {

    static final String HOST = "the host organisation";
    static final String PERSON = "[name removed]";
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String WORD_END = "(?![\\p{L}\\p{N}])";

    private record Rule(Pattern pattern, String replacement) {
    }

    private final List<Rule> rules;

    private Redaction(List<Rule> rules) {
        this.rules = rules;
    }

    static Redaction of(Placement placement, UserAccount author) {
        List<String> people = new ArrayList<>();
        people.add(author.getFullName());
        List<Rule> rules = new ArrayList<>();
        if (placement != null) {
            rules.add(rule(placement.getOrganisation().getName(), HOST));
            people.add(placement.getAssociate().getFullName());
            people.add(placement.getNeed().getSponsor().getFullName());
            people.add(placement.getHostContact());
        }
        people.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).forEach(name -> rules.add(rule(name, PERSON)));
        people.stream().filter(n -> n != null).flatMap(n -> List.of(n.strip().split("[\\s,()]+")).stream())
                .filter(part -> part.length() >= 3 && Character.isUpperCase(part.charAt(0))).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).forEach(part -> rules.add(partRule(part)));
        return new Redaction(rules);
    }

    private static Rule rule(String name, String replacement) {
        return new Rule(Pattern.compile(WORD_START + Pattern.quote(name) + WORD_END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                Matcher.quoteReplacement(replacement));
    }

    private static Rule partRule(String part) {
        return new Rule(Pattern.compile(WORD_START + Pattern.quote(part) + WORD_END), Matcher.quoteReplacement(PERSON));
    }

    String apply(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Rule rule : rules) {
            result = rule.pattern().matcher(result).replaceAll(rule.replacement());
        }
        return result;
    }
}
