package uk.interimexchange.application.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.interimexchange.application.Cohort;
import uk.interimexchange.application.CohortSheet;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillLevel;

/**
 * The rows of a cohort's spreadsheet, read by their headings and checked cell by cell against what is already held,
 * which the caller looks up for all rows at once ({@link #emails()}, {@link #odsCodes()}) so a sheet of thousands costs
 * a handful of statements.
 */
public final class CohortRows {

    static final String EMAIL = "Email";
    static final String NAME = "Full name";
    static final String BAND = "Band";
    static final String EMPLOYER = "Employer ODS code";
    static final String JOB = "Job title";
    static final String SKILLS = "Skills";

    private static final List<String> REQUIRED = List.of(EMAIL, NAME, BAND, EMPLOYER);
    private static final Pattern SKILL = Pattern.compile("(.+?)\\s*(?:\\((.*)\\))?");

    /** One row, resolved: everything needed to invite the person. */
    public record Row(int number, String email, String fullName, Band band, Organisation employer, String jobTitle, List<HeldSkill> skills) {

        Cohort.Invitee invitee() {
            return new Cohort.Invitee(number, email, fullName, band.getLabel(), employer.getName(), jobTitle,
                    skills.stream().map(s -> s.getSkill().getName() + " (" + s.getLevel().getLabel() + ")").toList());
        }
    }

    /** What is held already, looked up for the whole sheet. */
    public record Held(Set<String> emails, Map<String, Organisation> organisations, List<Skill> skills) {
    }

    private final List<Cohort.Problem> problems = new ArrayList<>();
    private final List<Map<String, String>> cells = new ArrayList<>();
    private final List<Integer> numbers = new ArrayList<>();

    private CohortRows() {
    }

