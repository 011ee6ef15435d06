package uk.interimexchange.interfaces.web.export;

import java.util.List;

/**
 * A table as a page shows it, ready to be written as CSV or Excel: a name for the file, the column headings, and
 * the rows. Cells are text, numbers or dates; null is an empty cell.
 */
public record Table(String name, List<String> headings, List<List<Object>> rows) {

    public Table {
        headings = List.copyOf(headings);
        rows = List.copyOf(rows);
    }
}
