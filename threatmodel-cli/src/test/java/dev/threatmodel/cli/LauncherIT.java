package dev.threatmodel.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.load.ModelLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/threatmodel} from the distribution archive the build just packed, as a user would after unpacking
 * it: the exit status and output of a check, and the class-data-sharing archive the first run writes and later runs
 * use. Runs after the package phase (maven-failsafe-plugin).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/threatmodel is a POSIX shell script")
class LauncherIT {

    private static final Path BLOG = Path.of(System.getProperty("threatmodel.blogExample",
            "../examples/blog/threatmodel.yaml"));

    @TempDir
    Path dir;

    private Path launcher;
    private Path cache;
    private Path model;

    private record Run(int status, String out, String err) {
    }

    @BeforeEach
    void unpackDistribution() throws IOException {
        Path archive = Path.of(System.getProperty("threatmodel.distribution", "target/missing.tar.gz"));
        assertThat(archive).as("the distribution archive, packed in the package phase").isRegularFile();
        Path home = dir.resolve("unpacked");
        untar(archive, home);
        try (Stream<Path> tops = Files.list(home)) {
            launcher = tops.findFirst().orElseThrow().resolve("bin/threatmodel");
        }
        cache = dir.resolve("cache");
        model = dir.resolve("threatmodel.yaml");
        Files.copy(BLOG, model);
    }

    @Test
    void theLauncherIsExecutableAndChecksAModel() throws Exception {
        assertThat(Files.isExecutable(launcher)).as("bin/threatmodel keeps its execute bit").isTrue();
        Run run = run(Map.of(), "check", "--max-review-age-days", "100000", "--format", "none", "threatmodel.yaml");
        assertThat(run.status()).isZero();
        // 2 notes: the copy lies outside a git repository, so the blog's code links are not checked (TM604, TM605)
        assertThat(run.out()).contains("Threat model: 0 errors, 0 warnings, 2 notes, 0 suppressed;");
        assertThat(run.err()).as("no SLF4J warning from JGit on stderr").isEmpty();
    }

