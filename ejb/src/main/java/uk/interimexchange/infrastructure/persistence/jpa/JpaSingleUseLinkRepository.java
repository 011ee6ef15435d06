package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.link.SingleUseLink;
import uk.interimexchange.domain.model.link.SingleUseLinkRepository;

@ApplicationScoped
public class JpaSingleUseLinkRepository implements SingleUseLinkRepository {

    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<SingleUseLink> find(long id) {
        return Optional.ofNullable(em.find(SingleUseLink.class, id));
    }

    @Override
    public List<SingleUseLink> unused(LinkPurpose purpose, long subjectId) {
        return em.createQuery("select l from SingleUseLink l where l.purpose = :purpose and l.subjectId = :subject"
                        + " and l.usedAt is null", SingleUseLink.class)
                .setParameter("purpose", purpose)
                .setParameter("subject", subjectId)
                .getResultList();
    }

    @Override
    public void store(SingleUseLink link) {
        if (link.getId() == null) {
            em.persist(link);
            em.flush(); // the id is part of the link
        }
    }
}
