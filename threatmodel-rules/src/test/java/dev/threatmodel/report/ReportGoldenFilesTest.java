package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blog example with findings, written to Markdown and DOT, compared byte for byte with files kept in the test
 * resources. Catches output that changes between runs or machines (hash order, clock, platform line ends) as well as
 * unintended format changes; after an intended change, review the new output and replace the files.
 */
class ReportGoldenFilesTest {

    private static String expected(String name) throws Exception {
        try (InputStream in = ReportGoldenFilesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void markdownMatchesTheGoldenFile() throws Exception {
        assertThat(new MarkdownReport().render(BlogFixture.blogWithFindings()))
                .isEqualTo(expected("blog-with-findings.md"));
    }

    @Test
    void dotMatchesTheGoldenFile() throws Exception {
        assertThat(new DotReport().render(BlogFixture.blogWithFindings()))
                .isEqualTo(expected("blog-with-findings.dot"));
    }

    @Test
    void writeCreatesDirectoriesAndWritesUtf8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a/b/threatmodel.md");
        new MarkdownReport().write(BlogFixture.blogWithFindings(), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(expected("blog-with-findings.md")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(new MarkdownReport().format().fileName()).isEqualTo("threatmodel.md");
        assertThat(new HtmlReport().format()).isEqualTo(ReportFormat.HTML);
        assertThat(new DotReport().format()).isEqualTo(ReportFormat.DOT);
    }
}
