package uk.interimexchange.domain.model.skill;

/** How well someone holds a skill: 1 working, 2 experienced, 3 expert. */
public enum SkillLevel {
    WORKING(1, "Working"),
    EXPERIENCED(2, "Experienced"),
    EXPERT(3, "Expert");

    private final int rank;
    private final String label;

    SkillLevel(int rank, String label) {
        this.rank = rank;
        this.label = label;
    }

    public int getRank() {
        return rank;
    }

    public String getLabel() {
        return label;
    }

    public boolean atLeast(SkillLevel minimum) {
        return minimum == null || rank >= minimum.rank;
    }
}
