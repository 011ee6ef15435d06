package uk.interimexchange.infrastructure.pdf;

import static uk.interimexchange.infrastructure.pdf.PdfLayout.BODY;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.BOLD;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.TITLE;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.WHEN;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.cells;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.heading;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.table;

import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Map;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.ScopingSignOff;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.scoping.Stakeholder;

/**
 * One version of a scoping document as a PDF to file or print: the need, the version and its state, every
 * section in document order, the stakeholders as a table, and who signed and when.
 */
public final class ScopingPdf {

    private ScopingPdf() {
    }

    public static byte[] of(Need need, ScopingVersion version) {
        return PdfLayout.document("Scoping document: " + need.getTitle() + ", version " + version.getNumber(), document -> {
            document.add(new Paragraph("Scoping document", TITLE));
            document.add(new Paragraph(need.getTitle() + ", " + need.getOrganisation().getName(), BOLD));
            document.add(new Paragraph("Version " + version.getNumber() + ": " + version.getStatus().getLabel()
                    + (version.getChangeReason() == null ? "" : ". Why this version: " + version.getChangeReason()), BODY));
            for (Map.Entry<String, String> section : version.content().sections().entrySet()) {
                if (section.getKey().equals("Stakeholders")) {
                    document.add(heading("Stakeholders"));
                    document.add(stakeholders(version));
                } else {
                    document.add(heading(section.getKey()));
                    document.add(new Paragraph(section.getValue().isBlank() ? "Not written." : section.getValue(), BODY));
                }
            }
            document.add(heading("Sign-offs"));
            for (SignOffParty party : SignOffParty.values()) {
                ScopingSignOff signed = version.signatureOf(party).orElse(null);
                document.add(new Paragraph(party.getLabel() + ": " + (signed == null ? "not signed"
                        : signed.getSignerName() + ", " + WHEN.format(signed.getSignedAt())), BODY));
            }
        });
    }

    private static PdfPTable stakeholders(ScopingVersion version) {
        PdfPTable table = table(new float[] {3, 4, 3, 2}, "Name", "Role", "Organisation", "Brief before start");
        for (Stakeholder s : version.getStakeholders()) {
            cells(table, s.getName(), s.getRole(), s.getOrganisation());
            PdfPCell brief = new PdfPCell(new Phrase(s.isMustBriefBeforeStart() ? "Yes" : "No", BODY));
            brief.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(brief);
        }
        return table;
    }
}
