package uk.interimexchange.application;

import uk.interimexchange.domain.model.shared.Quarter;

/** The report for commissioners, for the programme team: as a page, a PDF and (through the downloads) a table. */
public interface ReportService {

    /** The quarter's report, this quarter's when none is given; a quarter not yet begun is refused. */
    CommissionersReport commissionersReport(Quarter quarter);

    /** The same as a PDF (this quarter's when none is given). */
    byte[] commissionersReportPdf(Quarter quarter);
}
