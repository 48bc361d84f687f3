package dev.threatmodel.bench;

import dev.threatmodel.bench.ModelGenerator.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The generated models the benchmarks read, written once per size and format under
 * {@code ${java.io.tmpdir}/threatmodel-bench/} (or {@code -Dthreatmodel.bench.dir=...}) and reused by later forks:
 * writing the 100,000-element model takes several seconds. The generator is deterministic, so a cached file is the
 * file it would write again; {@link #GENERATION} names the generator's output version and must change whenever the
 * generator's output does.
 */
public final class BenchmarkModels {

    static final String GENERATION = "g1";

    private BenchmarkModels() {
    }

    public static Path directory() {
        String configured = System.getProperty("threatmodel.bench.dir");
        Path base = configured != null ? Path.of(configured)
                : Path.of(System.getProperty("java.io.tmpdir"), "threatmodel-bench");
        return base.resolve(GENERATION);
    }

    /** The model of {@code elements} elements in the given format, generated if not yet on disk. */
    public static synchronized Path model(int elements, Format format) {
        String extension = format == Format.JSON ? ".json" : ".yaml";
        Path file = directory().resolve("model-" + elements + extension);
        if (Files.isRegularFile(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent());
            // written under a name of its own, then renamed: a concurrent or interrupted run never sees half a file
            Path partial = file.resolveSibling("model-" + elements + ".partial-" + ProcessHandle.current().pid()
                    + extension);
            ModelGenerator.write(elements, partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
