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
import uk.interimexchange.interfaces.web.Paging;

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
    private Paging paging;
    private Page<UserAccount> found;

    /** The search is in the address (?q=&amp;from=), so a result can be bookmarked and the form is a plain GET. */
    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        words = params.get("q") == null ? null : params.get("q").strip();
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        found = accounts.search(words, paging.request());
        paging.of(found.total());
    }

    public void unlock(long accountId) throws IOException {
        UserAccount unlocked = accounts.unlock(accountId);
        ExternalContext external = faces.getExternalContext();
        external.getFlash().put("done", "You unlocked " + unlocked.getFullName() + "'s account. They can sign in again now.");
        external.redirect(external.getRequestContextPath() + "/admin/accounts.xhtml?q="
                + URLEncoder.encode(words == null ? "" : words, StandardCharsets.UTF_8) + "&from=" + paging.getFrom());
    }

    public String getWords() {
        return words;
    }

    public Page<UserAccount> getFound() {
        return found;
    }

    public Paging getPaging() {
        return paging;
    }
}
