package uk.interimexchange.domain.model.scoping;

import java.util.Optional;

public interface ScopingDocumentRepository {

    Optional<ScopingDocument> find(long id);

    Optional<ScopingDocument> findByNeed(long needId);

    Optional<ScopingVersion> findVersion(long versionId);

    void store(ScopingDocument document);
}
