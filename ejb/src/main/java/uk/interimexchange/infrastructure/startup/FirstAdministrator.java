package uk.interimexchange.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.application.RegistrationService;
import uk.interimexchange.application.Roles;

/**
 * A new programme has nobody to approve anyone: the operator names its first administrator with
 * {@code interim.first-admin} (environment variable {@code INTERIM_FIRST_ADMIN}), and on start an administrator
 * account is opened for that address, which is emailed a link to choose the password. Once the account exists the
 * setting changes nothing, so it can stay.
 */
@Singleton
@Startup
@DependsOn("ReferenceData")
@RunAs(Roles.SYSTEM)
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "interim.first-admin")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "interim.first-admin-name", defaultValue = "Programme administrator")
    String name;

    @EJB
    RegistrationService registration;

    @PostConstruct
    void open() {
        email.filter(address -> !address.isBlank()).ifPresent(address -> {
            if (registration.provisionAdministrator(address.strip(), name)) {
                LOG.info(() -> "Opened the first administrator account, " + address.strip() + ", and emailed it a link to choose a password.");
            }
        });
    }
}
