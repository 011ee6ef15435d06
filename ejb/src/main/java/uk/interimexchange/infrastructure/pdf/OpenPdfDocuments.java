package uk.interimexchange.infrastructure.pdf;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import uk.interimexchange.application.CommissionersReport;
import uk.interimexchange.application.PersonalData;
import uk.interimexchange.application.port.PdfDocuments;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.scoping.ScopingVersion;

/** The PDFs people download, laid out with OpenPDF. */
@ApplicationScoped
public class OpenPdfDocuments implements PdfDocuments {

    @Override
    public byte[] scoping(Need need, ScopingVersion version) {
        return ScopingPdf.of(need, version);
    }

    @Override
    public byte[] assignmentSummary(Placement placement, Instant now) {
        return AssignmentSummaryPdf.of(placement, now);
    }

    @Override
    public byte[] commissionersReport(CommissionersReport report, Instant now) {
        return CommissionersReportPdf.of(report, now);
    }

    @Override
    public byte[] personalData(PersonalData data) {
        return PersonalDataPdf.of(data);
    }
}
