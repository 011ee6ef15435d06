package uk.interimexchange.domain.service.matching;

import java.util.List;

/**
 * One associate scored for one need: the score as parts that add up to it, and why they are excluded or
 * flagged, so a coordinator can defend the choice to a host.
 *
 * @param exclusion why the associate cannot be put forward; null when they can
 */
public record Candidate(CandidateProfile who, int score, List<ScorePart> parts, String exclusion, List<String> flags) {

    public Candidate {
        parts = List.copyOf(parts);
        flags = List.copyOf(flags);
    }

    /** The most the score could have been: the weights added up. */
    public int outOf() {
        return parts.stream().mapToInt(ScorePart::outOf).sum();
    }

    public boolean eligible() {
        return exclusion == null;
    }

    /** "skills 42/50: has 3 of 3 essentials…; availability 20/20; …" */
    public String explanation() {
        return String.join("; ", parts.stream().map(ScorePart::toString).toList());
    }

    /** One factor of the score. */
    public record ScorePart(String factor, int points, int outOf, String why) {

        @Override
        public String toString() {
            return factor + " " + points + "/" + outOf + ": " + why;
        }
    }
}
