package uk.interimexchange.application;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedRow;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Posting needs and moving them through their states. Each call is one transaction and one audit event. */
public interface NeedService {

    /** A host posts a draft for their own organisation, as sponsor. */
    Need post(long organisationId, NeedDetails details);

    /** Saves changes made to the version of the need the editor loaded; a stale version is refused. */
    Need revise(long needId, long loadedVersion, NeedDetails details);

    Need submit(long needId);

    Need returnToDraft(long needId, String reason);

    /** Takes a submitted need into scoping and starts its scoping document. */
    Need startScoping(long needId);

    Need publish(long needId);

    Need startShortlisting(long needId);

    Need cancel(long needId, String reason);

    /**
     * A filled need whose placement fell through opens again, to applications (with a new deadline) or to
     * shortlisting, with the reason; the applicants chosen from those turned away only because someone else had
     * accepted are brought back, and told.
     */
    Need reopen(long needId, NeedState to, LocalDate newDeadline, String reason, List<Long> restoreApplicationIds);

    /** Whether the need can be reopened, and who could be brought back: for coordinators. */
    NeedReopening reopening(long needId);

    /** Filled needs whose placement fell through, for coordinators to reopen. */
    Page<Need> fallenThrough(PageRequest page);

    /**
     * Hands the need's sponsorship to another host contact of the same organisation (a sponsor who leaves must not
     * block sign-offs); by a host contact of the organisation or a coordinator. Both are told.
     */
    Need handOverSponsor(long needId, long newSponsorAccountId);

    /** The host contacts who could take over as sponsor: open accounts of the need's organisation, the sponsor aside. */
    List<UserAccount> sponsorChoices(long needId);

    Need find(long needId);

    /** A need's page as the caller may see it, with the steps they may take on it. */
    NeedPageView page(long needId);

    /** Needs the caller may see: hosts their own organisation's, associates open ones, coordinators all. */
    Page<Need> search(NeedFilter filter, PageRequest page);

    /**
     * The same needs as {@link #search}, every one, as rows for a download: handed to {@code row} as the database
     * returns them, within one transaction, so a table of thousands streams out without being held.
     */
    void download(NeedFilter filter, Consumer<NeedRow> row);

    List<HistoryEntry> history(long needId);

}
