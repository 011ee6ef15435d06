package uk.interimexchange.application;

/** The caller of the current service method. */
public interface CurrentUser {

    Actor actor();
}
