package dev.threatmodel.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.threatmodel.check.StarterModel;
import dev.threatmodel.load.ListNode;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.load.Node;
import dev.threatmodel.load.ScalarNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The run that {@code bin/threatmodel} records its class-data-sharing archive from, once per JDK and jar, before the
 * user's first command. The archive holds the classes a run loaded, so a run that only checked one YAML model
 * outside git would leave every later JSON model, git-linked model or Markdown report to load its classes from the
 * jar. This run goes down each common path once, in a scratch folder it deletes again: the starter model as YAML and
 * as JSON, in a git repository whose history the model's code links are read from, every report format, and a diff
 * against the committed revision. It prints nothing; its exit status says whether every step ran as expected, and
 * the launcher keeps no archive from a run that did not.
 */
final class ClassArchiveTraining {

    private static final PersonIdent AUTHOR = new PersonIdent("threatmodel", "threatmodel@localhost",
            1_780_000_000_000L, 0);
    /** The file the starter model's code link names. */
    private static final String LINKED_CODE = "src/main/java/com/example/OrderController.java";

    private ClassArchiveTraining() {
    }

    public static void main(String[] args) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        int status;
        try {
            status = train(Files.createTempDirectory("threatmodel-training"));
        } catch (IOException | GitAPIException | ModelLoadException | RuntimeException e) {
            status = 2;
        }
        System.exit(status);
    }

    /** Runs every step in {@code dir} (removed afterwards); 0 when each gave the exit status it should. */
    static int train(Path dir) throws IOException, GitAPIException, ModelLoadException {
        try {
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            Path yaml = dir.resolve("threatmodel.yaml");
            Files.writeString(yaml, StarterModel.withoutDraftMark(StarterModel.text(today)));
            Path code = dir.resolve(LINKED_CODE);
            Files.createDirectories(code.getParent());
            Files.writeString(code, "class OrderController {}\n");
            try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
                git.add().addFilepattern(".").call();
                git.commit().setMessage("starter").setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false).call();
            }
            Path json = dir.resolve("threatmodel.json");
            Files.writeString(json, json(new ModelLoader().readTree(yaml)));
            ThreatModelCli cli = new ThreatModelCli(silent(), silent(), dir, Clock.systemUTC());
            boolean ok = cli.run(new String[] {"check", "--format", "sarif,markdown,html,dot", "--output-dir",
                "reports", "threatmodel.yaml"}) == ThreatModelCli.CLEAN;
            ok &= cli.run(new String[] {"check", "--output-dir", "reports-json", "threatmodel.json"})
                    == ThreatModelCli.CLEAN;
            Files.writeString(yaml, Files.readString(yaml).replace("status: mitigated", "status: open"));
            ok &= cli.run(new String[] {"diff", "--baseline", "main", "--output-dir", "reports-diff",
                "threatmodel.yaml"}) == ThreatModelCli.CLEAN;
            ok &= cli.run(new String[] {"check", "--baseline", "main", "--fail-on-findings", "new", "--output-dir",
                "reports-new", "threatmodel.yaml"}) == ThreatModelCli.FINDINGS;
            return ok ? 0 : 1;
        } finally {
            removeTree(dir);
        }
    }

    /** The tree as JSON: the same model in the other syntax the native format accepts. */
    static String json(Node tree) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            write(g, tree);
        }
        return text.toString();
    }

    private static void write(JsonGenerator g, Node node) throws IOException {
        if (node instanceof MapNode map) {
            g.writeStartObject();
            for (MapNode.Field field : map.fields().values()) {
                g.writeFieldName(field.key());
                write(g, field.value());
            }
            g.writeEndObject();
        } else if (node instanceof ListNode list) {
            g.writeStartArray();
            for (Node item : list.items()) {
                write(g, item);
            }
            g.writeEndArray();
        } else {
            ScalarNode scalar = (ScalarNode) node;
            switch (scalar.type()) {
                case INTEGER, DECIMAL -> g.writeNumber(scalar.text());
                case BOOLEAN -> g.writeBoolean(Boolean.parseBoolean(scalar.text()));
                case NULL -> g.writeNull();
                default -> g.writeString(scalar.text());
            }
        }
    }

    private static PrintStream silent() {
        return new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
    }

    private static void removeTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
