package dev.threatmodel.bench;

import dev.threatmodel.bench.ModelGenerator.Format;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.load.Node;
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

/**
 * The first half of loading: reading the file (strict UTF-8, size limit) into the located node tree, with duplicate
 * keys, tags, aliases and depth policed. Binding the tree to the model comes on top of this.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class TreeReadBenchmark {

    @Param({"1000", "10000", "100000"})
    public int elements;

    private Path yaml;
    private Path json;
    private ModelLoader loader;

    @Setup
    public void setUp() {
        yaml = BenchmarkModels.model(elements, Format.YAML);
        json = BenchmarkModels.model(elements, Format.JSON);
        loader = new ModelLoader();
    }

    @Benchmark
    public Node readYamlTree() throws ModelLoadException {
        return loader.readTree(yaml);
    }

    @Benchmark
    public Node readJsonTree() throws ModelLoadException {
        return loader.readTree(json);
    }
}
