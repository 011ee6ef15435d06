package uk.interimexchange.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    private static final Color NHS_BLUE = new Color(0x00, 0x5E, 0xB8);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    private static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, NHS_BLUE);
    private static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, NHS_BLUE);
    private static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);
    private static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD, Color.BLACK);

    private ScopingPdf() {
    }

    public static byte[] of(Need need, ScopingVersion version) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Scoping document: " + need.getTitle() + ", version " + version.getNumber());
            document.addAuthor("Interim Exchange");
            document.open();
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
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The scoping document could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }

    private static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static PdfPTable stakeholders(ScopingVersion version) {
        PdfPTable table = new PdfPTable(new float[] {3, 4, 3, 2});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : new String[] {"Name", "Role", "Organisation", "Brief before start"}) {
            PdfPCell cell = new PdfPCell(new Phrase(column, BOLD));
            cell.setBackgroundColor(new Color(0xE8, 0xED, 0xEE));
            table.addCell(cell);
        }
        for (Stakeholder s : version.getStakeholders()) {
            table.addCell(new Phrase(s.getName(), BODY));
            table.addCell(new Phrase(s.getRole(), BODY));
            table.addCell(new Phrase(s.getOrganisation() == null ? "" : s.getOrganisation(), BODY));
            PdfPCell brief = new PdfPCell(new Phrase(s.isMustBriefBeforeStart() ? "Yes" : "No", BODY));
            brief.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(brief);
        }
        return table;
    }
}
