package uk.interimexchange.application;

/** A person's own data, for them alone: the caller's, never anyone else's. */
public interface PersonalDataService {

    /** Everything held about the caller. */
    PersonalData mine();

    /** The same as a readable PDF. */
    byte[] minePdf();
}
