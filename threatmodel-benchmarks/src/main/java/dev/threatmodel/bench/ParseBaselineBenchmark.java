package dev.threatmodel.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.threatmodel.bench.ModelGenerator.Format;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.Warmup;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * What the parsers alone cost, as the yardstick for our loader: SnakeYAML composing the generated YAML file into its
 * node tree (the step our YAML reader starts with), and Jackson reading the JSON file into a tree and streaming its
 * tokens. Each operation reads the file from disk, as a build does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class ParseBaselineBenchmark {

    @Param({"1000", "10000", "100000"})
    public int elements;

    private Path yaml;
    private Path json;
    private ObjectMapper mapper;
    private JsonFactory factory;

    @Setup
    public void setUp() {
        yaml = BenchmarkModels.model(elements, Format.YAML);
        json = BenchmarkModels.model(elements, Format.JSON);
        mapper = new ObjectMapper();
        factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxDocumentLength(-1).build()).build();
    }

    /** SnakeYAML's compose step: the node tree with marks, nothing constructed. */
    @Benchmark
    public Node snakeYamlCompose() throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        try (Reader reader = Files.newBufferedReader(yaml, StandardCharsets.UTF_8)) {
            return new Yaml(options).compose(reader);
        }
    }

    /** Jackson's tree model of the JSON file. */
    @Benchmark
    public JsonNode jacksonReadTree() throws IOException {
        return mapper.readTree(json.toFile());
    }

    /** Jackson's streaming parser reading every token: the least any JSON reader can do. */
    @Benchmark
    public long jacksonStreamTokens() throws IOException {
        long tokens = 0;
        try (JsonParser parser = factory.createParser(json.toFile())) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }
}
