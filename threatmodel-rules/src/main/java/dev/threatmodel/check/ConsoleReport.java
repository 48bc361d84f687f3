package dev.threatmodel.check;

import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The console form of a check: one line per unsuppressed finding, {@code path:line:column: LEVEL RULE-ID message},
 * with the path relative to the top directory of the build ({@code ../} where the model lies outside it) and
 * {@code /} between names, then one line per suppressed
 * finding, {@code path:line:column: SUPPRESSED RULE-ID message (error suppressed: reason; by who; until date)}, so
 * that a build log shows everything that was waived, then one summary line. Load problems take the same form with the rule id
 * {@code load}. Text from the model is passed through {@link VisibleText}, so it cannot hide or reorder the line.
 */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** A line and the level it is logged at. */
    public record Line(Level level, String text) {
    }

    /** The finding lines of a result, in the result's order, without the summary. */
    public static List<Line> findings(CheckResult result) {
        Path top = result.request().topDirectory();
        List<Line> lines = new ArrayList<>();
        for (Finding f : result.findings()) {
            if (!f.isSuppressed()) {
                lines.add(new Line(f.level(), line(f.location(), top, f.level().name(), f.ruleId(), f.message())));
            }
        }
        for (Finding f : result.findings()) {
            if (f.isSuppressed()) {
                lines.add(new Line(Level.NOTE, line(f.location(), top, "SUPPRESSED", f.ruleId(), f.message()
                        + " (" + f.level().name().toLowerCase(Locale.ROOT) + " suppressed: " + waiver(f) + ")")));
            }
        }
        return List.copyOf(lines);
    }

    /** {@code Threat model: 1 error, 2 warnings, 0 notes, 1 suppressed; 4 crossing flows checked.} */
    public static String summary(CheckResult result) {
        return "Threat model: " + count(result.errors(), "error") + ", " + count(result.warnings(), "warning") + ", "
                + count(result.notes(), "note") + ", " + result.suppressed() + " suppressed; "
                + count(result.crossingFlowsChecked(), "crossing flow") + " checked.";
    }

    /** Every line: findings, then the summary (at the level of the most severe finding shown, else note). */
    public static List<Line> lines(CheckResult result) {
        List<Line> lines = new ArrayList<>(findings(result));
        Level summaryLevel = lines.stream().map(Line::level).min(Enum::compareTo).orElse(Level.NOTE);
        lines.add(new Line(summaryLevel, summary(result)));
        return List.copyOf(lines);
    }

    /** One line per load problem: {@code path:line:column: ERROR load message}. */
    public static List<String> loadProblems(ModelLoadException e, Path topDirectory) {
        List<String> lines = new ArrayList<>();
        for (LoadProblem p : e.problems()) {
            lines.add(line(p.location(), topDirectory, "ERROR", "load", p.message()));
        }
        return List.copyOf(lines);
    }

    /** One finding or problem line. */
    public static String line(SourceLocation at, Path topDirectory, String level, String ruleId, String message) {
        String where = at == null ? "<unknown>:1:1"
                : ShownPath.relative(at.file(), topDirectory) + ":" + at.line() + ":" + at.column();
        return VisibleText.of(where) + ": " + level.toUpperCase(Locale.ROOT) + " " + VisibleText.of(ruleId) + " "
                + VisibleText.of(message);
    }

    /** The suppression's reason, and who accepted it until when where it says so. */
    private static String waiver(Finding f) {
        Suppression s = f.suppression();
        String text = s.reason() == null ? "" : s.reason().strip();
        if (s.by() != null && !s.by().isBlank()) {
            text += "; by " + s.by().strip();
        }
        if (s.until() != null) {
            text += "; until " + s.until();
        }
        return text;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
