package uk.interimexchange.application;

/**
 * A coordinator brings a new cohort of associates into the talent pool from a spreadsheet: previewed first, with every
 * row checked, and created only when they confirm.
 */
public interface CohortImportService {

    /** Checks every row and says who would be invited and what is wrong where; creates nothing. */
    Cohort preview(CohortSheet sheet);

    /**
     * Checks the rows again (the pool may have changed since the preview) and invites everyone whose row is right: an
     * account, a draft profile holding what the sheet says of them, and an email with a link to choose their password
     * and complete their profile. Rows that are wrong are left out, and said so.
     */
    Cohort invite(CohortSheet sheet);
}
