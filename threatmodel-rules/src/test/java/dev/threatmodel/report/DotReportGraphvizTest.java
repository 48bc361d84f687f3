package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds the DOT output to Graphviz itself where it is installed ({@code /usr/bin/dot}, Debian package
 * {@code graphviz}); skipped elsewhere with a reason naming the package, and failing in CI ({@link ExternalTools}).
 * Graphviz is only a test oracle here: the reports never need it.
 */
class DotReportGraphvizTest {

    private static final Path DOT = Path.of("/usr/bin/dot");

    private static void requireGraphviz() {
        ExternalTools.require("Graphviz", "install the Debian package graphviz (sudo apt-get install graphviz)", DOT);
    }

    private static String render(String dot, Path dir) throws Exception {
        Path in = dir.resolve("in.dot");
        Path out = dir.resolve("out.svg");
        Files.writeString(in, dot, StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(DOT.toString(), "-Tsvg", in.toString(), "-o", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("dot.log").toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("dot.log"))).isZero();
        assertThat(Files.readString(dir.resolve("dot.log"))).isEmpty();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    @Test
    void graphvizReadsTheBlogDiagram(@TempDir Path dir) throws Exception {
        requireGraphviz();
        String svg = render(new DotReport().render(BlogFixture.blogWithFindings()), dir);
        assertThat(svg).contains("<title>cluster_z2</title>", "<title>n3&#45;&gt;n1</title>",
                ">2. Reset token (unmitigated)</text>", ">Author accounts and credentials</text>");
    }

    @Test
    void graphvizShowsHostileNamesAsText(@TempDir Path dir) throws Exception {
        requireGraphviz();
        String svg = render(new DotReport().render(HostileNamesTest.hostile()), dir);
        assertThat(svg).contains("&lt;script&gt;alert(1)&lt;/script&gt; | *x* ]]) &quot;q&quot; #;")
                .doesNotContain("<script");
    }
}
