package uk.interimexchange.infrastructure.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import uk.interimexchange.application.port.Demonstration;

/**
 * Production or demonstration. {@code INTERIM_PRODUCTION=true} is production: no demo programme, no developer
 * mailbox, whatever else is set, and the application will not start without the settings production needs
 * ({@link ProductionSettings}). Otherwise {@code INTERIM_DEMO_DATA} (on by default, for a local run) decides.
 */
@ApplicationScoped
public class RunMode implements Demonstration {

    @Inject
    @ConfigProperty(name = "interim.production", defaultValue = "false")
    boolean production;

    @Inject
    @ConfigProperty(name = "interim.demo-data", defaultValue = "true")
    boolean demoData;

    public boolean isProduction() {
        return production;
    }

    @Override
    public boolean isOn() {
        return demoData && !production;
    }
}
