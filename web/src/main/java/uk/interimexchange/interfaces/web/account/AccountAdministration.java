package uk.interimexchange.interfaces.web.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import uk.interimexchange.application.AccountService;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

/** An admin finds accounts by name or email and unlocks one that is waiting after failed sign-ins. */
@Named
@RequestScoped
public class AccountAdministration {

    static final int PAGE_SIZE = 25;

    @Inject
    AccountService accounts;

    @Inject
    FacesContext faces;

    private String words;
    private int from;
    private Page<UserAccount> found;

    /** The search is in the address (?q=&amp;from=), so a result can be bookmarked and the form is a plain GET. */
    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        words = params.get("q") == null ? null : params.get("q").strip();
        from = Math.max(0, parse(params.get("from")));
        found = accounts.search(words, new PageRequest(from, PAGE_SIZE));
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    public void unlock(long accountId) throws IOException {
        UserAccount unlocked = accounts.unlock(accountId);
        ExternalContext external = faces.getExternalContext();
        external.getFlash().put("done", "You unlocked " + unlocked.getFullName() + "'s account. They can sign in again now.");
        external.redirect(external.getRequestContextPath() + "/admin/accounts.xhtml?q="
                + URLEncoder.encode(words == null ? "" : words, StandardCharsets.UTF_8) + "&from=" + from);
    }

    public String getWords() {
        return words;
    }

    public Page<UserAccount> getFound() {
        return found;
    }

    public int getFrom() {
        return from;
    }

    public boolean isEarlier() {
        return from > 0;
    }

    public boolean isLater() {
        return from + PAGE_SIZE < found.total();
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }
}
