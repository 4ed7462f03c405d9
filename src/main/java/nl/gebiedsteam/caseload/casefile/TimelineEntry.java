package nl.gebiedsteam.caseload.casefile;

import java.io.Serializable;
import java.time.LocalDateTime;

/**
 * One line of the timeline. The codes are enum names whose meaning depends on the kind (signal:
 * source and concern; transition: kind, from and to; plan: status; contact: kind; referral:
 * status; note: level; document: kind), so the page can translate them; {@code moment} is Dutch
 * local time.
 */
public record TimelineEntry(TimelineKind kind, LocalDateTime moment, long refId, String code1, String code2,
        String code3, Integer number, String text1, String text2, String actor) implements Serializable {
}
