package uk.interimexchange.infrastructure.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;

class OdsDirectoryTest {

    @Test
    void namesAreShownInTitleCase() {
        assertEquals("Guy's and St Thomas' NHS Foundation Trust", OdsDirectory.titleCase("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST"));
        assertEquals("University Hospitals of North Midlands NHS Trust", OdsDirectory.titleCase("UNIVERSITY HOSPITALS OF NORTH MIDLANDS NHS TRUST"));
        assertEquals("The Newcastle upon Tyne Hospitals NHS Foundation Trust", OdsDirectory.titleCase("THE NEWCASTLE UPON TYNE HOSPITALS NHS FOUNDATION TRUST"));
    }

    @Test
    void rowsAreReadWithRegionTypeAndWhetherOpen() {
        String csv = """
                "RX9","EAST MIDLANDS AMBULANCE SERVICE NHS TRUST","Y60","QJ2","","","","NOTTINGHAM","","NG8 6PY","19990401","","",""
                "RXX","OLD MENTAL HEALTH NHS TRUST","Y56","QMJ","","","","LONDON","","E1 1AA","19990401","20200930",""
                "7A1","BETSI CADWALADR UNIVERSITY LHB","W00","","","","","BANGOR","","LL57 2PW","20091001","",""
                """;
        List<OdsDirectory.Trust> trusts = OdsDirectory.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, trusts.size(), "Wales is not an NHS England region");
        assertEquals(new OdsDirectory.Trust("RX9", "East Midlands Ambulance Service NHS Trust", OrganisationType.AMBULANCE,
                Region.MIDLANDS, "QJ2", "NG8 6PY", true), trusts.get(0));
        assertEquals(OrganisationType.MENTAL_HEALTH, trusts.get(1).type());
        assertFalse(trusts.get(1).open(), "a trust with a close date is not offered as a current host");
    }

    @Test
    void theShippedDirectoryHoldsTheOpenTrusts() {
        List<OdsDirectory.Trust> trusts = OdsDirectory.read(getClass().getClassLoader().getResourceAsStream(OdsDirectory.RESOURCE));
        assertTrue(trusts.size() > 200, "found " + trusts.size());
        assertTrue(trusts.stream().anyMatch(t -> t.odsCode().equals("RJ1") && t.region() == Region.LONDON && t.open()));
    }
}
