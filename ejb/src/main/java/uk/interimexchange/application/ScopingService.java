package uk.interimexchange.application;

import java.util.List;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.scoping.ScopingContent;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.SectionChange;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** Writing, issuing, signing and changing a need's scoping document. */
public interface ScopingService {

    ScopingDocument documentFor(long needId);

    /** The scoping document's page as the caller may see it, with the steps they may take on it. */
    ScopingPageView page(long needId);

    /** Saves the draft as edited from the document version the editor loaded; a stale version is refused. */
    ScopingDocument reviseDraft(long needId, long loadedVersion, ScopingContent content);

    /** The agreed scope of a need the caller may see: what an associate reads before applying. */
    ScopingVersion agreedScope(long needId);

    ScopingVersion issueForSignOff(long needId);

    /** The caller signs as host sponsor or as coordinator; the domain checks they may. */
    ScopingVersion signOff(long needId, SignOffParty party);

    ScopingVersion requestChange(long needId, String reason);

    List<SectionChange> differences(long needId, int fromVersion, int toVersion);

    /** One version as a PDF, with its sign-offs: to file, print or send. */
    byte[] versionPdf(long needId, int version);

    /** Needs whose scope waits for sign-off: a host's own organisation's, every one for a coordinator. */
    Page<Need> awaitingSignOff(PageRequest page);
}
