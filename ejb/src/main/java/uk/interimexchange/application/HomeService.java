package uk.interimexchange.application;

/** The home page: what needs the caller's attention, for each role they hold. */
public interface HomeService {

    /** Read in one call, each part in a few queries whatever the size of the programme. */
    HomeView home();
}
