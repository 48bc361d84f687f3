package dev.threatmodel.bench;

import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.RuleOptions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;

/**
 * Runs the whole check with all four reports on one file, once, in this JVM, and prints one line:
 * {@code <file bytes> <milliseconds> <peak heap MiB> <report bytes> <outcome>}, where the outcome is {@code checked}
 * or {@code refused: <first problem>}. For {@code hostile-shapes.sh}.
 *
 * <p>{@code ShapeCheck <model file> <output directory>}
 */
public final class ShapeCheck {

    private ShapeCheck() {
    }

    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]).toAbsolutePath();
        Path out = Path.of(args[1]).toAbsolutePath();
        CheckRequest request = CheckRequest.builder(model)
                .topDirectory(model.getParent())
                .ruleOptions(new RuleOptions(Probe.TODAY, 365))
                .formats(EnumSet.allOf(ReportFormat.class))
                .outputDirectory(out)
                .toolVersion("bench")
                .build();
        long start = System.nanoTime();
        String outcome;
        try {
            ThreatModelCheck.run(request);
            outcome = "checked";
        } catch (ModelLoadException e) {
            outcome = "refused: " + e.problems().get(0).location().line() + ":"
                    + e.problems().get(0).location().column() + " " + e.problems().get(0).message();
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long reports = 0;
        for (ReportFormat f : ReportFormat.values()) {
            Path file = out.resolve(f.fileName());
            if (Files.exists(file)) {
                reports += Files.size(file);
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%d %d %d %d %s%n", Files.size(model), millis, peak / (1024 * 1024),
                reports, outcome.length() > 160 ? outcome.substring(0, 160) + "..." : outcome);
    }
}
