package uk.interimexchange.domain.model.link;

import java.util.List;
import java.util.Optional;

public interface SingleUseLinkRepository {

    Optional<SingleUseLink> find(long id);

    /** Links for the same purpose and subject not yet used, to be superseded by a new one. */
    List<SingleUseLink> unused(LinkPurpose purpose, long subjectId);

    void store(SingleUseLink link);
}
