package uk.interimexchange.infrastructure.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
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

/** The look every PDF of the service shares: A4, NHS blue headings, plain tables with a shaded header row. */
final class PdfLayout {

    static final Color NHS_BLUE = new Color(0x00, 0x5E, 0xB8);
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final Font TITLE = new Font(Font.HELVETICA, 18, Font.BOLD, NHS_BLUE);
    static final Font HEADING = new Font(Font.HELVETICA, 12, Font.BOLD, NHS_BLUE);
    static final Font BODY = new Font(Font.HELVETICA, 10, Font.NORMAL, Color.BLACK);
    static final Font BOLD = new Font(Font.HELVETICA, 10, Font.BOLD, Color.BLACK);

    /** What goes into the document, between opening and closing it. */
    @FunctionalInterface
    interface Content {
        void write(Document document) throws DocumentException;
    }

    private PdfLayout() {
    }

    static byte[] document(String title, Content content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.addAuthor("Interim Exchange");
            document.open();
            content.write(document);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("\"" + title + "\" could not be laid out as a PDF", e);
        }
        return out.toByteArray();
    }

    static Paragraph heading(String text) {
        Paragraph heading = new Paragraph(text, HEADING);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(4);
        return heading;
    }

    static Paragraph text(String text, String whenEmpty) {
        return new Paragraph(text == null || text.isBlank() ? whenEmpty : text, BODY);
    }

    /** A full-width table with its column headings repeated on each page. */
    static PdfPTable table(float[] widths, String... columns) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        for (String column : columns) {
            PdfPCell cell = new PdfPCell(new Phrase(column, BOLD));
            cell.setBackgroundColor(new Color(0xE8, 0xED, 0xEE));
            table.addCell(cell);
        }
        return table;
    }

    static void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(new Phrase(value == null ? "" : value, BODY));
        }
    }
}
