package uk.interimexchange.application.port;

import java.time.Instant;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.scoping.ScopingVersion;

/** The documents people download as PDFs: a version of a scoping document, and a closed placement's summary. */
public interface PdfDocuments {

    byte[] scoping(Need need, ScopingVersion version);

    byte[] assignmentSummary(Placement placement, Instant now);
}
