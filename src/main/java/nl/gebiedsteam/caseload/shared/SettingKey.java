package nl.gebiedsteam.caseload.shared;

/** The settings a functional admin may change, with their defaults and allowed ranges. */
public enum SettingKey {
    COMBINED_MIN_SIGNALS("signal.combined.min-signals", 3, 2, 20),
    COMBINED_MIN_SOURCES("signal.combined.min-sources", 2, 1, 12),
    COMBINED_WINDOW_DAYS("signal.combined.window-days", 90, 7, 730),
    REFERRAL_WAIT_FLAG_DAYS("referral.wait-flag-days", 42, 1, 365),
    MEASURE_EXPIRY_WINDOW_DAYS("measure.expiry-window-days", 60, 7, 365),
    WVGGZ_EXPLORATION_DAYS("wvggz.exploration-days", 14, 1, 60),
    OVERVIEW_NO_CONTACT_DAYS("overview.no-contact-days", 30, 7, 365),
    /** A client of mine with an open pathway and no appointment planned within this many days is on my work list. */
    AGENDA_PLAN_WITHIN_DAYS("agenda.plan-within-days", 28, 7, 180),
    /** Years after the last closure before a file goes on the destruction list; WGBO art. 7:454 BW sets 20 as the floor. */
    RETENTION_YEARS("retention.years", 20, 20, 115);

    private final String key;
    private final int defaultValue;
    private final int min;
    private final int max;

    SettingKey(String key, int defaultValue, int min, int max) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }
}
