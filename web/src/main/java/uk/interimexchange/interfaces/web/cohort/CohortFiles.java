package uk.interimexchange.interfaces.web.cohort;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import uk.interimexchange.application.CohortSheet;

/**
 * Reads an uploaded cohort spreadsheet into rows of text, as a person sees them: CSV (UTF-8, as Excel saves it, with or
 * without its byte-order mark) with Commons CSV, and Excel workbooks (.xlsx, .xls; the first sheet) with POI. What the
 * cells mean is the service's to check.
 */
final class CohortFiles {

    /** Why a file could not be read, in words for the person who uploaded it. */
    static final class Unreadable extends Exception {

        Unreadable(String message) {
            super(message);
        }
    }

    private CohortFiles() {
    }

    static CohortSheet read(String fileName, InputStream content) throws Unreadable {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv")) {
                return csv(content);
            }
            if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
                return workbook(content);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException unreadable) {
            throw new Unreadable("The file could not be read as " + (name.endsWith(".csv") ? "CSV" : "an Excel workbook")
                    + ". Save it again from your spreadsheet program, as CSV (UTF-8) or as an Excel workbook, and upload that.");
        }
        throw new Unreadable("Upload a CSV file (.csv) or an Excel workbook (.xlsx or .xls).");
    }

    private static CohortSheet csv(InputStream content) throws IOException {
        Reader reader = new InputStreamReader(content, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        List<List<String>> rows = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get().parse(reader)) {
                List<String> row = new ArrayList<>(record.toList());
                if (rows.isEmpty() && !row.isEmpty() && row.get(0).startsWith("\uFEFF")) {
                    row.set(0, row.get(0).substring(1)); // Excel's byte-order mark
                }
                rows.add(row);
            }
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new IllegalArgumentException("not UTF-8", e);
            }
            throw e;
        }
        return new CohortSheet(rows);
    }

    private static CohortSheet workbook(InputStream content) throws IOException {
        DataFormatter formatter = new DataFormatter(Locale.UK);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(content)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                }
                while (rows.size() < row.getRowNum()) {
                    rows.add(List.of()); // keep the spreadsheet's row numbers, blank rows and all
                }
                rows.add(cells);
            }
        }
        return new CohortSheet(rows);
    }
}
