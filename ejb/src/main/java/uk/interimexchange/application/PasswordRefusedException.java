package uk.interimexchange.application;

import uk.interimexchange.domain.model.shared.BusinessRuleException;

/** The password breaks the policy; the message says why, and forms show it against the password field. */
public class PasswordRefusedException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public PasswordRefusedException(String message) {
        super(message);
    }
}