    @Test
    void aFindingGivesExitStatusOne() throws Exception {
        Files.writeString(model, Files.readString(model).replaceFirst("status: mitigated", "status: open"));
        Run run = run(Map.of(), "check", "--max-review-age-days", "100000", "--format", "none", "threatmodel.yaml");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).contains("ERROR TM102");
    }

    @Test
    void theFirstRunWritesTheClassArchiveAndLaterRunsMapIt() throws Exception {
        Run first = run(Map.of(), "check", "--max-review-age-days", "100000", "--format", "none", "threatmodel.yaml");
        assertThat(first.status()).isZero();
        List<Path> archives;
        try (Stream<Path> files = Files.list(cache)) {
            archives = files.toList();
        }
        assertThat(archives).singleElement().satisfies(a -> assertThat(a.getFileName().toString()).endsWith(".jsa"));

        Run second = run(Map.of("THREATMODEL_OPTS", "-Xlog:class+load=info"),
                "check", "--max-review-age-days", "100000", "--output-dir", "reports", "threatmodel.yaml");
        assertThat(second.status()).isZero();
        assertThat(dir.resolve("reports/threatmodel.sarif")).isRegularFile();
        // the check's own classes come from the archive's dynamic (top) layer, not from the jar
        assertThat(second.out()).contains("dev.threatmodel.check.ThreatModelCheck source: shared objects file (top)");
        // the check and its SARIF report load no diagram layout: ELK, EMF and Guava stay on the shelf
        assertThat(second.out()).doesNotContain("org.eclipse.elk", "org.eclipse.emf", "com.google.common",
                "dev.threatmodel.report.DiagramLayout");
    }

    @Test
    void theArchiveHoldsThePathsTheFirstCommandDidNotTake() throws Exception {
        // the first command prints the version only; the training run before it still records the JSON reader and
        // JGit, so a JSON model in a git repository later maps them from the archive instead of the jar
        assertThat(run(Map.of(), "--version").status()).isZero();
        Files.writeString(dir.resolve("threatmodel.json"),
                ClassArchiveTraining.json(new ModelLoader().readTree(model)));
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern("threatmodel.json").call();
            PersonIdent me = new PersonIdent("Test", "test@example.com");
            git.commit().setMessage("model").setAuthor(me).setCommitter(me).setSign(false).call();
        }
        Run json = run(Map.of("THREATMODEL_OPTS", "-Xlog:class+load=info"),
                "check", "--max-review-age-days", "100000", "--format", "sarif", "--output-dir", "reports",
                "threatmodel.json");
        assertThat(json.status()).as(json.err()).isIn(0, 1);
        assertThat(json.out()).contains(
                "dev.threatmodel.load.JsonTreeReader source: shared objects file (top)",
                "org.eclipse.jgit.internal.storage.file.FileRepository source: shared objects file (top)");
    }

    @Test
    void aRunWritingOnlySarifLoadsNoOtherReportWriterAndNoDataBinding() throws Exception {
        Run run = run(Map.of("THREATMODEL_OPTS", "-Xlog:class+load=info"),
                "check", "--max-review-age-days", "100000", "--format", "sarif", "--output-dir", "reports",
                "threatmodel.yaml");
        assertThat(run.status()).isZero();
        assertThat(dir.resolve("reports/threatmodel.sarif")).isRegularFile();
        // the log does list the classes it loads, so the absence below means something
        assertThat(run.out()).contains("dev.threatmodel.report.SarifWriter ", "com.fasterxml.jackson.core.JsonGenerator ");
        // SARIF is streamed with jackson-core; the other writers and databind are loaded only for their formats
        assertThat(run.out()).doesNotContain("com.fasterxml.jackson.databind", "dev.threatmodel.report.HtmlReport",
                "dev.threatmodel.report.MarkdownReport", "dev.threatmodel.report.DotReport",
                "dev.threatmodel.report.Diagram");
    }

    @Test
    void aRunWritingHtmlDoesLoadTheHtmlWriter() throws Exception {
        Run run = run(Map.of("THREATMODEL_OPTS", "-Xlog:class+load=info"),
                "check", "--max-review-age-days", "100000", "--format", "html", "--output-dir", "reports",
                "threatmodel.yaml");
        assertThat(run.status()).isZero();
        assertThat(dir.resolve("reports/threatmodel.html")).isRegularFile();
        assertThat(run.out()).contains("dev.threatmodel.report.HtmlReport ", "com.fasterxml.jackson.databind.ObjectMapper ")
                .doesNotContain("dev.threatmodel.report.SarifWriter ");
    }

    @Test
    void anEmptyCacheSettingRunsWithoutAnArchive() throws Exception {
        Run run = run(Map.of("THREATMODEL_CDS_DIR", ""), "--version");
        assertThat(run.status()).isZero();
        assertThat(cache).doesNotExist();
    }

    private Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(Stream.of("sh", launcher.toString()),
                Stream.of(args)).toList()).directory(dir.toFile());
        builder.environment().put("THREATMODEL_CDS_DIR", cache.toString());
        builder.environment().remove("THREATMODEL_OPTS");
        builder.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the launcher finishes").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Unpacks a POSIX tar.gz (the only kind the assembly writes), keeping the owner's execute bit. */
    private static void untar(Path archive, Path into) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
            byte[] header = new byte[512];
            while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String name = text(header, 0, 100);
                String prefix = text(header, 345, 155);
                if (!prefix.isEmpty()) {
                    name = prefix + "/" + name;
                }
                int mode = Integer.parseInt(text(header, 100, 8).trim(), 8);
                long size = Long.parseLong(text(header, 124, 12).trim(), 8);
                byte type = header[156];
                Path target = into.resolve(name).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("archive entry outside the folder: " + name);
                }
                byte[] content = in.readNBytes((int) size);
                in.skipNBytes((512 - size % 512) % 512);
                if (type == '5') {
                    Files.createDirectories(target);
                } else if (type == '0' || type == 0) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, content);
                    target.toFile().setExecutable((mode & 0100) != 0, true);
                }
            }
        }
    }

    private static String text(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
