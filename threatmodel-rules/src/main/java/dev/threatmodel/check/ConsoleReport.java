package dev.threatmodel.check;

import dev.threatmodel.baseline.BaselineComparison;
import dev.threatmodel.baseline.FailOn;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.text.ShownPath;
import dev.threatmodel.text.VisibleText;
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
 * With a baseline, a finding the baseline already has is marked {@value #BASELINE_MARK}before its message, and the
 * summary adds how many are new, in the baseline and fixed.
 */
public final class ConsoleReport {

    /** Put before the message of a finding that the baseline already has. */
    public static final String BASELINE_MARK = "(in baseline) ";

    private ConsoleReport() {
    }

    /** A line and the level it is logged at. */
    public record Line(Level level, String text) {
    }

    /** The finding lines of a result, in the result's order, without the summary. */
    public static List<Line> findings(CheckResult result) {
        return List.copyOf(findings(result, FailOnSeverity.NONE));
    }

    /**
     * The finding lines: each unsuppressed finding at its own level, or at error level when it fails the build at
     * {@code failsBuild}; a finding the baseline already has is marked so; then one line per waiver.
     */
    private static List<Line> findings(CheckResult result, FailOnSeverity failsBuild) {
        Path top = result.request().topDirectory();
        List<Line> lines = new ArrayList<>();
        List<Finding> all = result.findings();
        for (int i = 0; i < all.size(); i++) {
            Finding f = all.get(i);
            if (!f.isSuppressed()) {
                boolean fresh = result.baseline() == null || result.baseline().comparison().isNew(i);
                String marked = fresh ? f.message() : BASELINE_MARK + f.message();
                Level logged = failsBuild(result, i, failsBuild) ? Level.ERROR : f.level();
                lines.add(new Line(logged, line(f.location(), top, f.level().name(), f.ruleId(), marked)));
            }
        }
        // every waiver is shown, so that a build log says what was waived, by whom and until when
        for (Finding f : all) {
            if (f.isSuppressed()) {
                lines.add(new Line(Level.NOTE, suppressedLine(f, top)));
            }
        }
        return lines;
    }

    /** Whether finding {@code i} fails the build: unsuppressed, at the threshold, and new where only new ones fail. */
    private static boolean failsBuild(CheckResult result, int i, FailOnSeverity threshold) {
        Finding f = result.findings().get(i);
        if (f.isSuppressed() || !threshold.failsOn(f.level())) {
            return false;
        }
        return result.baseline() == null || result.baseline().comparison().failOn() != FailOn.NEW
                || result.baseline().comparison().isNew(i);
    }

    private static String suppressedLine(Finding f, Path top) {
        return line(f.location(), top, "SUPPRESSED", f.ruleId(), f.message() + " ("
                + f.level().name().toLowerCase(Locale.ROOT) + " suppressed: " + waiver(f) + ")");
    }

    /**
     * {@code Threat model: 1 error, 2 warnings, 0 notes, 1 suppressed; 4 crossing flows checked.}, followed with a
     * baseline by {@code Against git revision origin/main (3f2a9c1b0d4e): 1 new, 2 in the baseline, 1 fixed.}
     */
    public static String summary(CheckResult result) {
        String counts = "Threat model: " + count(result.errors(), "error") + ", " + count(result.warnings(), "warning")
                + ", " + count(result.notes(), "note") + ", " + result.suppressed() + " suppressed; "
                + count(result.crossingFlowsChecked(), "crossing flow") + " checked.";
        if (result.baseline() == null) {
            return counts;
        }
        BaselineComparison cmp = result.baseline().comparison();
        int fresh = cmp.newCount(result.findings());
        int open = (int) result.findings().stream().filter(f -> !f.isSuppressed()).count();
        return counts + " Against " + VisibleText.of(cmp.baseline().description()) + ": " + fresh + " new, "
                + (open - fresh) + " in the baseline, " + cmp.fixed().size() + " fixed"
                + (cmp.failOn() == FailOn.NEW ? " (only new findings fail the check)." : ".");
    }

    /** Every line: findings, then the summary (at the level of the most severe finding shown, else note). */
    public static List<Line> lines(CheckResult result) {
        return lines(result, FailOnSeverity.NONE);
    }

    /**
     * Every line, as a run that fails at {@code failsBuild} logs them: a finding that fails the build is logged at
     * error level whatever its own level, so that it stays visible where only errors are shown ({@code mvn -q}), and
     * the summary is then an error line too. The text keeps the finding's own level.
     */
    public static List<Line> lines(CheckResult result, FailOnSeverity failsBuild) {
        List<Line> lines = findings(result, failsBuild);
        Level summaryLevel = lines.stream().map(Line::level).min(Enum::compareTo).orElse(Level.NOTE);
        List<String> mcpFiles = result.repository().mcp().filesRead();
        if (!mcpFiles.isEmpty()) {
            lines.add(new Line(Level.NOTE, "Threat model: MCP configuration read from "
                    + VisibleText.of(String.join(", ", mcpFiles)) + "."));
        }
        lines.add(new Line(summaryLevel, summary(result)));
        return List.copyOf(lines);
    }

    /** How many findings fail the build at {@code failsBuild} (with {@code failOn=new}, only new ones). */
    public static long failing(CheckResult result, FailOnSeverity failsBuild) {
        long failing = 0;
        for (int i = 0; i < result.findings().size(); i++) {
            if (failsBuild(result, i, failsBuild)) {
                failing++;
            }
        }
        return failing;
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
