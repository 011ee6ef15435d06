package uk.interimexchange.interfaces.web.convert;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.Quarter;

/** A quarter in an address, written 2026-Q4; anything else is the quarter's own plain-English refusal. */
@FacesConverter("quarter")
public class QuarterInput implements Converter<Quarter> {

    @Override
    public Quarter getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Quarter.parse(value);
        } catch (BusinessRuleException refused) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Quarter value) {
        return value == null ? "" : value.toString();
    }
}
