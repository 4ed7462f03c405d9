package nl.gebiedsteam.caseload.shared;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.gebiedsteam.caseload.shared.identity.Role;

/**
 * Thresholds stored in the database, so every node of a cluster uses the same value and a change
 * by the functional admin takes effect at once. A missing or unreadable value falls back to the
 * default rather than breaking a page.
 */
@Stateless
@PermitAll
public class Settings {

    private static final Logger LOG = Logger.getLogger(Settings.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SettingChanged> changed;

    public int get(SettingKey key) {
        return em.createNamedQuery("Setting.findByName", Setting.class).setParameter("name", key.key())
                .getResultStream().findFirst().map(s -> parse(key, s.getValue())).orElse(key.defaultValue());
    }

    /** Every setting with its current value and the version it was read at (for the admin page). */
    @RolesAllowed(Role.FUNCTIONAL_ADMIN_NAME)
    public List<SettingValue> all() {
        List<SettingValue> values = new ArrayList<>();
        for (SettingKey key : SettingKey.values()) {
            Setting setting = find(key);
            values.add(new SettingValue(key, setting == null ? key.defaultValue() : parse(key, setting.getValue()),
                    setting == null ? -1 : setting.getVersion()));
        }
        return values;
    }

    @RolesAllowed(Role.FUNCTIONAL_ADMIN_NAME)
    public void set(SettingKey key, int value, long version) {
        if (value < key.min() || value > key.max()) {
            throw new CaseloadException("settings.outOfRange", key.min(), key.max());
        }
        Setting setting = find(key);
        if (setting == null) {
            throw new NotFoundException();
        }
        setting.checkVersion(version);
        int before = parse(key, setting.getValue());
        setting.setValue(Integer.toString(value));
        Persistence.flush(em);
        changed.fire(new SettingChanged(key, before, value));
    }

    private Setting find(SettingKey key) {
        return em.createNamedQuery("Setting.findByName", Setting.class).setParameter("name", key.key())
                .getResultStream().findFirst().orElse(null);
    }

    private static int parse(SettingKey key, String value) {
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= key.min() && parsed <= key.max()) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // fall through to the default
        }
        LOG.warning(() -> "setting " + key.key() + " has an unusable value; using the default " + key.defaultValue());
        return key.defaultValue();
    }
}
