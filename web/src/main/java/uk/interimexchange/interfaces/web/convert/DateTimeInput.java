package uk.interimexchange.interfaces.web.convert;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** A day and time typed into a date-and-time field (yyyy-mm-ddThh:mm), within the years {@link DateInput} allows. */
@FacesConverter("dateTimeInput")
public class DateTimeInput implements Converter<LocalDateTime> {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(value.strip(), FORMAT);
            DateInput.inRange(at.toLocalDate());
            return at;
        } catch (DateTimeParseException notADate) {
            throw DateInput.refused(component, "Enter a real date and time, for example 2027-03-17 at 09:30.");
        } catch (IllegalArgumentException outOfRange) {
            throw DateInput.refused(component, "Enter a date between " + DateInput.EARLIEST_YEAR + " and " + DateInput.LATEST_YEAR + ".");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : FORMAT.format(value);
    }
}
