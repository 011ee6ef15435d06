package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.application.Application;

/**
 * What a coordinator can do with a filled need whose placement fell through: reopen it, and bring back the
 * applicants turned away only because someone else had accepted.
 *
 * @param possible   the need is filled and its placement was cancelled or its release declined
 * @param restorable the applicants who can be brought back
 */
public record NeedReopening(boolean possible, List<Application> restorable) {

    public NeedReopening {
        restorable = List.copyOf(restorable);
    }

    public static NeedReopening none() {
        return new NeedReopening(false, List.of());
    }
}
