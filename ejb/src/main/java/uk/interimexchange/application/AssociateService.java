package uk.interimexchange.application;

import java.util.List;
import java.util.Optional;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.associate.PoolMember;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.associate.TalentPoolSearch;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Associates' profiles in the talent pool. */
public interface AssociateService {

    /**
     * The caller, holding the associate role, starts their profile; completing it needs their consent to the
     * programme using their details for matching ({@code consenting}), recorded with its time.
     */
    Associate createProfile(ProfileDetails details, boolean consenting);

    /** The caller's own profile, if they have one. */
    Optional<Associate> mine();

    /** The caller's profile page: present for an associate (with their profile once started), empty for anyone else. */
    Optional<ProfilePageView> profilePage();

    /**
     * Saves changes made to the version of the profile the associate loaded; a stale version is refused. A draft
     * profile is completed only with consent ({@code consenting}), which is then recorded with its time.
     */
    Associate revise(long associateId, long loadedVersion, ProfileDetails details, boolean consenting);

    /** UK GDPR: the associate consents to their data being processed for matching. */
    Associate giveConsent(long associateId);

    /** Out of the pool for a while: not matched, invited or able to apply; applications in progress carry on. */
    Associate pause(long associateId);

    Associate resume(long associateId);

    /**
     * Leaves the pool for good: every application in progress is withdrawn. Refused while a placement is in play,
     * which must end first.
     */
    Associate withdraw(long associateId);

    /** Seen only by the associate, coordinators, and hosts of organisations the associate is shortlisted at. */
    Associate find(long associateId);

    /**
     * The profile page: the associate themselves and coordinators see all of it; a host contact sees the profile
     * of those shortlisted for their organisation's needs (and only those), with contact details withheld until
     * the associate accepts an offer from them.
     */
    AssociateProfile profile(long associateId);

    /** The talent pool, for coordinators. */
    Page<Associate> search(String words, AssociateStatus status, PageRequest page);

    /** The talent pool as coordinators search it: by words, skill, band, region, availability and status, a page at a time. */
    Page<PoolMember> pool(TalentPoolSearch search, PageRequest page);

    List<HistoryEntry> history(long associateId);
}
