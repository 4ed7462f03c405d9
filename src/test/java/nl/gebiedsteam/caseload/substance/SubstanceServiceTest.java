package nl.gebiedsteam.caseload.substance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.gebiedsteam.caseload.client.Client;
import nl.gebiedsteam.caseload.shared.CaseloadException;
import nl.gebiedsteam.caseload.shared.Times;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rules of a substance profile, through the package-visible {@code SubstanceService.validate}
 * (no container needed: it touches neither the database nor the access log).
 */
class SubstanceServiceTest {

    /** The age the test client has today. */
    private static final int CLIENT_AGE = 30;

    /**
     * A client who is {@value #CLIENT_AGE} today. {@code validate} reads today's date in the
     * display zone itself, so the birthday is put half a year away: the age cannot change between
     * computing it here and the check there, even around midnight.
     */
    private static Client client() {
        Client client = new Client();
        client.setDateOfBirth(LocalDate.now(Times.DISPLAY_ZONE).minusYears(CLIENT_AGE).minusMonths(6));
        return client;
    }

    /** A complete, valid self-reported profile. */
    private static SubstanceProfileForm form() {
        SubstanceProfileForm form = new SubstanceProfileForm();
        form.setPrimarySubstance(Substance.CANNABIS);
        form.setFrequency(UseFrequency.DAILY);
        form.setRoute(UseRoute.SMOKING);
        form.setInformationSource(InformationSource.SELF_REPORT);
        return form;
    }

    private static SubstanceProfileForm form(Consumer<SubstanceProfileForm> change) {
        SubstanceProfileForm form = form();
        change.accept(form);
        return form;
    }

    private static CaseloadException refused(SubstanceProfileForm form) {
        return assertThrows(CaseloadException.class, () -> SubstanceService.validate(form, client()));
    }

    @Test
    void validate_shouldAcceptACompleteSelfReportedProfile() {
        SubstanceProfileForm form = form();
        assertDoesNotThrow(() -> SubstanceService.validate(form, client()));
        assertNull(form.getIcd10Code());
    }

    // --- required fields ---

    @Test
    void validate_shouldRequireThePrimarySubstance() {
        assertEquals("substance.required", refused(form(f -> f.setPrimarySubstance(null))).getMessageKey());
    }

    @Test
    void validate_shouldRequireTheFrequency() {
        assertEquals("substance.required", refused(form(f -> f.setFrequency(null))).getMessageKey());
    }

    @Test
    void validate_shouldRequireTheRoute() {
        assertEquals("substance.required", refused(form(f -> f.setRoute(null))).getMessageKey());
    }

    @Test
    void validate_shouldRequireTheInformationSource() {
        assertEquals("substance.required", refused(form(f -> f.setInformationSource(null))).getMessageKey());
    }

    @Test
    void validate_shouldNotRequireAgeAtFirstUseOrSecondarySubstances() {
        // minimisation: only what the profile cannot do without is required
        SubstanceProfileForm form = form(f -> {
            f.setAgeAtFirstUse(null);
            f.setSecondary(List.of());
        });
        assertDoesNotThrow(() -> SubstanceService.validate(form, client()));
    }

    // --- secondary substances ---

    @Test
    void validate_shouldDropThePrimarySubstanceFromTheSecondaryList() {
        SubstanceProfileForm form = form(
                f -> f.setSecondary(List.of(Substance.ALCOHOL, Substance.CANNABIS, Substance.COCAINE)));
        SubstanceService.validate(form, client());
        assertEquals(List.of(Substance.ALCOHOL, Substance.COCAINE), form.getSecondary());
    }

    @Test
    void validate_shouldAcceptThreeSecondarySubstances_whenThePrimaryWasAFourth() {
        // the primary does not count towards the limit once it is dropped
        SubstanceProfileForm form = form(f -> f.setSecondary(
                List.of(Substance.ALCOHOL, Substance.CANNABIS, Substance.COCAINE, Substance.TOBACCO)));
        SubstanceService.validate(form, client());
        assertEquals(List.of(Substance.ALCOHOL, Substance.COCAINE, Substance.TOBACCO), form.getSecondary());
    }

    @Test
    void validate_shouldAcceptThreeSecondarySubstances() {
        SubstanceProfileForm form = form(
                f -> f.setSecondary(List.of(Substance.ALCOHOL, Substance.COCAINE, Substance.TOBACCO)));
        assertDoesNotThrow(() -> SubstanceService.validate(form, client()));
        assertEquals(3, form.getSecondary().size());
    }

    @Test
    void validate_shouldRefuseMoreThanThreeSecondarySubstances() {
        CaseloadException e = refused(form(f -> f.setSecondary(
                List.of(Substance.ALCOHOL, Substance.COCAINE, Substance.TOBACCO, Substance.GHB))));
        assertEquals("substance.secondary.tooMany", e.getMessageKey());
        // the limit is the message argument, so the page can say "at most 3"
        assertArrayEquals(new Object[] {3}, e.getArguments());
    }

    @Test
    void validate_shouldCountADuplicateSecondarySubstanceOnce() {
        SubstanceProfileForm form = form(f -> f.setSecondary(
                List.of(Substance.ALCOHOL, Substance.COCAINE, Substance.ALCOHOL, Substance.TOBACCO)));
        SubstanceService.validate(form, client());
        assertEquals(List.of(Substance.ALCOHOL, Substance.COCAINE, Substance.TOBACCO), form.getSecondary());
    }

    // --- behaviours: gambling and gaming ---

