package dev.threatmodel.report;

import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-line outcome every report starts with: failed when an unsuppressed finding is at least as severe as the
 * check's threshold, with the number of findings per level; suppressed findings are counted apart.
 */
record Verdict(int errors, int warnings, int notes, int suppressed, Level failOn) {

    static Verdict of(ReportInput input) {
        int errors = 0;
        int warnings = 0;
        int notes = 0;
        int suppressed = 0;
        for (Finding f : input.findings()) {
            if (f.isSuppressed()) {
                suppressed++;
            } else if (f.level() == Level.ERROR) {
                errors++;
            } else if (f.level() == Level.WARNING) {
                warnings++;
            } else {
                notes++;
            }
        }
        return new Verdict(errors, warnings, notes, suppressed, input.failOn());
    }

    private int count(Level level) {
        return switch (level) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case NOTE -> notes;
        };
    }

    boolean failed() {
        for (Level level : Level.values()) {
            if (level.atLeast(failOn) && count(level) > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code failed}, {@code warned} (passed with warnings) or {@code passed}: a CSS class in the HTML report. */
    String kind() {
        return failed() ? "failed" : warnings > 0 ? "warned" : "passed";
    }

    String icon() {
        return failed() ? "\u274c" : warnings > 0 ? "\u26a0\ufe0f" : "\u2705";
    }

    String text() {
        List<String> parts = new ArrayList<>();
        String head;
        if (failed()) {
            for (Level level : Level.values()) {
                if (level.atLeast(failOn) && count(level) > 0) {
                    parts.add(MarkdownReport.plural(count(level), level.keyword()));
                }
            }
            head = "Failed: " + String.join(" and ", parts);
        } else if (warnings > 0) {
            head = "Passed with " + MarkdownReport.plural(warnings, "warning");
        } else if (notes > 0) {
            head = "Passed with " + MarkdownReport.plural(notes, "note");
        } else {
            head = "Passed: no findings";
        }
        return head + " (" + MarkdownReport.plural(errors, "error") + ", " + MarkdownReport.plural(warnings, "warning")
                + ", " + MarkdownReport.plural(notes, "note") + ", " + suppressed + " suppressed)";
    }
}
