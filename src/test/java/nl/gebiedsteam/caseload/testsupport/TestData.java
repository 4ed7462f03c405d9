package nl.gebiedsteam.caseload.testsupport;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import nl.gebiedsteam.caseload.client.ClientForm;
import nl.gebiedsteam.caseload.client.Gender;
import nl.gebiedsteam.caseload.client.LegalGround;
import nl.gebiedsteam.caseload.client.Purpose;

/** Fresh, unique test people, so tests never depend on each other's data or order. */
public final class TestData {

    /** Demo area teams and workers (seeds/V1__demo_teams_and_workers.sql). */
    public static final long TEAM_NOORD = 1;
    public static final long TEAM_ZUID = 2;
    public static final long ANNA_NOORD = 1;
    public static final long BRAM_NOORD = 2;
    public static final long CARLA_NOORD_LEAD = 3;
    public static final long DIRK_ZUID = 4;

    private TestData() {
    }

    /**
     * A BSN starting with 9 (no real person has one) that passes the 11-test. Seven random digits,
     * not the four of the demo range 9999xxxxx: the test database keeps growing within a build and
     * four digits collided with the demo clients and earlier tests.
     */
    public static String bsn() {
        while (true) {
            int[] d = new int[9];
            d[0] = 9;
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                if (i >= 1) {
                    d[i] = ThreadLocalRandom.current().nextInt(10);
                }
                sum += (9 - i) * d[i];
            }
            int last = sum % 11;
            if (last <= 9) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    text.append(d[i]);
                }
                return text.append(last).toString();
            }
        }
    }

    public static String unique(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    public static ClientForm client(long teamId, Long responsibleId) {
        ClientForm form = new ClientForm();
        form.setGivenNames("Test");
        form.setSurname(unique("Persoon"));
        form.setDateOfBirth(LocalDate.of(1990, 5, 17));
        form.setGender(Gender.FEMALE);
        form.setPostcode("3861 AB");
        form.setArea("Nijkerk-Noord");
        form.setBsn(bsn());
        form.setPhone("06 1234 5678");
        form.setTeamId(teamId);
        form.setResponsibleId(responsibleId);
        form.setPurpose(Purpose.ADDICTION_SUPPORT);
        form.setLegalGround(LegalGround.WMO_2015);
        return form;
    }
}
