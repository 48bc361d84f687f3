package dev.threatmodel.bench;

import dev.threatmodel.bench.ModelGenerator.Format;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.report.SarifWriter;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Runs one operation on a generated model a few times in a fresh JVM and prints, per run, the wall-clock time and the
 * CPU time of the whole process (all threads, so garbage collection and compilation count), then the peak heap the
 * JVM's memory pools saw. CPU time is less disturbed than wall time when other processes share the machine.
 *
 * <p>{@code java -cp benchmarks.jar dev.threatmodel.bench.Probe <operation> <elements> [runs]}
 */
public final class Probe {

    /** A fixed day, so that review-age and expiry rules give the same findings on every run. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Probe() {
    }

    interface Operation {
        Object run(Path yaml, Path json) throws Exception;
    }

    static Operation operation(String name) {
        return switch (name) {
            case "compose" -> (yaml, json) -> {
                LoaderOptions options = new LoaderOptions();
                options.setCodePointLimit(Integer.MAX_VALUE);
                try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
                    return new Yaml(options).compose(reader);
                }
            };
            case "yaml-tree" -> (yaml, json) -> new ModelLoader().readTree(yaml);
            case "json-tree" -> (yaml, json) -> new ModelLoader().readTree(json);
            case "load-yaml" -> (yaml, json) -> new ModelLoader().load(yaml);
            case "load-json" -> (yaml, json) -> new ModelLoader().load(json);
            case "rules" -> new Operation() {
                private ThreatModel model;

                @Override
                public Object run(Path yaml, Path json) throws Exception {
                    if (model == null) {
                        model = new ModelLoader().load(yaml);
                    }
                    return new RuleEngine(RuleEngine.discover(Probe.class.getClassLoader()), RuleConfig.DEFAULT)
                            .check(model, new RuleOptions(TODAY, 365));
                }
            };
            case "sarif" -> new Operation() {
                private CheckResult result;

                @Override
                public Object run(Path yaml, Path json) throws Exception {
                    if (result == null) {
                        result = ThreatModelCheck.check(CheckRequest.builder(yaml)
                                .ruleOptions(new RuleOptions(TODAY, 365)).build(), new ModelLoader().load(yaml));
                    }
                    return new SarifWriter().render(result.sarifInput()).length;
                }
            };
            case "check" -> (yaml, json) -> {
                Path out = Files.createTempDirectory("threatmodel-probe");
                try {
                    return ThreatModelCheck.run(CheckRequest.builder(yaml).ruleOptions(new RuleOptions(TODAY, 365))
                            .formats(Set.of(ReportFormat.SARIF)).outputDirectory(out).build()).findings().size();
                } finally {
                    Files.deleteIfExists(out.resolve(ReportFormat.SARIF.fileName()));
                    Files.delete(out);
                }
            };
            default -> throw new IllegalArgumentException("unknown operation " + name
                    + "; known: compose, yaml-tree, json-tree, load-yaml, load-json, rules, sarif, check");
        };
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Probe <operation> <elements> [runs]");
            System.exit(2);
        }
        Operation op = operation(args[0]);
        int elements = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path yaml = BenchmarkModels.model(elements, Format.YAML);
        Path json = BenchmarkModels.model(elements, Format.JSON);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Object keep = null;
        for (int i = 1; i <= runs; i++) {
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            keep = op.run(yaml, json);
            long wall = System.nanoTime() - wall0;
            long cpu = os.getProcessCpuTime() - cpu0;
            System.out.printf(Locale.ROOT, "%s %d run %d: wall %.1f ms, process cpu %.1f ms%n", args[0], elements, i,
                    wall / 1e6, cpu / 1e6);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "%s %d peak heap (sum of heap pools' peaks) %.1f MB, yaml file %.1f MB%n",
                args[0], elements, peak / 1e6, Files.size(yaml) / 1e6);
        if (keep == null) {
            System.out.println("(no result)");
        }
    }
}
