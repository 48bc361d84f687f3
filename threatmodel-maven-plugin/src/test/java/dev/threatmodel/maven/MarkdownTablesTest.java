package dev.threatmodel.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tables of the README and docs/ render as one table each: every row starting with {@code |} follows another row
 * or is a header followed by its {@code |---|} line. A stray sentence between two rows would cut a table in two and
 * show the rest as plain text.
 */
class MarkdownTablesTest {

    @Test
    void noTableIsCutByAStrayLine() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("../README.md")));
        try (Stream<Path> docs = Files.list(Path.of("../docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        List<String> broken = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            boolean inCode = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.startsWith("```")) {
                    inCode = !inCode;
                }
                if (inCode || !line.startsWith("|")) {
                    continue;
                }
                boolean follows = i > 0 && lines.get(i - 1).startsWith("|");
                boolean header = i + 1 < lines.size() && lines.get(i + 1).matches("\\|(\\s*:?-+:?\\s*\\|)+\\s*");
                if (!follows && !header) {
                    broken.add(page.getFileName() + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(broken).as("table rows that start a table without a header").isEmpty();
    }
}
