package dev.threatmodel.check;

import dev.threatmodel.git.GitCodeHistory;
import dev.threatmodel.model.CodePattern;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.repo.CodeFacts;
import dev.threatmodel.repo.McpConfigReader;
import dev.threatmodel.repo.McpFacts;
import dev.threatmodel.repo.RepositoryFacts;
import dev.threatmodel.text.ShownPath;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gathers the {@link RepositoryFacts} of a check before its rules run: which links of the model match no file, which
 * commits changed linked code after the review date that applies to it, and which MCP servers the repository's
 * configuration files declare. Git history is opened only when the model links code.
 */
public final class RepositoryFactsCollector {

    /** Most directory entries visited to find files for the model's globs, so that a link cannot stall a build. */
    static final int MAX_ENTRIES_VISITED = 2_000_000;

    private RepositoryFactsCollector() {
    }

    /** The facts of the repository at {@code root} about {@code model}; MCP files from {@code mcpFiles}. */
    public static RepositoryFacts collect(Path root, ThreatModel model, List<String> mcpFiles) {
        Path top = root.toAbsolutePath().normalize();
        return new RepositoryFacts(code(top, model), McpConfigReader.read(top, mcpFiles));
    }

    /** Every code link of the model (elements, flows, mitigation references that name files), in model order. */
    public static Set<String> links(ThreatModel model) {
        Set<String> links = new LinkedHashSet<>();
        for (Element e : model.elements()) {
            links.addAll(e.code());
        }
        for (DataFlow f : model.flows()) {
            links.addAll(f.code());
        }
        for (Threat t : model.threats()) {
            for (Mitigation m : t.mitigations()) {
                if (CodePattern.isRepositoryPath(m.reference())) {
                    links.add(CodePattern.withoutFragment(m.reference()));
                }
            }
        }
        return links;
    }

    static CodeFacts code(Path root, ThreatModel model) {
        Set<String> links = links(model);
        if (links.isEmpty()) {
            return new CodeFacts(null, null, List.of(), Set.of());
        }
        if (!GitCodeHistory.isWorkTree(root)) {
            // no absolute path in the text: findings and reports must not depend on where the build ran
            String why = "no git repository at the repository root (no .git there)";
            return new CodeFacts(why, why, List.of(), Set.of());
        }
        Map<String, CodePattern> patterns = new LinkedHashMap<>();
        Set<String> withoutFile = new TreeSet<>();
        for (String link : links) {
            if (CodePattern.problem(link) == null) {
                patterns.put(link, CodePattern.of(link));
            } else {
                withoutFile.add(link); // only a model built in memory can hold one; the loader refuses it
            }
        }
        String filesUnchecked = null;
        try {
            withoutFile.addAll(withoutFile(root, patterns));
        } catch (IOException | RuntimeException e) {
            filesUnchecked = "the work tree cannot be listed: " + e.getMessage();
        }
        LocalDate since = earliestReview(model);
        if (since == null) {
            return new CodeFacts(filesUnchecked, null, List.of(), withoutFile);
        }
        List<String> prefixes = patterns.values().stream().map(CodePattern::literalPrefix).toList();
        GitCodeHistory.History history = GitCodeHistory.read(root, prefixes, since,
                path -> patterns.values().stream().anyMatch(p -> p.matches(path)));
        return new CodeFacts(filesUnchecked, history.unknown(), history.commits(), withoutFile);
    }

    /** The earliest review date that applies to a link: an element's or flow's own, else the model's. */
    static LocalDate earliestReview(ThreatModel model) {
        LocalDate earliest = null;
        List<LocalDate> dates = new ArrayList<>();
        for (Element e : model.elements()) {
            if (!e.code().isEmpty()) {
                dates.add(e.reviewed() != null ? e.reviewed() : model.reviewed());
            }
        }
        for (DataFlow f : model.flows()) {
            if (!f.code().isEmpty()) {
                dates.add(f.reviewed() != null ? f.reviewed() : model.reviewed());
            }
        }
        dates.add(model.reviewed());
        for (LocalDate d : dates) {
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
            }
        }
        return earliest;
    }

    /** The links that match no file or directory of the work tree; globs are looked for below their fixed prefix. */
    private static Set<String> withoutFile(Path root, Map<String, CodePattern> patterns) throws IOException {
        Set<String> missing = new TreeSet<>();
        int[] budget = {MAX_ENTRIES_VISITED};
        for (Map.Entry<String, CodePattern> e : patterns.entrySet()) {
            CodePattern pattern = e.getValue();
            String prefix = pattern.literalPrefix();
            Path start = prefix.isEmpty() ? root : root.resolve(prefix);
            if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
                missing.add(e.getKey());
            } else if (pattern.isGlob() && !anyMatch(root, start, pattern, budget)) {
                missing.add(e.getKey());
            }
        }
        return missing;
    }

    private static boolean anyMatch(Path root, Path start, CodePattern pattern, int[] budget) throws IOException {
        boolean[] found = {false};
        Files.walkFileTree(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.getFileName() != null && dir.getFileName().toString().equals(".git")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return count();
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (pattern.matches(ShownPath.of(file, root))) {
                    found[0] = true;
                    return FileVisitResult.TERMINATE;
                }
                return count();
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                return count();
            }

            private FileVisitResult count() {
                if (--budget[0] < 0) {
                    throw new IllegalStateException("more than " + MAX_ENTRIES_VISITED
                            + " files and directories under the linked paths");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found[0];
    }
}
