package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import uk.interimexchange.application.Cohort;
import uk.interimexchange.application.CohortImportService;
import uk.interimexchange.application.CohortSheet;
import uk.interimexchange.application.Roles;

/**
 * Checks a cohort's rows with a few set-wise look-ups, whatever its size, and invites the people in transactions of
 * {@value #AT_ONCE} ({@link CohortSteps}), so a cohort of thousands is never one long transaction.
 */
@Stateless
public class DefaultCohortImportService implements CohortImportService {

    static final int AT_ONCE = 250;

    @EJB
    CohortSteps steps;

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    public Cohort preview(CohortSheet sheet) {
        return steps.check(sheet).cohort();
    }

    @Override
    @RolesAllowed(Roles.COORDINATOR)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Cohort invite(CohortSheet sheet) {
        CohortRows.Checked checked = steps.check(sheet);
        List<Cohort.Invitee> invited = new ArrayList<>();
        List<Cohort.Problem> problems = new ArrayList<>(checked.problems());
        List<CohortRows.Row> right = checked.right();
        for (int from = 0; from < right.size(); from += AT_ONCE) {
            CohortSteps.Invited some = steps.invite(right.subList(from, Math.min(right.size(), from + AT_ONCE)));
            invited.addAll(some.invitees());
            problems.addAll(some.problems());
        }
        problems.sort(java.util.Comparator.comparingInt(Cohort.Problem::row));
        return new Cohort(checked.rowsRead(), invited, problems);
    }
}
