package uk.interimexchange.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Errors for the summary at the top of a form: each with the id of the field it is about, so the summary can
 * link to it; an error about the whole form links to the form's first field.
 */
@Named
@RequestScoped
public class FormMessages {

    @Inject
    FacesContext faces;

    /** One line of the summary (a class, not a record: Jakarta EL 5 reads only getters). */
    public static final class Entry {

        private final String fieldId;
        private final String text;

        Entry(String fieldId, String text) {
            this.fieldId = fieldId;
            this.text = text;
        }

        public String getFieldId() {
            return fieldId;
        }

        public String getText() {
            return text;
        }
    }

    public void error(String fieldId, String text) {
        faces.addMessage(fieldId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }

    /** Called once while the summary renders; the page asks only when there are messages. */
    public List<Entry> entries(String firstField) {
        List<Entry> entries = new ArrayList<>();
        for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (FacesMessage message : faces.getMessageList(id)) {
                entries.add(new Entry(id == null ? firstField : id, message.getSummary()));
            }
        }
        return entries;
    }
}
