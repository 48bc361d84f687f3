package dev.threatmodel.model;

import java.time.LocalDate;

/**
 * A decision, written next to the part of the model it concerns, that a rule's finding on that part is known and
 * accepted. The reason is mandatory: a suppressed finding is still reported, together with it. A suppression of a
 * finding at level error must also say who decided ({@code by}) and until when ({@code until}), like a risk
 * acceptance; after {@code until} it no longer suppresses anything.
 *
 * @param by    who accepted the finding; null when not written
 * @param until the last day the suppression holds; null when not written
 */
public record Suppression(String rule, String reason, String by, LocalDate until, Origin origin) {

    /** A suppression without owner or end date, enough for warnings and notes. */
    public Suppression(String rule, String reason, Origin origin) {
        this(rule, reason, null, null, origin);
    }
}
