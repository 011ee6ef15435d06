package uk.interimexchange.domain.model.reminder;

/** Who a reminder goes to, by their part in the record; the application turns these into accounts. */
public enum Audience {
    ASSOCIATE,
    HOST_SPONSOR,
    COORDINATORS
}
