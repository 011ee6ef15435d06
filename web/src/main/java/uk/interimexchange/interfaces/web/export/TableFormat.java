package uk.interimexchange.interfaces.web.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The two forms a table can be downloaded in. */
public enum TableFormat {

    /** RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the pound sign and accents right. */
    CSV("csv", "text/csv; charset=UTF-8") {
        @Override
        public void write(Table table, OutputStream out) throws IOException {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            writer.write('\uFEFF');
            line(writer, table.headings());
            table.rows().each(row -> {
                try {
                    line(writer, row);
                } catch (IOException gone) {
                    throw new UncheckedIOException(gone); // the reader went away: stop reading rows for them
                }
            });
            writer.flush();
        }

        private void line(Writer writer, List<?> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    writer.write(',');
                }
                writer.write(csvCell(cells.get(i)));
            }
            writer.write("\r\n");
        }
    },

    /** An Excel workbook with one sheet, its heading row in bold, numbers as numbers and dates as dates. */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        public void write(Table table, OutputStream out) throws IOException {
            // rows past the last 100 go to a temporary file as they come, so a long table is never all in memory
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
                Sheet sheet = workbook.createSheet(table.name());
                CellStyle bold = workbook.createCellStyle();
                Font font = workbook.createFont();
                font.setBold(true);
                bold.setFont(font);
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
                Row heading = sheet.createRow(0);
                for (int i = 0; i < table.headings().size(); i++) {
                    Cell cell = heading.createCell(i);
                    cell.setCellValue(table.headings().get(i));
                    cell.setCellStyle(bold);
                }
                table.rows().each(values -> {
                    Row row = sheet.createRow(sheet.getLastRowNum() + 1);
                    for (int i = 0; i < values.size(); i++) {
                        Object value = values.get(i);
                        Cell cell = row.createCell(i);
                        if (value instanceof Number number) {
                            cell.setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDate day) {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        } else if (value instanceof LocalDateTime time) {
                            cell.setCellValue(time);
                            cell.setCellStyle(date);
                        } else if (value != null) {
                            cell.setCellValue(value.toString()); // a text cell: Excel never evaluates it as a formula
                        }
                    }
                });
                workbook.write(out);
                workbook.dispose();
            }
        }
    };

    private final String extension;
    private final String contentType;

    TableFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public abstract void write(Table table, OutputStream out) throws IOException;

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The format a file name ends in, or null. */
    public static TableFormat ofExtension(String extension) {
        for (TableFormat format : values()) {
            if (format.extension.equals(extension)) {
                return format;
            }
        }
        return null;
    }

    /**
     * A CSV cell: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula
     * (starting =, +, -, @, tab or return) is made plain text with a leading apostrophe.
     */
    static String csvCell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Temporal ? value.toString() : String.valueOf(value);
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
