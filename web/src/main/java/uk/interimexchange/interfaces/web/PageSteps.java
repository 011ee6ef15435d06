package uk.interimexchange.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.ConcurrentChangeException;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.shared.BusinessRuleException;

/**
 * One step taken from a record's page, the same way everywhere: done, it shows the next page with a confirmation
 * (Post-Redirect-Get); refused by a rule, the page shows why against the field, with what was typed kept; changed
 * by someone else meanwhile, the page says so; not the caller's record, the answer is the same 404 as for none.
 */
@RequestScoped
public class PageSteps {

    @Inject
    FacesContext faces;

    @Inject
    FormMessages messages;

    /**
     * @param record what the page shows, in words ("need"), for the message when it changed meanwhile
     * @param field  the client id a refusal is shown against, or null for the whole form
     * @param step   calls the service and answers the address to show next
     * @param done   the confirmation shown there
     */
    public void take(String record, String field, Supplier<String> step, String done) {
        take(record, field, step, () -> done);
    }

    /** The same, with a confirmation that tells what the step made: {@code done} is asked for after the step. */
    public void take(String record, String field, Supplier<String> step, Supplier<String> done) {
        try {
            String next = step.get();
            WebPages.redirect(faces, next, done.get());
        } catch (NotFoundException | AccessDeniedException notTheirs) {
            WebPages.notFound(faces);
        } catch (ConcurrentChangeException changed) {
            messages.error(null, "The " + record + " changed while you were looking at it. Check it again below.");
        } catch (BusinessRuleException refused) {
            messages.error(field, refused.getMessage());
        }
    }
}
