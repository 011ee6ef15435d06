package uk.interimexchange.domain.model.associate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.shared.Check;

/** The associate's home line manager, who releases them; they have no account. */
@Embeddable
public class LineManager {

    @Column(name = "line_manager_name", length = 120)
    private String name;

    @Column(name = "line_manager_email", length = 254)
    private String email;

    protected LineManager() {
    }

    public LineManager(String name, String email) {
        this.name = Check.text(name, 120, "The line manager's name");
        this.email = UserAccount.checkedEmail(email);
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }
}
