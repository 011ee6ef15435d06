package uk.interimexchange.domain.model.scoping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.interimexchange.domain.model.Fixtures;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

class ScopingDocumentTest {

    private final Fixtures f = new Fixtures();

    @Test
    void aVersionIsAgreedOnlyWhenHostSponsorAndCoordinatorHaveSigned() {
        ScopingDocument doc = new ScopingDocument(f.needInScoping());
        doc.reviseDraft(f.completeScope());
        ScopingVersion v1 = doc.issueForSignOff(Fixtures.NOW);
        assertEquals(ScopingVersionStatus.ISSUED, v1.getStatus());
        doc.signOff(SignOffParty.HOST_SPONSOR, f.sponsor, Fixtures.NOW);
        assertTrue(doc.agreedVersion().isEmpty());
        doc.signOff(SignOffParty.COORDINATOR, f.coordinator, Fixtures.NOW);
        assertEquals(ScopingVersionStatus.AGREED, v1.getStatus());
        assertEquals(1, doc.agreedVersion().orElseThrow().getNumber());
    }

    @Test
    void anIssuedVersionIsFrozen() {
        ScopingDocument doc = new ScopingDocument(f.needInScoping());
        doc.reviseDraft(f.completeScope());
        doc.issueForSignOff(Fixtures.NOW);
        var e = assertThrows(BusinessRuleException.class, () -> doc.reviseDraft(ScopingContent.empty()));
        assertTrue(e.getMessage().contains("Make a change request"), e.getMessage());
        assertEquals(1, doc.latest().getObjectives().size());
    }

    @Test
    void issuingAnIncompleteScopeSaysWhatIsMissing() {
        ScopingDocument doc = new ScopingDocument(f.needInScoping());
        var e = assertThrows(BusinessRuleException.class, () -> doc.issueForSignOff(Fixtures.NOW));
        assertTrue(e.getMessage().contains("what is out of scope"), e.getMessage());
        assertEquals(ScopingVersionStatus.DRAFT, doc.latest().getStatus());
    }

    @Test
    void onlyTheSponsorSignsForTheHostAndOnlyACoordinatorForTheProgramme() {
        ScopingDocument doc = new ScopingDocument(f.needInScoping());
        doc.reviseDraft(f.completeScope());
        doc.issueForSignOff(Fixtures.NOW);
        assertThrows(BusinessRuleException.class, () -> doc.signOff(SignOffParty.HOST_SPONSOR, f.coordinator, Fixtures.NOW));
        assertThrows(BusinessRuleException.class, () -> doc.signOff(SignOffParty.COORDINATOR, f.sponsor, Fixtures.NOW));
        doc.signOff(SignOffParty.HOST_SPONSOR, f.sponsor, Fixtures.NOW);
        var twice = assertThrows(BusinessRuleException.class, () -> doc.signOff(SignOffParty.HOST_SPONSOR, f.sponsor, Fixtures.NOW));
        assertEquals("Version 1 has already been signed by the host sponsor.", twice.getMessage());
    }

    @Test
    void aChangeAfterAgreementIsANewVersionWithAReasonNeedingFreshSignOff() {
        Need need = f.needInScoping();
        ScopingDocument doc = f.agreedScope(need);
        assertThrows(BusinessRuleException.class, () -> doc.requestChange(""));
        ScopingVersion v2 = doc.requestChange("Add community services to scope");
        assertEquals(2, v2.getNumber());
        assertEquals(ScopingVersionStatus.DRAFT, v2.getStatus());
        assertEquals(1, doc.agreedVersion().orElseThrow().getNumber(), "version 1 stays in force until version 2 is agreed");
        var c = f.completeScope();
        doc.reviseDraft(new ScopingContent(c.objectives(), c.inScope() + " and community services", "Social care commissioning",
                c.deliverables(), c.successMeasures(), c.stakeholders(), c.governance(), c.risks(), c.workingArrangements(),
                c.confidentiality()));
        doc.issueForSignOff(Fixtures.NOW);
        doc.signOff(SignOffParty.COORDINATOR, f.coordinator, Fixtures.NOW);
        doc.signOff(SignOffParty.HOST_SPONSOR, f.sponsor, Fixtures.NOW);
        assertEquals(2, doc.agreedVersion().orElseThrow().getNumber());
        assertEquals(ScopingVersionStatus.SUPERSEDED, doc.versionNumber(1).orElseThrow().getStatus());

        List<SectionChange> changes = v2.differencesFrom(doc.versionNumber(1).orElseThrow());
        assertEquals(List.of("In scope", "Out of scope"), changes.stream().map(SectionChange::section).toList());
        assertEquals("Community services and social care commissioning", changes.get(1).before());
        assertEquals("Social care commissioning", changes.get(1).after());
    }

    @Test
    void aSecondChangeRequestWhileADraftIsOpenIsRefused() {
        ScopingDocument doc = f.agreedScope(f.needInScoping());
        doc.requestChange("First change");
        assertThrows(BusinessRuleException.class, () -> doc.requestChange("Second change"));
    }

    @Test
    void aChangeRequestWithdrawsAVersionStillAwaitingSignOff() {
        ScopingDocument doc = new ScopingDocument(f.needInScoping());
        doc.reviseDraft(f.completeScope());
        ScopingVersion v1 = doc.issueForSignOff(Fixtures.NOW);
        doc.requestChange("Host asked for a different deliverable");
        assertEquals(ScopingVersionStatus.WITHDRAWN, v1.getStatus());
        assertEquals(2, doc.draft().orElseThrow().getNumber());
    }

    @Test
    void scopingStartsOnlyForANeedInScoping() {
        assertThrows(BusinessRuleException.class, () -> new ScopingDocument(f.draftNeed()));
    }
}
