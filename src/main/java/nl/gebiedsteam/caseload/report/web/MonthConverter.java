package nl.gebiedsteam.caseload.report.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import nl.gebiedsteam.caseload.shared.web.Messages;

/**
 * A month typed as mm-jjjj, held as its first day: the report's periods are whole months, and Faces'
 * own date converter cannot make a day out of a month alone. The page's setter turns the last month
 * into its last day.
 */
@FacesConverter("caseload.month")
public class MonthConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM-uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("M-uuuu");

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(value.strip(), TYPED).atDay(1);
        } catch (DateTimeParseException e) {
            String text = Messages.text("report.month.invalid");
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.format(MONTH);
    }
}
