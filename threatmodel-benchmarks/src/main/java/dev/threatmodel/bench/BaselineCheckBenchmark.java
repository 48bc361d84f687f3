package dev.threatmodel.bench;

import dev.threatmodel.baseline.BaselineOptions;
import dev.threatmodel.baseline.FailOn;
import dev.threatmodel.bench.ModelGenerator.Format;
import dev.threatmodel.check.CheckRequest;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ThreatModelCheck;
import dev.threatmodel.report.ReportFormat;
import dev.threatmodel.rules.RuleOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
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
 * What a baseline costs: the whole check (load, rules, SARIF file) of the generated model, without a baseline and
 * with a git revision as baseline ({@code HEAD} of a repository that holds the model, read with JGit and, unless it
 * is byte for byte the model checked, loaded and checked too, on a thread of its own). The target is a baseline check at most twice a plain one.
 * {@code threatmodel-benchmarks/baseline-overhead.sh} runs both and prints the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class BaselineCheckBenchmark {

    @Param({"1000", "10000"})
    public int elements;

    /**
     * Whether the model differs from the one at the revision (a comment added after the commit): then the model at
     * the revision is loaded and checked in full. When it is byte for byte the same (a pull request that does not
     * touch the model), that second check is skipped.
     */
    @Param({"true", "false"})
    public boolean modelChanged = true;

    private Path repo;
    private CheckRequest plain;
    private CheckRequest withBaseline;

    @Setup
    public void setUp() throws Exception {
        repo = Files.createTempDirectory("threatmodel-bench-baseline");
        Path model = repo.resolve("threatmodel.yaml");
        Files.copy(BenchmarkModels.model(elements, Format.YAML), model);
        PersonIdent author = new PersonIdent("bench", "bench@example.com");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("threatmodel.yaml").call();
            git.commit().setMessage("model").setAuthor(author).setCommitter(author).setSign(false).call();
        }
        if (modelChanged) {
            Files.writeString(model, "\n# changed after the commit\n", java.nio.file.StandardOpenOption.APPEND);
        }
        RuleOptions options = new RuleOptions(CheckBenchmark.TODAY, 365);
        plain = CheckRequest.builder(model).ruleOptions(options).formats(Set.of(ReportFormat.SARIF))
                .outputDirectory(repo.resolve("plain")).build();
        withBaseline = CheckRequest.builder(model).ruleOptions(options).formats(Set.of(ReportFormat.SARIF))
                .outputDirectory(repo.resolve("baseline"))
                .baseline(BaselineOptions.of("HEAD", repo, FailOn.NEW, null, false)).build();
    }

    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(repo)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The check as the goal runs it without a baseline. */
    @Benchmark
    public CheckResult plainCheck() throws Exception {
        return ThreatModelCheck.run(plain);
    }

    /** The same check with {@code threatmodel.baseline=HEAD} and {@code failOn=new}. */
    @Benchmark
    public CheckResult baselineCheck() throws Exception {
        return ThreatModelCheck.run(withBaseline);
    }
}