    @ParameterizedTest
    @EnumSource(value = Substance.class, names = {"GAMBLING", "GAMING"})
    void validate_shouldRefuseARoute_forABehaviour(Substance behaviour) {
        CaseloadException e = refused(form(f -> {
            f.setPrimarySubstance(behaviour);
            f.setRoute(UseRoute.ORAL);
        }));
        assertEquals("substance.route.notApplicable", e.getMessageKey());
    }

    @ParameterizedTest
    @EnumSource(value = Substance.class, names = {"GAMBLING", "GAMING"})
    void validate_shouldRefuseUnknownRoute_forABehaviour(Substance behaviour) {
        // "unknown" still suggests the behaviour is taken somehow; only NOT_APPLICABLE fits
        CaseloadException e = refused(form(f -> {
            f.setPrimarySubstance(behaviour);
            f.setRoute(UseRoute.UNKNOWN);
        }));
        assertEquals("substance.route.notApplicable", e.getMessageKey());
    }

    @ParameterizedTest
    @EnumSource(value = Substance.class, names = {"GAMBLING", "GAMING"})
    void validate_shouldAcceptRouteNotApplicable_forABehaviour(Substance behaviour) {
        SubstanceProfileForm form = form(f -> {
            f.setPrimarySubstance(behaviour);
            f.setRoute(UseRoute.NOT_APPLICABLE);
        });
        assertDoesNotThrow(() -> SubstanceService.validate(form, client()));
    }

    @Test
    void validate_shouldRefuseRouteNotApplicable_forASubstance() {
        CaseloadException e = refused(form(f -> {
            f.setPrimarySubstance(Substance.CANNABIS);
            f.setRoute(UseRoute.NOT_APPLICABLE);
        }));
        assertEquals("substance.route.required", e.getMessageKey());
    }

    // --- age at first use ---

    @Test
    void validate_shouldRefuseAgeAtFirstUse4() {
        CaseloadException e = refused(form(f -> f.setAgeAtFirstUse(4)));
        assertEquals("substance.ageAtFirstUse.invalid", e.getMessageKey());
    }

    @Test
    void validate_shouldAcceptAgeAtFirstUse5() {
        SubstanceProfileForm form = form(f -> f.setAgeAtFirstUse(5));
        assertDoesNotThrow(() -> SubstanceService.validate(form, client()));
    }

    @Test
    void validate_shouldAcceptAgeAtFirstUseEqualToTheClientsAge() {
        SubstanceProfileForm form = form(f -> f.setAgeAtFirstUse(CLIENT_AGE));
        assertDoesNotThrow(() -> SubstanceService.validate(form, client()));
    }

    @Test
    void validate_shouldRefuseAgeAtFirstUseAboveTheClientsAge() {
        CaseloadException e = refused(form(f -> f.setAgeAtFirstUse(CLIENT_AGE + 1)));
        assertEquals("substance.ageAtFirstUse.invalid", e.getMessageKey());
        // the client's age is the argument, so the message can name the upper bound
        assertArrayEquals(new Object[] {CLIENT_AGE}, e.getArguments());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0})
    void validate_shouldRefuseImpossibleAgesAtFirstUse(int age) {
        assertEquals("substance.ageAtFirstUse.invalid", refused(form(f -> f.setAgeAtFirstUse(age))).getMessageKey());
    }

    // --- ICD-10 ---

    @Test
    void validate_shouldRefuseAnIcd10Code_whenSelfReported() {
        // a diagnosis code is only recorded when a provider supplies a diagnosis
        CaseloadException e = refused(form(f -> f.setIcd10Code("F12.2")));
        assertEquals("substance.icd10.onlyFromProvider", e.getMessageKey());
    }

    @ParameterizedTest
    @ValueSource(strings = {"F10", "F12", "F19", "F12.2", "F10.20", "F15.99"})
    void validate_shouldAcceptAnF1Code_fromAProvider(String code) {
        SubstanceProfileForm form = form(f -> {
            f.setInformationSource(InformationSource.PROVIDER);
            f.setIcd10Code(code);
        });
        SubstanceService.validate(form, client());
        assertEquals(code, form.getIcd10Code());
    }

    @Test
    void validate_shouldNormaliseTheIcd10CodeToUpperCase() {
        SubstanceProfileForm form = form(f -> {
            f.setInformationSource(InformationSource.PROVIDER);
            f.setIcd10Code("f12.2");
        });
        SubstanceService.validate(form, client());
        assertEquals("F12.2", form.getIcd10Code());
    }

    @Test
    void validate_shouldStripSpacesAroundTheIcd10Code() {
        SubstanceProfileForm form = form(f -> {
            f.setInformationSource(InformationSource.PROVIDER);
            f.setIcd10Code("  f10.2 ");
        });
        SubstanceService.validate(form, client());
        assertEquals("F10.2", form.getIcd10Code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void validate_shouldTreatABlankIcd10CodeAsNone_evenWhenSelfReported(String blank) {
        // an emptied input field is not a diagnosis
        SubstanceProfileForm form = form(f -> f.setIcd10Code(blank));
        SubstanceService.validate(form, client());
        assertNull(form.getIcd10Code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"F20", "F12.345", "F1", "F123", "F12.", "F12.a", "G12", "12.2", "F12 2", "F1x"})
    void validate_shouldRefuseCodesOutsideF1x(String code) {
        CaseloadException e = refused(form(f -> {
            f.setInformationSource(InformationSource.PROVIDER);
            f.setIcd10Code(code);
        }));
        assertEquals("substance.icd10.invalid", e.getMessageKey());
    }
}
