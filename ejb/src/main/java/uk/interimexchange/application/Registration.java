package uk.interimexchange.application;

/** What a person gives to register: their name, email address and a password of their choosing. */
public record Registration(String fullName, String email, char[] password) {
}
