package nl.gebiedsteam.caseload.privacy;

import java.util.List;

/**
 * What destroying a file clears, table by table. Every row stays, with everything the annual
 * report counts by (dates, statuses, categories, team, area, substance, gender, the year of
 * birth); what identifies or describes the person goes: names, BSN, phone, the street part of the
 * postcode, and every free text. The date of birth becomes the 1st or 2nd of the same month (the
 * 1st only for someone born on a 1st), which keeps the age on the first day of every month: a
 * report period (a year, half year or quarter) starts on a month's first day, and that is the day
 * its age bands are taken.
 *
 * <p>Each statement takes the client id as its only parameter. A new table with free text about a
 * client belongs here too; {@code RetentionIT} checks that no written text survives.
 */
final class Anonymisation {

    static final String CLEARED = "-";

    /** Each statement in order; {@code %1$s} in a text block is {@link #CLEARED}, filled in by formatted(). */
    static final List<String> STATEMENTS = List.of(
            """
            UPDATE client SET given_names = '%1$s', surname_prefix = NULL, surname = '%1$s',
            date_of_birth = DATE_FORMAT(date_of_birth, '%%Y-%%m-01') + INTERVAL IF(DAY(date_of_birth) = 1, 0, 1) DAY,
            postcode = CONCAT(LEFT(postcode, 4), ' XX'), bsn = NULL, phone = NULL,
            void_reason = IF(voided, '%1$s', NULL), version = version + 1 WHERE id = ?1""".formatted(CLEARED),
            """
            UPDATE signal_report SET reporter_name = NULL, reporter_organisation = NULL, reporter_contact = NULL,
            summary = '%1$s', person_name = NULL, person_school = NULL, follow_up = NULL,
            void_reason = IF(voided, '%1$s', NULL), version = version + 1 WHERE client_id = ?1""".formatted(CLEARED),
            """
            UPDATE pathway SET sent_back_comment = NULL, closure_note = NULL,
            void_reason = IF(voided, '%1$s', NULL), version = version + 1 WHERE client_id = ?1""".formatted(CLEARED),
            """
            UPDATE pathway_transition SET comment = NULL WHERE comment IS NOT NULL AND pathway_id IN
            (SELECT id FROM pathway WHERE client_id = ?1)""",
            """
            UPDATE intake SET place = '%1$s', notes = NULL, version = version + 1 WHERE pathway_id IN
            (SELECT id FROM pathway WHERE client_id = ?1)""".formatted(CLEARED),
            """
            UPDATE support_plan SET summary = NULL, version = version + 1 WHERE pathway_id IN
            (SELECT id FROM pathway WHERE client_id = ?1)""",
            """
            UPDATE plan_goal SET description = '%1$s', actions = NULL, owner = NULL WHERE support_plan_id IN
            (SELECT s.id FROM support_plan s JOIN pathway p ON p.id = s.pathway_id WHERE p.client_id = ?1)"""
                    .formatted(CLEARED),
            """
            UPDATE client_contact SET note = NULL, void_reason = IF(voided, '%1$s', NULL),
            version = version + 1 WHERE client_id = ?1""".formatted(CLEARED),
            "UPDATE substance_profile SET icd10_code = NULL, version = version + 1 WHERE client_id = ?1",
            """
            UPDATE consent SET recipient = '%1$s', scope = '%1$s', version = version + 1
            WHERE client_id = ?1""".formatted(CLEARED),
            """
            UPDATE referral SET consent_override_reason = NULL, note = NULL,
            void_reason = IF(voided, '%1$s', NULL), version = version + 1 WHERE client_id = ?1""".formatted(CLEARED),
            "UPDATE client_flag SET detail = NULL, resolution = NULL, version = version + 1 WHERE client_id = ?1",
            """
            UPDATE coercion_measure SET conditions = NULL, outcome_note = NULL, executing_organisation = NULL,
            void_reason = IF(voided, '%1$s', NULL), version = version + 1 WHERE client_id = ?1""".formatted(CLEARED),
            """
            UPDATE wvggz_report SET reporter = '%1$s', summary = '%1$s', version = version + 1
            WHERE client_id = ?1""".formatted(CLEARED),
            "UPDATE task SET done_note = NULL, version = version + 1 WHERE client_id = ?1",
            "UPDATE planned_contact SET place = NULL, version = version + 1 WHERE client_id = ?1",
            """
            UPDATE assignment SET reason = '%1$s', handover = IF(handover IS NULL, NULL, '%1$s')
            WHERE client_id = ?1""".formatted(CLEARED),
            // a subject-access letter is a copy of the file: its text and document go, the release's hash stays
            """
            UPDATE subject_access_passage SET text = '%1$s', reason = NULL, version = version + 1
            WHERE letter_id IN (SELECT id FROM subject_access_letter WHERE client_id = ?1)""".formatted(CLEARED),
            "UPDATE subject_access_letter SET document = NULL, version = version + 1 WHERE client_id = ?1",
            """
            DELETE FROM client_document_chunk WHERE document_id IN (SELECT id FROM client_document WHERE client_id = ?1)""",
            """
            UPDATE client_document SET title = '%1$s', file_name = '%1$s', void_reason = IF(voided, '%1$s', NULL),
            version = version + 1 WHERE client_id = ?1""".formatted(CLEARED),
            """
            UPDATE journal_note SET text = '%1$s', void_reason = IF(voided, '%1$s', NULL), version = version + 1
            WHERE client_id = ?1""".formatted(CLEARED));

    /** Marks the client as destroyed: ?1 client, ?2 when (UTC), ?3 by whom. */
    static final String MARK = "UPDATE client SET anonymised_at = ?2, anonymised_by = ?3 WHERE id = ?1";

    private Anonymisation() {
    }
}
