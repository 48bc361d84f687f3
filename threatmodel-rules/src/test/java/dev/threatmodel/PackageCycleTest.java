package dev.threatmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the library's packages free of cycles: reads the package every main source file names (imports and fully
 * qualified names in code) and fails when packages reach each other in a circle. A cycle means two packages can only
 * be understood, tested and changed together; the one this test was written for ran from the loader to the importers
 * and back, and made every new format an edit of the loader.
 */
class PackageCycleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String SHARED_GEOMETRY = "dev.threatmodel.imports.geometry";
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern REFERENCE = Pattern.compile("\\b(dev\\.threatmodel(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    /** Cycles that are known and not yet broken: none. A cycle fails the test. */
    private static final Set<Set<String>> KNOWN = Set.of();

    @Test
    void theImportersAndTheLoaderDoNotDependOnEachOther() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        assertThat(graph.get("dev.threatmodel.load")).as("packages the loader uses")
                .noneMatch(p -> p.startsWith("dev.threatmodel.imports"));
        List<String> formats = graph.keySet().stream()
                .filter(p -> p.startsWith("dev.threatmodel.imports.") && !p.equals(SHARED_GEOMETRY)).toList();
        assertThat(formats).contains("dev.threatmodel.imports.threatdragon", "dev.threatmodel.imports.otm",
                "dev.threatmodel.imports.tm7", "dev.threatmodel.imports.threatcomposer",
                "dev.threatmodel.imports.threagile");
        for (String format : formats) {
            assertThat(graph.get(format)).as("packages the format %s uses: one format never uses another", format)
                    .noneMatch(formats::contains);
        }
    }

    @Test
    void noPackageReachesItselfThroughOthers() throws IOException {
        List<Set<String>> cycles = stronglyConnected(dependencies()).stream().filter(c -> c.size() > 1).toList();
        assertThat(cycles).as("package cycles (each a set of packages that reach each other)")
                .allMatch(KNOWN::contains);
    }

    /**
     * Reports read a report input, never the check's request or result: the check writes the reports, so a report
     * that named the check would close a circle. Their shared text helpers live in a package of their own.
     */
    @Test
    void theReportsDoNotDependOnTheCheck() throws IOException {
        Map<String, Set<String>> graph = dependencies();
        assertThat(graph).containsKeys("dev.threatmodel.report", "dev.threatmodel.text");
        assertThat(graph.get("dev.threatmodel.check")).as("the check writes the reports")
                .contains("dev.threatmodel.report");
        assertThat(graph.get("dev.threatmodel.report")).as("packages the reports use")
                .doesNotContain("dev.threatmodel.check");
        assertThat(graph.get("dev.threatmodel.text")).as("packages the text helpers use")
                .noneMatch(p -> p.startsWith("dev.threatmodel."));
    }

    @Test
    void aReportThatNamedTheCheckWouldBeACycle() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        dependencies().forEach((k, v) -> graph.put(k, new TreeSet<>(v)));
        graph.get("dev.threatmodel.report").add("dev.threatmodel.check");
        assertThat(stronglyConnected(graph)).as("cycles once report names check")
                .anyMatch(c -> c.contains("dev.threatmodel.report") && c.contains("dev.threatmodel.check"))
                .anyMatch(c -> c.size() > 1 && !KNOWN.contains(c));
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> graph = new TreeMap<>();
        graph.put("a", Set.of("b"));
        graph.put("b", Set.of("c"));
        graph.put("c", Set.of("a"));
        graph.put("d", Set.of("a"));
        assertThat(stronglyConnected(graph)).contains(Set.of("a", "b", "c")).contains(Set.of("d"));
    }

    /** Package -> the other packages of this library its sources name. */
    static Map<String, Set<String>> dependencies() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(files).as("main sources under " + SOURCES.toAbsolutePath()).isNotEmpty();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher pkg = PACKAGE.matcher(text);
            if (!pkg.find()) {
                continue;
            }
            String own = pkg.group(1);
            Set<String> uses = graph.computeIfAbsent(own, k -> new TreeSet<>());
            Matcher ref = REFERENCE.matcher(COMMENT.matcher(text).replaceAll(" "));
            while (ref.find()) {
                if (!ref.group(1).equals(own)) {
                    uses.add(ref.group(1));
                }
            }
        }
        return graph;
    }

    /** Tarjan's strongly connected components: each a set of nodes that all reach each other. */
    static List<Set<String>> stronglyConnected(Map<String, Set<String>> graph) {
        List<Set<String>> result = new ArrayList<>();
        Map<String, Integer> index = new TreeMap<>();
        Map<String, Integer> low = new TreeMap<>();
        List<String> stack = new ArrayList<>();
        Set<String> onStack = new TreeSet<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, counter, result);
            }
        }
        return result;
    }

    private static void connect(String node, Map<String, Set<String>> graph, Map<String, Integer> index,
                                Map<String, Integer> low, List<String> stack, Set<String> onStack, int[] counter,
                                List<Set<String>> result) {
        index.put(node, counter[0]);
        low.put(node, counter[0]++);
        stack.add(node);
        onStack.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            if (!index.containsKey(next)) {
                connect(next, graph, index, low, stack, onStack, counter, result);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (onStack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            Set<String> component = new TreeSet<>();
            String top;
            do {
                top = stack.remove(stack.size() - 1);
                onStack.remove(top);
                component.add(top);
            } while (!top.equals(node));
            result.add(component);
        }
    }
}
