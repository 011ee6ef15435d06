package uk.interimexchange.interfaces.web.convert;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import uk.interimexchange.domain.model.shared.Days;

/**
 * Every decimal field (days a week, days worked): shown as people write it ("2", not "2.0") and read only as a plain
 * number of at most six digits and two decimals. "1e999999999" and the like, which Java would accept and then spend
 * minutes on, get the field's own message instead. Registered for {@code BigDecimal} in faces-config.xml, where it
 * replaces the standard converter (an annotation does not).
 */
public class PlainDecimal implements Converter<BigDecimal> {

    private static final Pattern PLAIN = Pattern.compile("-?\\d{1,6}(\\.\\d{1,2})?");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String typed = value.strip();
        if (!PLAIN.matcher(typed).matches()) {
            throw DateInput.refused(component, "Enter a number, for example 2 or 2.5.");
        }
        return new BigDecimal(typed);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return Days.number(value);
    }
}
