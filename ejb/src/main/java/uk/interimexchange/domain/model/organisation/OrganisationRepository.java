package uk.interimexchange.domain.model.organisation;

import java.util.Optional;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

public interface OrganisationRepository {

    Optional<Organisation> find(long id);

    Optional<Organisation> findByOdsCode(String odsCode);

    /** The organisations with these ODS codes, by code; codes unknown are simply absent. */
    java.util.Map<String, Organisation> byOdsCodes(java.util.Collection<String> odsCodes);

    /** Organisations whose name or ODS code contains the words, optionally only active ones, by name. */
    Page<Organisation> search(String words, Region region, boolean activeOnly, PageRequest page);

    void store(Organisation organisation);
}
