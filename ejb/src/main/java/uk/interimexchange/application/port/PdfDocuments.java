package uk.interimexchange.application.port;

import java.time.Instant;
import uk.interimexchange.application.CommissionersReport;
import uk.interimexchange.application.PersonalData;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.scoping.ScopingVersion;

/** The documents people download as PDFs: a version of a scoping document, a closed placement's summary, the commissioners' report. */
public interface PdfDocuments {

    byte[] scoping(Need need, ScopingVersion version);

    byte[] assignmentSummary(Placement placement, Instant now);

    /** The quarter's report for commissioners, with when it was made. */
    byte[] commissionersReport(CommissionersReport report, Instant now);

    /** Everything held about a person, for them to read. */
    byte[] personalData(PersonalData data);
}
