package dev.threatmodel.load;

import dev.threatmodel.model.ThreatModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test helper: writes a model file and returns its load problems as {@code line:column message}. */
final class LoadProblems {

    private final Path dir;

    LoadProblems(Path dir) {
        this.dir = dir;
    }

    Path write(String name, String content) {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    Path write(String name, byte[] content) {
        try {
            Path file = dir.resolve(name);
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ThreatModel load(String yaml) throws ModelLoadException {
        return new ModelLoader().load(write("threatmodel.yaml", yaml));
    }

    List<String> of(String yaml) {
        return of(write("threatmodel.yaml", yaml));
    }

    List<String> json(String json) {
        return of(write("threatmodel.json", json));
    }

    static List<String> of(Path file) {
        return of(new ModelLoader(), file);
    }

    static List<String> of(ModelLoader loader, Path file) {
        ModelLoadException e;
        try {
            loader.load(file);
            throw new AssertionError("expected " + file + " to be refused, but it loaded");
        } catch (ModelLoadException refused) {
            e = refused;
        }
        return e.problems().stream().map(p -> {
            if (!file.equals(p.location().file())) {
                throw new AssertionError("problem names " + p.location().file() + ", not " + file);
            }
            return p.location().line() + ":" + p.location().column() + " " + p.message();
        }).toList();
    }
}
