package uk.interimexchange.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

    private final Map<String, String> settings = new HashMap<>(Map.of(
            "interim.db.url", "jdbc:postgresql://db.internal:5432/interim",
            "interim.smtp.host", "smtp.nhs.example",
            "interim.base-url", "https://interim-exchange.nhs.example",
            "interim.link-key", "k".repeat(ProductionSettings.SHORTEST_LINK_KEY)));

    private List<String> missing() {
        return ProductionSettings.missing(key -> Optional.ofNullable(settings.get(key)));
    }

    @Test
    void everythingProductionNeedsIsEnough() {
        assertEquals(List.of(), missing());
    }

    @Test
    void eachMissingSettingIsNamedByTheVariableAnOperatorSets() {
        settings.clear();
        List<String> missing = missing();
        assertEquals(4, missing.size(), missing.toString());
        for (String variable : List.of("INTERIM_DB_URL", "INTERIM_SMTP_HOST", "INTERIM_BASE_URL", "INTERIM_LINK_KEY")) {
            assertTrue(missing.stream().anyMatch(m -> m.startsWith(variable + " must")), variable + " in " + missing);
        }
    }

    @Test
    void theEmbeddedDatabaseABlankMailServerAndAShortKeyAreRefused() {
        settings.put("interim.db.url", "jdbc:h2:file:/tmp/interim;MODE=LEGACY");
        settings.put("interim.smtp.host", "  ");
        settings.put("interim.link-key", "short");
        List<String> missing = missing();
        assertEquals(3, missing.size(), missing.toString());
        assertTrue(missing.get(0).contains("the embedded database is for demonstrations only"), missing.get(0));
        assertTrue(missing.get(2).endsWith("it is too short."), missing.get(2));
    }

    @Test
    void productionIsNeverADemonstrationWhateverTheDemoSwitchSays() {
        RunMode mode = new RunMode();
        mode.demoData = true;
        assertTrue(mode.isOn(), "a local run shows the demo programme");
        mode.production = true;
        assertFalse(mode.isOn(), "production never does");
    }
}
