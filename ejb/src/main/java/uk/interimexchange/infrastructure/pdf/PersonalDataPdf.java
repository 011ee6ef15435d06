package uk.interimexchange.infrastructure.pdf;

import static uk.interimexchange.infrastructure.pdf.PdfLayout.BODY;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.TITLE;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.WHEN;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.cells;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.heading;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.table;
import static uk.interimexchange.infrastructure.pdf.PdfLayout.text;

import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Map;
import uk.interimexchange.application.PersonalData;

/** A person's own data to read: each section a heading, each record a table of its fields. */
public final class PersonalDataPdf {

    private PersonalDataPdf() {
    }

    public static byte[] of(PersonalData data) {
        return PdfLayout.document("Interim Exchange: the data we hold about " + data.fullName(), document -> {
            document.add(new Paragraph("The data we hold about you", TITLE));
            document.add(new Paragraph(data.fullName() + " (" + data.email() + "), as held by Interim Exchange on " + WHEN.format(data.madeAt())
                    + ". The same data is in the JSON file you can download beside this one.", BODY));
            for (PersonalData.Section section : data.sections()) {
                document.add(heading(section.title()));
                if (section.records().isEmpty()) {
                    document.add(text(null, "None."));
                }
                for (Map<String, String> record : section.records()) {
                    PdfPTable fields = table(new float[] {2, 5}, "About", "What we hold");
                    record.forEach((label, value) -> cells(fields, label, value));
                    fields.setSpacingAfter(6);
                    document.add(fields);
                }
            }
        });
    }
}