    /** Reads the sheet by its headings; a sheet without a required column, or too long, has only that problem. */
    static CohortRows read(CohortSheet sheet) {
        CohortRows read = new CohortRows();
        List<List<String>> rows = sheet.rows();
        if (rows.isEmpty()) {
            read.problems.add(new Cohort.Problem(1, "", "The file is empty. Its first row names the columns: " + String.join(", ", REQUIRED)
                    + ", and if you like " + JOB + " and " + SKILLS + "."));
            return read;
        }
        if (rows.size() - 1 > CohortSheet.MOST_ROWS) {
            read.problems.add(new Cohort.Problem(1, "", "The file has " + (rows.size() - 1) + " rows; a cohort is at most "
                    + CohortSheet.MOST_ROWS + ". Split it into smaller files."));
            return read;
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> headings = rows.get(0);
        for (int c = 0; c < headings.size(); c++) {
            String heading = plain(headings.get(c));
            for (String known : List.of(EMAIL, NAME, BAND, EMPLOYER, JOB, SKILLS)) {
                if (plain(known).equals(heading) || (known.equals(EMPLOYER) && heading.equals("odscode"))) {
                    columns.putIfAbsent(known, c);
                }
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                read.problems.add(new Cohort.Problem(1, required, "The file has no \"" + required + "\" column. The first row names the columns."));
            }
        }
        if (!read.problems.isEmpty()) {
            return read;
        }
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue; // a blank line is no one
            }
            Map<String, String> values = new HashMap<>();
            columns.forEach((name, c) -> values.put(name, c < row.size() && row.get(c) != null ? row.get(c).strip() : ""));
            read.cells.add(values);
            read.numbers.add(r + 1);
        }
        return read;
    }

    private static String plain(String heading) {
        return heading == null ? "" : heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** The addresses the rows give, in lower case, to look up at once. */
    Set<String> emails() {
        Set<String> emails = new LinkedHashSet<>();
        cells.forEach(row -> emails.add(row.get(EMAIL).toLowerCase(Locale.ROOT)));
        return emails;
    }

    Set<String> odsCodes() {
        Set<String> codes = new LinkedHashSet<>();
        cells.forEach(row -> codes.add(row.get(EMPLOYER).toUpperCase(Locale.ROOT)));
        return codes;
    }

    /** Checks each row against what is held; the rows that are right, and every problem found, in row order. */
    Checked check(Held held) {
        List<Cohort.Problem> found = new ArrayList<>(problems);
        List<Row> right = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Skill> skillsByName = new HashMap<>();
        held.skills().forEach(skill -> skillsByName.put(skill.getName().toLowerCase(Locale.ROOT), skill));
        for (int i = 0; i < cells.size(); i++) {
            Map<String, String> row = cells.get(i);
            int number = numbers.get(i);
            List<Cohort.Problem> wrong = new ArrayList<>();
            String email = cell(wrong, number, EMAIL, () -> UserAccount.checkedEmail(row.get(EMAIL)));
            if (email != null) {
                Integer first = seen.putIfAbsent(email, number);
                if (first != null) {
                    wrong.add(new Cohort.Problem(number, EMAIL, "The same email address is on row " + first + "."));
                } else if (held.emails().contains(email)) {
                    wrong.add(new Cohort.Problem(number, EMAIL, "There is already an account with this email address."));
                }
            }
            String name = cell(wrong, number, NAME, () -> Check.text(row.get(NAME), 120, "The full name"));
            Band band = cell(wrong, number, BAND, () -> Band.parse(row.get(BAND)).orElseThrow(() -> new BusinessRuleException(
                    "Write the band as 7, 8a, 8b, 8c, 8d, 9 or VSM" + (row.get(BAND).isEmpty() ? "." : ", not \"" + row.get(BAND) + "\"."))));
            Organisation employer = cell(wrong, number, EMPLOYER, () -> employer(row.get(EMPLOYER), held.organisations()));
            String job = cell(wrong, number, JOB, () -> Check.optionalText(row.get(JOB), 150, "The job title"));
            List<HeldSkill> skills = cell(wrong, number, SKILLS, () -> skills(row.get(SKILLS), skillsByName));
            if (wrong.isEmpty()) {
                right.add(new Row(number, email, name, band, employer, job, skills));
            }
            found.addAll(wrong);
        }
        return new Checked(right, found, cells.size());
    }

    public record Checked(List<Row> right, List<Cohort.Problem> problems, int rowsRead) {

        Cohort cohort() {
            return new Cohort(rowsRead, right.stream().map(Row::invitee).toList(), problems);
        }
    }

    private static <T> T cell(List<Cohort.Problem> wrong, int row, String column, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (BusinessRuleException e) {
            wrong.add(new Cohort.Problem(row, column, e.getMessage()));
            return null;
        }
    }

    private static Organisation employer(String written, Map<String, Organisation> organisations) {
        Check.that(!written.isEmpty(), "The employer's ODS code is required, like RJ1.");
        Organisation employer = organisations.get(written.toUpperCase(Locale.ROOT));
        Check.that(employer != null, "No organisation in the directory has the ODS code \"" + written + "\".");
        Check.that(employer.isActive(), employer.getName() + " is closed in the organisations directory.");
        return employer;
    }

    /** "Pathway redesign (Expert); Finance" — names from the taxonomy, each with a level (Working unless given). */
    private static List<HeldSkill> skills(String written, Map<String, Skill> skillsByName) {
        List<HeldSkill> skills = new ArrayList<>();
        Set<Skill> listed = new HashSet<>();
        for (String one : written.split(";")) {
            if (one.isBlank()) {
                continue;
            }
            Matcher parts = SKILL.matcher(one.strip());
            Check.that(parts.matches(), "Write each skill as its name, and its level in brackets if you like.");
            Skill skill = skillsByName.get(parts.group(1).strip().toLowerCase(Locale.ROOT));
            Check.that(skill != null, "\"" + parts.group(1).strip() + "\" is not in the skill taxonomy.");
            Check.that(listed.add(skill), skill.getName() + " is listed twice.");
            skills.add(new HeldSkill(skill, level(parts.group(2))));
        }
        return skills;
    }

    private static SkillLevel level(String written) {
        if (written == null || written.isBlank()) {
            return SkillLevel.WORKING;
        }
        for (SkillLevel level : SkillLevel.values()) {
            if (level.getLabel().equalsIgnoreCase(written.strip())) {
                return level;
            }
        }
        throw new BusinessRuleException("Write a skill's level as Working, Experienced or Expert, not \"" + written.strip() + "\".");
    }
}
