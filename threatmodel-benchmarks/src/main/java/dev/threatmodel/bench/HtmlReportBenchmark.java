package dev.threatmodel.bench;

import dev.threatmodel.bench.ModelGenerator.Format;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.report.HtmlReport;
import dev.threatmodel.report.ReportInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * The HTML report of a loaded model, its ELK diagram layout included, at sizes a person draws (10 and 100 elements)
 * and at the most a diagram shows (500; a larger model gets a list instead of a drawing, which costs far less).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class HtmlReportBenchmark {

    @Param({"10", "100", "500", "1000"})
    public int elements;

    private ReportInput input;
    private Path out;

    @Setup
    public void setUp() throws Exception {
        input = ReportInput.of(new ModelLoader().load(BenchmarkModels.model(elements, Format.YAML)));
        out = Files.createTempFile("threatmodel-bench", ".html");
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(out);
    }

    /** The whole HTML page: diagram layout, SVG, tables and the panel's data. */
    @Benchmark
    public Path writeHtml() throws IOException {
        new HtmlReport().write(input, out);
        return out;
    }
}
