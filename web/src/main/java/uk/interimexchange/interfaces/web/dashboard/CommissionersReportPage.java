package uk.interimexchange.interfaces.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import uk.interimexchange.application.CommissionersReport;
import uk.interimexchange.application.ReportService;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Quarter;
import uk.interimexchange.interfaces.web.FormMessages;

/**
 * The report for commissioners (/dashboard/report.xhtml?quarter=2026-Q4): this quarter's unless another is chosen; a
 * quarter not written as one, or not yet begun, is said so above this quarter's report.
 */
@Named
@RequestScoped
public class CommissionersReportPage {

    @Inject
    ReportService reports;

    @Inject
    FormMessages messages;

    private Quarter quarter;
    private CommissionersReport report;

    /** Reads the report before the page renders, so a refusal is in the error summary at its top. */
    public void load() {
        getReport();
    }

    /** The report chosen; read at first use when the address could not be read (its message is already on the page). */
    public CommissionersReport getReport() {
        if (report == null) {
            try {
                report = reports.commissionersReport(quarter);
            } catch (BusinessRuleException notYet) {
                messages.error(null, notYet.getMessage());
                report = reports.commissionersReport(null);
            }
        }
        return report;
    }

    /** Each region, then England, as the tables list them. */
    public List<CommissionersReport.Figures> getRows() {
        List<CommissionersReport.Figures> rows = new ArrayList<>(getReport().regions());
        rows.add(getReport().england());
        return rows;
    }

    public Quarter getQuarter() {
        return quarter;
    }

    public void setQuarter(Quarter quarter) {
        this.quarter = quarter;
    }
}
