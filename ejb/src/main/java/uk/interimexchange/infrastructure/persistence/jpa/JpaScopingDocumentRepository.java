package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingDocumentRepository;
import uk.interimexchange.domain.model.scoping.ScopingVersion;

@ApplicationScoped
public class JpaScopingDocumentRepository implements ScopingDocumentRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ScopingDocument> find(long id) {
        return Optional.ofNullable(em.find(ScopingDocument.class, id));
    }

    @Override
    public Optional<ScopingDocument> findByNeed(long needId) {
        return Queries.first(em.createQuery("select d from ScopingDocument d where d.need.id = :need", ScopingDocument.class)
                .setParameter("need", needId));
    }

    @Override
    public Optional<ScopingVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(ScopingVersion.class, versionId));
    }

    @Override
    public void store(ScopingDocument document) {
        if (document.getId() == null) {
            em.persist(document);
            em.flush(); // identity ids are assigned on insert; callers audit with the id
        }
    }

    @Override
    public void changing(ScopingDocument document) {
        em.lock(document, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
