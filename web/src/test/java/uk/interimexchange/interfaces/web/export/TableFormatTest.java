package uk.interimexchange.interfaces.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableFormatTest {

    private final Table table = new Table("needs", List.of("Need", "Days a week", "Earliest start"), List.of(
            List.of("Frailty, \"same day\" care", new BigDecimal("1.5"), LocalDate.of(2027, 3, 1)),
            List.of("=HYPERLINK(\"http://evil.example\")", 2, "")));

    @Test
    void csvQuotesWhatNeedsQuotingAndNeverLetsASpreadsheetRunAFormula() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFormat.CSV.write(table, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertEquals("\uFEFFNeed,Days a week,Earliest start\r\n"
                + "\"Frailty, \"\"same day\"\" care\",1.5,2027-03-01\r\n"
                + "\"'=HYPERLINK(\"\"http://evil.example\"\")\",2,\r\n", csv);
        assertEquals("-3", TableFormat.csvCell(-3), "a negative number stays a number");
        assertEquals("'-3", TableFormat.csvCell("-3"), "but text that starts with a minus is made plain");
    }

    @Test
    void excelHasTheHeadingsNumbersAsNumbersAndDatesAsDates() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableFormat.XLSX.write(table, out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheet("needs");
            assertEquals("Days a week", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals(1.5, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(LocalDate.of(2027, 3, 1), sheet.getRow(1).getCell(2).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(0).getCellType(), "a formula-like text stays text in Excel");
            assertEquals(3, sheet.getPhysicalNumberOfRows());
        }
    }

    @Test
    void aLongTableIsWrittenAsItsRowsAreReadNotHeldUntilTheEnd() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] sentBeforeTheLastRow = {0};
        Table thousands = new Table("needs", List.of("Reference", "Need"), row -> {
            for (int i = 1; i <= 20_000; i++) {
                if (i == 20_000) {
                    sentBeforeTheLastRow[0] = out.size();
                }
                row.accept(List.of(i, "Need number " + i));
            }
        });
        TableFormat.CSV.write(thousands, out);
        assertTrue(sentBeforeTheLastRow[0] > out.size() / 2, "most of the file was sent before the last row was read: "
                + sentBeforeTheLastRow[0] + " of " + out.size() + " bytes");
        assertEquals(20_001, out.toString(StandardCharsets.UTF_8).lines().count());
    }
}
