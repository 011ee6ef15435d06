package uk.interimexchange.interfaces.web.convert;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * A day typed into a date field (yyyy-mm-dd, as a browser's date picker sends it): a real date with a four-digit year
 * from {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}, or the field's own converter message. Anything else never
 * reaches a service, so no date the database cannot hold is ever tried.
 */
@FacesConverter("dateInput")
public class DateInput implements Converter<LocalDate> {

    static final int EARLIEST_YEAR = 1900;
    static final int LATEST_YEAR = 2199;

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return inRange(LocalDate.parse(value.strip(), FORMAT));
        } catch (DateTimeParseException notADate) {
            throw refused(component, "Enter a real date, for example 2027-03-17.");
        } catch (IllegalArgumentException outOfRange) {
            throw refused(component, "Enter a date between " + EARLIEST_YEAR + " and " + LATEST_YEAR + ".");
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : FORMAT.format(value);
    }

    /** A date within the years people plan in, or an IllegalArgumentException. */
    public static LocalDate inRange(LocalDate date) {
        if (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR) {
            throw new IllegalArgumentException("out of range");
        }
        return date;
    }

    /** The field's own converter message when it has one, so it names the field. */
    static ConverterException refused(UIComponent component, String fallback) {
        String message = component instanceof UIInput input && input.getConverterMessage() != null ? input.getConverterMessage() : fallback;
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }
}
