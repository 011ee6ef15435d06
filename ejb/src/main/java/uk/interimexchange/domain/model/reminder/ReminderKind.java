package uk.interimexchange.domain.model.reminder;

/** What a reminder is about. Each is sent once for its subject and due date. */
public enum ReminderKind {
    SCOPE_SIGN_OFF("Scope sign-off pending"),
    PLACEMENT_SIGN_OFF("Placement sign-off pending"),
    CHECK_IN_DUE("Check-in due"),
    MID_POINT_REVIEW("Mid-point review due"),
    ENDING_SOON("Placement ending within 14 days"),
    CLOSE_OUT_DUE("Close-out due");

    private final String label;

    ReminderKind(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
