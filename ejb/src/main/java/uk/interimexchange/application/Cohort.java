package uk.interimexchange.application;

import java.util.List;

/**
 * What a cohort's spreadsheet makes: before it is confirmed, who would be invited and what is wrong in which row and
 * column; once confirmed, who was invited. Rows are numbered as the spreadsheet numbers them, the headings being row 1.
 */
public record Cohort(int rowsRead, List<Invitee> invitees, List<Problem> problems) implements java.io.Serializable {

    public Cohort {
        invitees = List.copyOf(invitees);
        problems = List.copyOf(problems);
    }

    /** Someone who is (or would be) given an account and a draft profile, and emailed an invitation. */
    public record Invitee(int row, String email, String fullName, String band, String employer, String jobTitle, List<String> skills)
            implements java.io.Serializable {

        public Invitee {
            skills = List.copyOf(skills);
        }

        public String skillsInWords() {
            return String.join("; ", skills);
        }
    }

    /** What is wrong with one cell (or with the file, in row 1, when a column is missing). */
    public record Problem(int row, String column, String message) implements java.io.Serializable {
    }

    /** Whether confirming would invite anyone. */
    public boolean anyToInvite() {
        return !invitees.isEmpty();
    }
}
