package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Posting needs and moving them through their states. Each call is one transaction and one audit event. */
public interface NeedService {

    /** A host posts a draft for their own organisation, as sponsor. */
    Need post(long organisationId, NeedDetails details);

    /** Saves changes made to the version of the need the editor loaded; a stale version is refused. */
    Need revise(long needId, long loadedVersion, NeedDetails details);

    Need submit(long needId);

    Need returnToDraft(long needId, String reason);

    /** Takes a submitted need into scoping and starts its scoping document. */
    Need startScoping(long needId);

    Need publish(long needId);

    Need startShortlisting(long needId);

    Need cancel(long needId, String reason);

    Need find(long needId);

    /** Needs the caller may see: hosts their own organisation's, associates open ones, coordinators all. */
    Page<Need> search(NeedFilter filter, PageRequest page);

    List<AuditEvent> history(long needId);

}
