package uk.interimexchange.interfaces.web.matching;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.interimexchange.application.AssociateService;
import uk.interimexchange.application.MatchingService;
import uk.interimexchange.application.NeedService;
import uk.interimexchange.domain.service.matching.Allocator.Allocation;
import uk.interimexchange.domain.service.matching.Allocator.Pairing;
import uk.interimexchange.interfaces.web.FormMessages;
import uk.interimexchange.interfaces.web.PageSteps;

/**
 * The allocation across the needs in shortlisting (/matching/allocation.xhtml): the pairing that maximises total
 * fit, which the coordinator takes in whole or in part. Taking shortlists those who applied and invites the rest.
 */
@Named
@RequestScoped
public class AllocationPage {

    @Inject
    MatchingService matching;

    @Inject
    NeedService needs;

    @Inject
    AssociateService associates;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    @Inject
    FormMessages messages;

    private Allocation proposal;
    private final Map<Long, String> needTitles = new HashMap<>();
    private final Map<Long, String> associateNames = new HashMap<>();

    @PostConstruct
    void load() {
        proposal = matching.proposeAllocation();
        for (Pairing p : proposal.pairings()) {
            needTitles.put(p.needId(), needs.find(p.needId()).getTitle());
            associateNames.put(p.associateId(), associates.find(p.associateId()).getFullName());
        }
    }

    /** Takes the pairings ticked on the page; a pairing the current proposal does not hold is refused. */
    public void accept() {
        String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("take");
        List<Pairing> chosen = new ArrayList<>();
        for (String value : ticked == null ? new String[0] : ticked) {
            proposal.pairings().stream().filter(p -> (p.needId() + ":" + p.associateId()).equals(value)).findFirst().ifPresent(chosen::add);
        }
        if (chosen.isEmpty()) {
            messages.error(null, "Tick at least one pairing to take, or leave the page to take none.");
            return;
        }
        steps.take("allocation", null, () -> {
            matching.acceptAllocation(chosen);
            return "/matching/allocation.xhtml";
        }, "Done: those who applied are shortlisted and the others invited to apply. Nothing is offered.");
    }

    public Allocation getProposal() {
        return proposal;
    }

    public Map<Long, String> getNeedTitles() {
        return needTitles;
    }

    public Map<Long, String> getAssociateNames() {
        return associateNames;
    }
}
