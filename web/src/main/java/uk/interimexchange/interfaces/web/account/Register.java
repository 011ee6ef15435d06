package uk.interimexchange.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import uk.interimexchange.application.PasswordRefusedException;
import uk.interimexchange.application.Registration;
import uk.interimexchange.application.RegistrationService;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.interfaces.web.FormMessages;
import uk.interimexchange.interfaces.web.OrganisationChoices;

/** Registration as an associate or as a host contact; afterwards the page says to check the inbox. */
@Named
@RequestScoped
public class Register {

    public static final String ASSOCIATE = "associate";
    public static final String HOST = "host";

    @Inject
    RegistrationService registrations;

    @Inject
    OrganisationChoices organisationChoices;

    @Inject
    FormMessages messages;

    @Inject
    FacesContext faces;

    private String kind = ASSOCIATE;
    private String fullName;
    private String email;
    private String password;
    private Long organisationId;
    private List<Organisation> organisations;

    @PostConstruct
    void load() {
        // From the address on the first visit and from the form's own hidden field on submit: known before the
        // form is decoded, so the organisation field is there to receive its value.
        setKind(faces.getExternalContext().getRequestParameterMap().get("as"));
        organisations = organisationChoices.active();
    }

    public void submit() throws IOException {
        Registration registration = new Registration(fullName, email, password == null ? new char[0] : password.toCharArray());
        password = null; // never shown back
        try {
            if (HOST.equals(kind)) {
                registrations.registerHost(registration, organisationId); // the form requires the organisation
            } else {
                registrations.registerAssociate(registration);
            }
        } catch (PasswordRefusedException e) {
            messages.error("register:password", e.getMessage());
            return;
        } catch (BusinessRuleException e) {
            messages.error(null, e.getMessage());
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/register.xhtml?registered=" + (HOST.equals(kind) ? HOST : ASSOCIATE));
    }

    public List<Organisation> getOrganisations() {
        return organisations;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = HOST.equals(kind) ? HOST : ASSOCIATE;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
