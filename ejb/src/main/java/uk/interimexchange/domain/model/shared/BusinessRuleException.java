package uk.interimexchange.domain.model.shared;

/**
 * A rule of the programme said no. The message is written for the person who tried, in plain English,
 * and is shown to them as it is. Declared an application exception in ejb-jar.xml so the transaction
 * rolls back and the exception reaches the caller unwrapped.
 */
public class BusinessRuleException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BusinessRuleException(String message) {
        super(message);
    }
}
