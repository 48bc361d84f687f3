package dev.threatmodel.bench;

import dev.threatmodel.bench.ModelGenerator.Format;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
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
import org.openjdk.jmh.annotations.Warmup;

/** Loading a model file into the immutable model: reading, the located tree, binding, ids and references checked. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class LoadBenchmark {

    @Param({"1000", "10000", "100000"})
    public int elements;

    private Path yaml;
    private Path json;
    private ModelLoader loader;

    @Setup
    public void setUp() throws ModelLoadException {
        yaml = BenchmarkModels.model(elements, Format.YAML);
        json = BenchmarkModels.model(elements, Format.JSON);
        loader = new ModelLoader();
        loader.load(yaml);
    }

    @Benchmark
    public ThreatModel loadYaml() throws ModelLoadException {
        return loader.load(yaml);
    }

    @Benchmark
    public ThreatModel loadJson() throws ModelLoadException {
        return loader.load(json);
    }
}
