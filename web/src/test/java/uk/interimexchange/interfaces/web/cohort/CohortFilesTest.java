package uk.interimexchange.interfaces.web.cohort;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import uk.interimexchange.application.CohortSheet;

class CohortFilesTest {

    @Test
    void aCsvSavedByExcelIsReadCellByCellWithItsQuotesAndRowNumbersKept() throws Exception {
        String csv = "\uFEFFEmail,Full name,Band,Employer ODS code,Skills\r\n"
                + "ann@nhs.net,\"Ann Lee, MBE\",8a,RJ1,\"Finance; Pathway redesign (Expert)\"\r\n"
                + "\r\n"
                + "bob@nhs.net,Bob Roe,7,RJ1,\r\n";
        CohortSheet sheet = CohortFiles.read("cohort.CSV", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("Email", "Full name", "Band", "Employer ODS code", "Skills"), sheet.rows().get(0), "the mark Excel writes is not a heading's");
        assertEquals("Ann Lee, MBE", sheet.rows().get(1).get(1));
        assertEquals("Finance; Pathway redesign (Expert)", sheet.rows().get(1).get(4));
        assertEquals("bob@nhs.net", sheet.rows().get(3).get(0), "a blank line keeps its place, so row numbers are the file's");
    }

    @Test
    void theFirstSheetOfAnExcelWorkbookIsReadAsItIsShown() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Cohort");
            Row headings = sheet.createRow(0);
            headings.createCell(0).setCellValue("Email");
            headings.createCell(1).setCellValue("Band");
            Row ann = sheet.createRow(2); // row 2 left blank
            ann.createCell(0).setCellValue("ann@nhs.net");
            ann.createCell(1).setCellValue(7); // a number, shown as 7
            workbook.write(file);
        }
        CohortSheet sheet = CohortFiles.read("cohort.xlsx", new ByteArrayInputStream(file.toByteArray()));
        assertEquals(3, sheet.rows().size());
        assertEquals(List.of(), sheet.rows().get(1));
        assertEquals(List.of("ann@nhs.net", "7"), sheet.rows().get(2));
    }

    @Test
    void anythingElseIsRefusedInWords() {
        CohortFiles.Unreadable pdf = assertThrows(CohortFiles.Unreadable.class,
                () -> CohortFiles.read("cohort.pdf", new ByteArrayInputStream(new byte[] {1, 2})));
        assertEquals("Upload a CSV file (.csv) or an Excel workbook (.xlsx or .xls).", pdf.getMessage());
        CohortFiles.Unreadable notExcel = assertThrows(CohortFiles.Unreadable.class,
                () -> CohortFiles.read("cohort.xlsx", new ByteArrayInputStream("Email\nann@nhs.net".getBytes(StandardCharsets.UTF_8))));
        assertTrue(notExcel.getMessage().startsWith("The file could not be read as an Excel workbook"), notExcel.getMessage());
        CohortFiles.Unreadable latin1 = assertThrows(CohortFiles.Unreadable.class,
                () -> CohortFiles.read("cohort.csv", new ByteArrayInputStream(new byte[] {'E', 'm', (byte) 0xE9, '\n'})));
        assertTrue(latin1.getMessage().contains("CSV (UTF-8)"), latin1.getMessage());
    }
}
