package uk.interimexchange.application;

import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Associates' profiles in the talent pool. */
public interface AssociateService {

    /** The caller, holding the associate role, starts their profile. */
    Associate createProfile(ProfileDetails details);

    /** The caller's own profile, if they have one. */
    Optional<Associate> mine();

    /** Saves changes made to the version of the profile the associate loaded; a stale version is refused. */
    Associate revise(long associateId, long loadedVersion, ProfileDetails details);

    /** UK GDPR: the associate consents to their data being processed for matching. */
    Associate giveConsent(long associateId);

    Associate pause(long associateId);

    Associate resume(long associateId);

    Associate withdraw(long associateId);

    /** Seen only by the associate, coordinators, and hosts of organisations the associate applied to. */
    Associate find(long associateId);

    /** The talent pool, for coordinators. */
    Page<Associate> search(String words, AssociateStatus status, PageRequest page);

    List<AuditEvent> history(long associateId);
}
