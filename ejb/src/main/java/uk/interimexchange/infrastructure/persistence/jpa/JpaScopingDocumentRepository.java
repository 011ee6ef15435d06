package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingDocumentRepository;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.ScopingVersionStatus;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

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
    public Page<Need> awaitingSignOff(Long organisationId, PageRequest page) {
        Map<String, Object> params = new HashMap<>();
        params.put("issued", ScopingVersionStatus.ISSUED);
        String where = " from ScopingVersion v join v.document d join d.need n where v.status = :issued";
        if (organisationId != null) {
            where += " and n.organisation.id = :organisation";
            params.put("organisation", organisationId);
        }
        return Queries.page(em, "select n" + where + " order by v.issuedAt, n.id", "select count(n)" + where, params, Need.class, page);
    }

    @Override
    public List<Long> issuedVersionIds() {
        return em.createQuery("select v.id from ScopingVersion v where v.status = :issued order by v.id", Long.class)
                .setParameter("issued", ScopingVersionStatus.ISSUED).getResultList();
    }

    @Override
    public void changing(ScopingDocument document) {
        em.lock(document, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }
}
