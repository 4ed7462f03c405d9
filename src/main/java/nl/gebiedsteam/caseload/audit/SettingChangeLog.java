package nl.gebiedsteam.caseload.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import nl.gebiedsteam.caseload.shared.SettingChanged;

/** Writes each change of a setting to the access log, with the value before and after. */
@ApplicationScoped
public class SettingChangeLog {

    @Inject
    AccessLog accessLog;

    void changed(@Observes SettingChanged change) {
        accessLog.success(AccessEvent.UPDATE, null, "setting",
                change.key().key() + "=" + change.after() + "; was " + change.before());
    }
}
