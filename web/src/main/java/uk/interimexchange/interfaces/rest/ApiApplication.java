package uk.interimexchange.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The JSON API, under /api, for the same signed-in people as the pages (session cookie), guarded against CSRF. */
@ApplicationPath("api")
public class ApiApplication extends Application {
}
