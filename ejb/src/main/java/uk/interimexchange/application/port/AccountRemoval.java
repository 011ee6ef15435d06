package uk.interimexchange.application.port;

import uk.interimexchange.domain.model.account.UserAccount;

/**
 * Removes an account that never became a person's working account (its email address never confirmed) and every
 * trace of its personal data: its draft profile, its links, the emails written to it, and its address in the audit
 * trail, which keeps the entries under {@code replacement} so the history still reads.
 */
public interface AccountRemoval {

    void removeNeverConfirmed(UserAccount account, String replacement);
}
