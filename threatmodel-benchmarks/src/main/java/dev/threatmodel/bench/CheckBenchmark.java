package dev.threatmodel.bench;

import dev.threatmodel.bench.ModelGenerator.Format;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.report.SarifWriter;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The parts of a check after loading, and the whole check: every discovered rule over a loaded model (boundary
 * analysis included), rendering the SARIF report of a finished check, and {@link ThreatModelCheck#run} from file to
 * SARIF file, as the Maven goal and the command line call it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class CheckBenchmark {

    /** A fixed day, so that review-age and expiry rules give the same findings on every run. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Param({"1000", "10000", "100000"})
    public int elements;

    private ThreatModel model;
    private RuleEngine engine;
    private RuleOptions options;
    private CheckResult result;
    private CheckRequest request;
    private Path out;

    @Setup
    public void setUp() throws Exception {
        Path yaml = BenchmarkModels.model(elements, Format.YAML);
        model = new ModelLoader().load(yaml);
        engine = new RuleEngine(RuleEngine.discover(CheckBenchmark.class.getClassLoader()), RuleConfig.DEFAULT);
        options = new RuleOptions(TODAY, 365);
        out = Files.createTempDirectory("threatmodel-bench-check");
        result = ThreatModelCheck.check(CheckRequest.builder(yaml).ruleOptions(options).build(), model);
        request = CheckRequest.builder(yaml).ruleOptions(options).formats(Set.of(ReportFormat.SARIF))
                .outputDirectory(out).build();
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(out.resolve(ReportFormat.SARIF.fileName()));
        Files.deleteIfExists(out);
    }

    /** Every discovered rule, with the boundary analysis they share. */
    @Benchmark
    public List<Finding> runAllRules() {
        return engine.check(model, options);
    }

    /** The SARIF report of a finished check, as bytes. */
    @Benchmark
    public byte[] writeSarif() {
        return new SarifWriter().render(result.sarifInput());
    }

    /** Load, rules and SARIF file: the whole check as the goal runs it. */
    @Benchmark
    public CheckResult wholeCheck() throws Exception {
        return ThreatModelCheck.run(request);
    }
}
