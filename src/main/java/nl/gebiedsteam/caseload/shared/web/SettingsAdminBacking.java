package nl.gebiedsteam.caseload.shared.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.SettingValue;
import nl.gebiedsteam.caseload.shared.Settings;
import org.omnifaces.cdi.ViewScoped;

/** /admin/settings.xhtml: thresholds the functional admin may change (combined observations, waiting flag). */
@Named
@ViewScoped
public class SettingsAdminBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    private List<SettingValue> values;
    private List<Integer> edited;

    @PostConstruct
    void init() {
        values = settings.all();
        edited = new ArrayList<>(values.stream().map(SettingValue::value).toList());
    }

    public void save() {
        try {
            for (int i = 0; i < values.size(); i++) {
                SettingValue value = values.get(i);
                Integer wanted = edited.get(i);
                if (wanted != null && wanted != value.value()) {
                    settings.set(value.key(), wanted, value.version());
                }
            }
        } catch (CaseloadException e) {
            Messages.error(null, e);
            return;
        }
        Messages.info("settings.saved");
        init();
    }

    public List<SettingValue> getValues() {
        return values;
    }

    public List<Integer> getEdited() {
        return edited;
    }
}
