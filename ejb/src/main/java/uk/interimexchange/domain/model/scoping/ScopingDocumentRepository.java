package uk.interimexchange.domain.model.scoping;

import java.util.Optional;

public interface ScopingDocumentRepository {

    Optional<ScopingDocument> find(long id);

    Optional<ScopingDocument> findByNeed(long needId);

    Optional<ScopingVersion> findVersion(long versionId);

    void store(ScopingDocument document);

    /**
     * Counts a change to any of the document's versions as a change to the document, so an editor opened
     * before it is told the document changed instead of overwriting it.
     */
    void changing(ScopingDocument document);
}
