package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.application.Cohort;
import uk.interimexchange.application.CohortSheet;
import uk.interimexchange.application.Roles;
import uk.interimexchange.application.port.LinkTokens;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.link.LinkPurpose;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillRepository;

/** The transactions of a cohort's invitation (see {@link DefaultCohortImportService}). */
@Stateless
@RolesAllowed(Roles.COORDINATOR)
public class CohortSteps {

    @Inject
    UserAccountRepository accounts;

    @Inject
    AssociateRepository associates;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SkillRepository skills;

    @Inject
    LinkTokens links;

    @Inject
    Letters letters;

    @Inject
    AuditTrail audit;

    @Inject
    java.time.Clock clock;

    @Inject
    Transitions transitions;

    public record Invited(List<Cohort.Invitee> invitees, List<Cohort.Problem> problems) {
    }

    /** The rows checked against what is held now, looked up for all of them at once. */
    public CohortRows.Checked check(CohortSheet sheet) {
        CohortRows rows = CohortRows.read(sheet);
        return rows.check(new CohortRows.Held(accounts.existingEmails(rows.emails()), organisations.byOdsCodes(rows.odsCodes()),
                skills.allSkills()));
    }

    /**
     * Invites these people, each checked: an address taken since the check is said, not a failure of the rest. The
     * employers and skills are read again in this transaction, so what is stored refers to them as held now.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Invited invite(List<CohortRows.Row> rows) {
        Instant now = clock.instant();
        Set<String> taken = accounts.existingEmails(rows.stream().map(CohortRows.Row::email).toList());
        List<Cohort.Invitee> invited = new ArrayList<>();
        List<Cohort.Problem> problems = new ArrayList<>();
        Map<Long, Organisation> employers = new HashMap<>();
        Map<Long, Skill> known = new HashMap<>();
        for (CohortRows.Row row : rows) {
            if (taken.contains(row.email())) {
                problems.add(new Cohort.Problem(row.number(), CohortRows.EMAIL, "An account was made with this email address meanwhile."));
                continue;
            }
            UserAccount account = new UserAccount(row.email(), row.fullName(), EnumSet.of(Role.ASSOCIATE), null, now);
            accounts.store(account);
            List<HeldSkill> held = row.skills().stream().map(s -> new HeldSkill(known.computeIfAbsent(s.getSkill().getId(),
                    id -> skills.find(id).orElseThrow()), s.getLevel())).toList();
            Organisation employer = employers.computeIfAbsent(row.employer().getId(), id -> organisations.find(id).orElseThrow());
            associates.store(Associate.invited(account, row.jobTitle(), employer, row.band(), held));
            transitions.save("account"); // the account's id, for its link
            letters.cohortInvitation(account, links.issue(LinkPurpose.JOIN_COHORT, account.getId()));
            audit.record(DefaultSignInService.ENTITY, account.getId(), "invited with a cohort", null, account.getStatus(),
                    "Emailed a link to choose a password and complete their profile");
            invited.add(row.invitee());
        }
        return new Invited(invited, problems);
    }
}
