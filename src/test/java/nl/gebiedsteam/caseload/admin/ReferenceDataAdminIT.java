package nl.gebiedsteam.caseload.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import nl.gebiedsteam.caseload.measure.MeasureKind;
import nl.gebiedsteam.caseload.measure.MeasureTypeAdminService;
import nl.gebiedsteam.caseload.measure.MeasureTypeRow;
import nl.gebiedsteam.caseload.referral.ProviderAdminService;
import nl.gebiedsteam.caseload.referral.ProviderKind;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.SettingKey;
import nl.gebiedsteam.caseload.shared.SettingValue;
import nl.gebiedsteam.caseload.shared.Settings;
import nl.gebiedsteam.caseload.testsupport.Deployments;
import nl.gebiedsteam.caseload.testsupport.Sql;
import nl.gebiedsteam.caseload.testsupport.TestData;
import nl.gebiedsteam.caseload.testsupport.TestLogin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 23: what the functional administrator changes in the reference data (settings, providers,
 * measure types) is in the access log with the value before and after, and a measure type that
 * has measures recorded under it keeps its name.
 */
@ExtendWith(ArquillianExtension.class)
class ReferenceDataAdminIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTestLogin();
    }

    @Inject
    TestLogin login;

    @Inject
    Settings settings;

    @Inject
    ProviderAdminService providers;

    @Inject
    MeasureTypeAdminService measureTypes;

    @Resource(lookup = "java:app/jdbc/caseload")
    DataSource db;

    @Test
    void settingChange_isLoggedWithTheValueBefore() {
        login.as("gerrit.beheer");
        SettingValue waiting = settings.all().stream().filter(v -> v.key() == SettingKey.REFERRAL_WAIT_FLAG_DAYS)
                .findFirst().orElseThrow();
        settings.set(waiting.key(), waiting.value() + 1, waiting.version());
        try {
            assertLogged("setting", waiting.key().key() + "=" + (waiting.value() + 1) + "; was " + waiting.value());
        } finally {
            SettingValue changed = settings.all().stream().filter(v -> v.key() == waiting.key()).findFirst().orElseThrow();
            settings.set(waiting.key(), waiting.value(), changed.version()); // the other tests count on the default
        }
    }

    @Test
    void providerChanges_areLogged() {
        login.as("gerrit.beheer");
        String name = TestData.unique("Aanbieder ");
        long id = providers.create(name, ProviderKind.ADDICTION_CARE);
        assertLogged("provider", "provider=" + id + " '" + name + "' ADDICTION_CARE");
        long version = providers.all().stream().filter(p -> p.id() == id).findFirst().orElseThrow().version();
        providers.update(id, version, name + " (oud)", ProviderKind.ADDICTION_CARE, false);
        assertLogged("provider", "provider=" + id + " '" + name + " (oud)' ADDICTION_CARE retired; was provider=" + id
                + " '" + name + "' ADDICTION_CARE");
    }

    @Test
    void measureType_inUse_keepsItsName_andChangesAreLogged() {
        login.as("gerrit.beheer");
        MeasureTypeRow used = measureTypes.all().stream().filter(MeasureTypeRow::inUse).findFirst().orElseThrow();
        CaseloadException refused = assertThrows(CaseloadException.class, () -> measureTypes.update(used.id(),
                used.version(), withName(used, used.name() + " (nieuw)")));
        assertEquals("measureType.inUse", refused.getMessageKey());
        assertEquals(used.name(), measureTypes.all().stream().filter(t -> t.id().equals(used.id())).findFirst()
                .orElseThrow().name());

        String code = "T_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase(java.util.Locale.ROOT);
        long id = measureTypes.create(new MeasureTypeRow(null, 0, code, "Testmaatregel", MeasureKind.DRANG,
                "Gemeentewet art. 172", "burgemeester", 14, true, false));
        assertLogged("measure-type", "measureType=" + id + " " + code + " 'Testmaatregel' DRANG; "
                + "Gemeentewet art. 172; burgemeester; max 14");
        MeasureTypeRow created = measureTypes.all().stream().filter(t -> t.id() == id).findFirst().orElseThrow();
        measureTypes.update(id, created.version(), withName(created, "Testmaatregel hernoemd"));
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE object_type = 'measure-type' AND worker_login = "
                + "'gerrit.beheer' AND detail LIKE ?", "%'Testmaatregel hernoemd'%; was %'Testmaatregel'%"),
                "an unused type may still be renamed, and that is logged");
    }

    private static MeasureTypeRow withName(MeasureTypeRow row, String name) {
        return new MeasureTypeRow(row.id(), row.version(), row.code(), name, row.kind(), row.legalBasis(),
                row.decidingAuthority(), row.typicalMaxDays(), row.active(), row.inUse());
    }

    private void assertLogged(String objectType, String detail) {
        assertTrue(Sql.exists(db, "SELECT 1 FROM access_log WHERE object_type = ? AND worker_login = 'gerrit.beheer' "
                + "AND event IN ('CREATE', 'UPDATE') AND detail = ?", objectType, detail), objectType + ": " + detail);
    }
}
