package uk.interimexchange.interfaces.web.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table as a page shows it, ready to be written as CSV or Excel: a name for the file, the column headings, and
 * its rows, handed over one at a time as they are read so that a table of thousands is written as it comes. Cells are
 * text, numbers or dates; null is an empty cell.
 */
public record Table(String name, List<String> headings, Rows rows) {

    public Table {
        headings = List.copyOf(headings);
    }

    /** A table of rows already at hand. */
    public Table(String name, List<String> headings, List<List<Object>> rows) {
        this(name, headings, each -> rows.forEach(each));
    }

    /** Reads the rows, handing each to the writer as it is read. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<Object>> row);
    }
}
