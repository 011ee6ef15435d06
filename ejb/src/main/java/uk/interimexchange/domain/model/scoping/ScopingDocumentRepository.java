package uk.interimexchange.domain.model.scoping;

import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface ScopingDocumentRepository {

    Optional<ScopingDocument> find(long id);

    Optional<ScopingDocument> findByNeed(long needId);

    Optional<ScopingVersion> findVersion(long versionId);

    void store(ScopingDocument document);

    /** The ids of the versions issued for sign-off and not yet agreed, for the reminder rounds. */
    List<Long> issuedVersionIds();

    /**
     * Needs whose scoping document has a version issued and not yet signed by both, oldest first; only the
     * organisation's when one is given.
     */
    Page<Need> awaitingSignOff(Long organisationId, PageRequest page);

    /**
     * Counts a change to any of the document's versions as a change to the document, so an editor opened
     * before it is told the document changed instead of overwriting it.
     */
    void changing(ScopingDocument document);
}
