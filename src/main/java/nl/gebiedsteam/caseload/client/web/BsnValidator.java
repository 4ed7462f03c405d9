package nl.gebiedsteam.caseload.client.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import nl.gebiedsteam.caseload.client.Bsn;
import nl.gebiedsteam.caseload.shared.web.Messages;

/** Checks a typed BSN with the 11-test next to the field; an empty field is allowed (BSN is optional). */
@FacesValidator(value = "bsnValidator", managed = true)
public class BsnValidator implements Validator<String> {

    @Override
    public void validate(FacesContext context, UIComponent component, String value) {
        String bsn = Bsn.normalise(value);
        if (bsn != null && !Bsn.isValid(bsn)) {
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Messages.text("client.bsn.invalid"), null));
        }
    }
}
