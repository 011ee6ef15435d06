package uk.interimexchange.interfaces.web.release;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import uk.interimexchange.application.ReleaseRequest;
import uk.interimexchange.application.ReleaseService;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.interfaces.web.FormMessages;

/** The page a line manager's release link opens: what they are asked, and approve or decline with a comment. */
@Named
@RequestScoped
public class LineManagerRelease {

    @Inject
    ReleaseService releases;

    @Inject
    FormMessages messages;

    @Inject
    FacesContext faces;

    private String link;
    private ReleaseRequest request;
    private String refusal;
    private String comment;

    public void open() {
        try {
            request = releases.open(link);
        } catch (BusinessRuleException e) {
            refusal = e.getMessage();
        }
    }

    public void approve() throws IOException {
        answer(true);
    }

    public void decline() throws IOException {
        answer(false);
    }

    private void answer(boolean approved) throws IOException {
        try {
            if (approved) {
                releases.approve(link, comment);
            } else {
                releases.decline(link, comment);
            }
        } catch (BusinessRuleException e) {
            messages.error("release:comment", e.getMessage());
            open();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/release.xhtml?answered=" + (approved ? "approved" : "declined"));
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public ReleaseRequest getRequest() {
        return request;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
