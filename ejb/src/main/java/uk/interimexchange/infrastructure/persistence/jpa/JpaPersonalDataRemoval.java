package uk.interimexchange.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import uk.interimexchange.application.port.PersonalDataRemoval;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.ApplicationState;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.link.LinkPurpose;

/**
 * Bulk statements in the caller's transaction. Names written down by value are replaced with plain SQL (replace and
 * position, which H2 and PostgreSQL both have); no entity here is in the shared cache, so nothing stale is left.
 */
@ApplicationScoped
public class JpaPersonalDataRemoval implements PersonalDataRemoval {

    /** What stands where a name or contact detail was, once a closed placement's personal detail is removed. */
    static final String REMOVED = "name removed";

    /** The placement-level tables that hold a person's name by value, and the column that holds it. */
    private static final List<String[]> NAMED_IN_PLACEMENTS = List.of(new String[] {"placement_sign_off", "signer_name"},
            new String[] {"placement_briefing", "briefed_by"}, new String[] {"check_in", "by_name"},
            new String[] {"briefing_invitation", "sent_by"});

    /** What people wrote about a placement, in which a name may appear. */
    private static final List<String[]> WRITTEN_IN_PLACEMENTS = List.of(new String[] {"check_in", "notes"},
            new String[] {"check_in", "issues"}, new String[] {"placement_sign_off", "sign_comment"},
            new String[] {"placement_objective_result", "evidence"});

    private static final List<String> WRITTEN_ON_PLACEMENT = List.of("host_feedback", "associate_feedback", "what_worked",
            "what_did_not", "recommendations", "state_reason", "mid_point_on_track", "mid_point_changes");

    private static final List<String> NAMED_ON_PLACEMENT = List.of("mid_point_recorded_by", "mid_point_host_agreed_by",
            "mid_point_associate_agreed_by", "early_start_host_by", "early_start_associate_by");

    @PersistenceContext
    EntityManager em;

    @Inject
    AssociateRepository associates;

    @Override
    public void removeNeverConfirmed(UserAccount account, String replacement) {
        forgetAddress(account, replacement);
        associates.findByAccount(account.getId()).ifPresent(em::remove); // an associate's draft profile
        em.flush();
        em.remove(account);
        em.flush();
    }

    @Override
    public void eraseTraces(UserAccount account, Long associateId) {
        String name = account.getFullName();
        String formerly = account.formerly();
        forgetAddress(account, formerly);
        String theirPlacements = associateId != null ? "select id from placement where associate_id = " + associateId
                : account.hasRole(Role.HOST) && account.getOrganisation() != null
                        ? "select id from placement where organisation_id = " + account.getOrganisation().getId()
                        : "select id from placement"; // a coordinator or an admin may have acted on any
        for (String[] named : NAMED_IN_PLACEMENTS) {
            native_("update " + named[0] + " set " + named[1] + " = ?1 where " + named[1] + " = ?2 and placement_id in ("
                    + theirPlacements + ")", formerly, name);
        }
        for (String column : NAMED_ON_PLACEMENT) {
            native_("update placement set " + column + " = ?1 where " + column + " = ?2 and id in (" + theirPlacements + ")",
                    formerly, name);
        }
        for (String[] written : WRITTEN_IN_PLACEMENTS) {
            native_("update " + written[0] + " set " + written[1] + " = replace(" + written[1] + ", ?2, ?1) where position(?2 in "
                    + written[1] + ") > 0 and placement_id in (" + theirPlacements + ")", formerly, name);
        }
        for (String column : WRITTEN_ON_PLACEMENT) {
            native_("update placement set " + column + " = replace(" + column + ", ?2, ?1) where position(?2 in " + column
                    + ") > 0 and id in (" + theirPlacements + ")", formerly, name);
        }
        em.createNativeQuery("update scoping_sign_off set signer_name = ?1 where signer_account_id = ?2")
                .setParameter(1, formerly).setParameter(2, account.getId()).executeUpdate();
        if (associateId != null) {
            eraseProfile(associateId);
        }
        // what others were told, and what the trail says, keep their meaning with the name replaced
        for (String[] text : List.of(new String[] {"notification", "text"}, new String[] {"email", "subject"},
                new String[] {"email", "body"}, new String[] {"audit_event", "event_comment"}, new String[] {"lesson", "context"},
                new String[] {"lesson", "what_happened"}, new String[] {"lesson", "lesson_text"}, new String[] {"lesson", "published_context"},
                new String[] {"lesson", "published_what_happened"}, new String[] {"lesson", "published_lesson"})) {
            native_("update " + text[0] + " set " + text[1] + " = replace(" + text[1] + ", ?2, ?1) where position(?2 in " + text[1]
                    + ") > 0", formerly, name);
        }
    }

