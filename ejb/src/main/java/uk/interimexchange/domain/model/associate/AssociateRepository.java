package uk.interimexchange.domain.model.associate;

import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface AssociateRepository {

    Optional<Associate> find(long id);

    Optional<Associate> findByAccount(long accountId);

    /** The talent pool, by name, optionally narrowed by status and words in name or job title. */
    Page<Associate> search(String words, AssociateStatus status, PageRequest page);

    /** The talent pool as a coordinator searches it, by name, a page at a time. */
    Page<PoolMember> pool(TalentPoolSearch search, PageRequest page);

    long count(AssociateStatus status);

    void store(Associate associate);
}
