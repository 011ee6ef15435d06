package uk.interimexchange.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Shows a moment as UK people read it, in UK time ("3 March 2026 14:05"); Faces 4.0 has no type for Instant. */
@FacesConverter("ukDateTime")
public class UkDateTimeConverter implements Converter<Instant> {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    @Override
    public Instant getAsObject(FacesContext context, UIComponent component, String value) {
        throw new ConverterException("Moments are shown, never entered, in this form.");
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Instant value) {
        return value == null ? "" : UK.format(value);
    }
}
