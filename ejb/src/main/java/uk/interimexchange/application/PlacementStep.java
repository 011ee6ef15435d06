package uk.interimexchange.application;

/**
 * What the person looking at a placement may do on it now, worked out once by {@link PlacementService#view} from the
 * placement's state and rules and the caller's part in it. Pages offer exactly these; the service checks each again.
 */
public enum PlacementStep {
    SIGN,
    AGREE_EARLY_START,
    START,
    CANCEL,
    RECORD_BRIEFING,
    SEND_BRIEFING,
    BOOK_MEETING,
    RESEND_RELEASE,
    ACKNOWLEDGE_SCOPE,
    CHECK_IN,
    RECORD_MID_POINT_REVIEW,
    AGREE_MID_POINT_REVIEW,
    PLAN_CLOSE_OUT,
    EXTEND,
    END_EARLY,
    CLOSE_OUT,
    GIVE_FEEDBACK,
    WRITE_LESSON,
    DOWNLOAD_SUMMARY,
    DOWNLOAD_SCOPE
}
