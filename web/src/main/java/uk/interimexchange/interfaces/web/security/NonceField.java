package uk.interimexchange.interfaces.web.security;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.component.UIForm;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.event.AbortProcessingException;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.io.IOException;
import org.primefaces.context.PrimeFacesContext;

/**
 * Writes the page's script nonce into every Faces form as a hidden field. PrimeFaces' CSP mode refuses a postback
 * without it, and its script adds the field only in a browser that runs scripts; writing it in the HTML keeps every
 * form working without JavaScript (and for our HTTP-level tests). The nonce is no secret: it is in the page already.
 */
public class NonceField extends UIComponentBase {

    static final String ID = "csp-nonce";
    static final String PARAMETER = "primefaces.nonce";

    public NonceField() {
        setId(ID);
        setTransient(true); // added afresh each time the view is built, never saved with its state
    }

    @Override
    public String getFamily() {
        return "uk.interimexchange.NonceField";
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("input", this);
        writer.writeAttribute("type", "hidden", null);
        writer.writeAttribute("name", PARAMETER, null);
        writer.writeAttribute("value", PrimeFacesContext.getCspState(context).getNonce(), null);
        writer.endElement("input");
    }

    /** Adds the field to each form as the form joins the view (registered in faces-config.xml). */
    public static class AddToForms implements SystemEventListener {

        @Override
        public boolean isListenerForSource(Object source) {
            return source instanceof UIForm;
        }

        @Override
        public void processEvent(SystemEvent event) throws AbortProcessingException {
            UIComponent form = (UIComponent) event.getSource();
            if (form.getChildren().stream().noneMatch(NonceField.class::isInstance)) {
                form.getChildren().add(new NonceField());
            }
        }
    }
}
