package uk.interimexchange.application;

import java.util.List;

/**
 * A spreadsheet of a new cohort of associates as it was uploaded (CSV or Excel, read by the page): its rows of cells as
 * text, the first row the column headings. Nothing in it is trusted: every cell is checked by the service.
 */
public record CohortSheet(List<List<String>> rows) implements java.io.Serializable {

    /** More rows than this is not a cohort: the upload is refused whole. */
    public static final int MOST_ROWS = 10_000;

    public CohortSheet {
        rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
    }
}
