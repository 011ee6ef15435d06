package uk.interimexchange.domain.model.need;

import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface NeedRepository {

    Optional<Need> find(long id);

    /** Needs matching the filter, newest first. */
    Page<Need> search(NeedFilter filter, PageRequest page);

    long count(NeedState state);

    void store(Need need);
}
