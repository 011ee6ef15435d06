package uk.interimexchange.interfaces.web.briefing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import uk.interimexchange.application.BriefingService;
import uk.interimexchange.application.StakeholderBriefing;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.interfaces.web.FormMessages;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * The page a stakeholder's briefing link opens (/briefing.xhtml?link=…): who is coming, why, which days and the first
 * day's meetings, and a button to confirm they have read it. The link is the authority; it works once.
 */
@Named
@RequestScoped
public class BriefingConfirmation {

    @Inject
    BriefingService briefings;

    @Inject
    FormMessages messages;

    @Inject
    FacesContext faces;

    private String link;
    private StakeholderBriefing briefing;
    private String refusal;

    public void open() {
        try {
            briefing = briefings.open(link);
        } catch (BusinessRuleException e) {
            refusal = e.getMessage();
        }
    }

    public void confirm() {
        try {
            briefings.confirm(link);
        } catch (BusinessRuleException e) {
            messages.error("confirm:confirm-briefing", e.getMessage());
            open();
            return;
        }
        WebPages.redirect(faces, "/briefing.xhtml?confirmed=true", null);
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public StakeholderBriefing getBriefing() {
        return briefing;
    }

    public String getRefusal() {
        return refusal;
    }
}