    /**
     * The profile keeps only what the programme's figures need (employer and band) and its state, withdrawn; its
     * applications lose their statements. In SQL, and the profile read again after, rather than through the entity:
     * EclipseLink fails to flush an emptied collection of embeddables that refer to another entity (a skill).
     */
    private void eraseProfile(long associateId) {
        for (String sql : List.of("delete from associate_skill where associate_id = ?1", "delete from associate_availability where associate_id = ?1",
                "delete from associate_region where associate_id = ?1", "delete from associate_weekday where associate_id = ?1",
                "update associate set phone = null, job_title = null, line_manager_name = null, line_manager_email = null,"
                        + " experience_summary = null, consent_given_at = null where id = ?1",
                "update application set supporting_statement = null, conflict_of_interest = null, feedback = null where associate_id = ?1")) {
            em.createNativeQuery(sql).setParameter(1, associateId).executeUpdate();
        }
        associates.find(associateId).ifPresent(em::refresh);
    }

    private void native_(String sql, String replacement, String name) {
        em.createNativeQuery(sql).setParameter(1, replacement).setParameter(2, name).executeUpdate();
    }

    /** The account's address leaves the audit trail for {@code replacement}; its emails, links and notifications go. */
    private void forgetAddress(UserAccount account, String replacement) {
        String email = account.getEmail();
        em.createQuery("update AuditEvent e set e.actor = :replacement where e.actor = :email")
                .setParameter("replacement", replacement).setParameter("email", email).executeUpdate();
        em.createQuery("delete from Email e where e.recipient = :email").setParameter("email", email).executeUpdate();
        em.createQuery("delete from SingleUseLink l where l.subjectId = :id and l.purpose in :aboutAccounts")
                .setParameter("id", account.getId())
                .setParameter("aboutAccounts", EnumSet.of(LinkPurpose.VERIFY_EMAIL, LinkPurpose.RESET_PASSWORD, LinkPurpose.JOIN_COHORT)).executeUpdate();
        em.createQuery("delete from Notification n where n.recipientId = :id").setParameter("id", account.getId()).executeUpdate();
    }

    @Override
    public boolean removeClosedPlacementDetail(long placementId, Instant now) {
        int marked = em.createNativeQuery("update placement set personal_detail_removed_at = ?1, host_contact = ?2, state_reason = null,"
                + " host_feedback = null, associate_feedback = null, mid_point_recorded_by = null, mid_point_host_agreed_by = null,"
                + " mid_point_associate_agreed_by = null, early_start_host_by = null, early_start_associate_by = null"
                + " where id = ?3 and closed_at is not null and personal_detail_removed_at is null")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, REMOVED).setParameter(3, placementId).executeUpdate();
        if (marked == 0) {
            return false;
        }
        for (String sql : List.of("update placement_sign_off set signer_name = ?1, sign_comment = null where placement_id = ?2",
                "update placement_briefing set stakeholder_name = ?1, briefed_by = ?1 where placement_id = ?2",
                "update briefing_invitation set stakeholder_name = ?1, sent_by = ?1, email = 'removed@erased.invalid' where placement_id = ?2",
                "update placement_first_day_meeting set with_whom = ?1 where placement_id = ?2",
                "update check_in set by_name = ?1, issues = null, notes = null where placement_id = ?2")) {
            em.createNativeQuery(sql).setParameter(1, REMOVED).setParameter(2, placementId).executeUpdate();
        }
        // the statements of the one placed and of everyone else who applied for the need and was turned down or withdrew
        em.createNativeQuery("update application set supporting_statement = null, conflict_of_interest = null, feedback = null"
                + " where id = (select application_id from placement where id = ?1)"
                + " or (need_id = (select need_id from placement where id = ?1) and state in (?2, ?3, ?4))")
                .setParameter(1, placementId).setParameter(2, ApplicationState.DECLINED.name())
                .setParameter(3, ApplicationState.UNSUCCESSFUL.name()).setParameter(4, ApplicationState.WITHDRAWN.name()).executeUpdate();
        return true;
    }
}
