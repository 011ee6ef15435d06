package uk.interimexchange.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.ScopingVersion;

class ScopingPdfTest {

    @Test
    void anAgreedVersionReadsBackWithEverySectionTheStakeholdersAndTheSignOffs() throws Exception {
        Fixtures f = new Fixtures();
        Need need = f.needInScoping();
        ScopingVersion agreed = f.agreedScope(need).agreedVersion().orElseThrow();

        byte[] pdf = ScopingPdf.of(need, agreed);
        String read = PdfText.of(pdf);
        for (String expected : new String[] {"Scoping document", need.getTitle(), "Version 1: Agreed", "Objectives",
                "Agree a new frailty pathway", "Out of scope", "Community services and social care commissioning", "Deliverables",
                "Current-state map", "Stakeholders", "Dr Lee", "Clinical lead for frailty", "Brief before", "Working arrangements",
                "Confidentiality", "Patient data stays on site", "Sign-offs", "Host sponsor: " + f.sponsor.getFullName(),
                "Coordinator: " + f.coordinator.getFullName()}) {
            assertTrue(read.contains(expected), "the PDF says \"" + expected + "\":\n" + read);
        }
        assertTrue(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF-"));
    }
}
