package dev.threatmodel.bench;

import dev.threatmodel.git.GitCodeHistory;
import dev.threatmodel.model.CodePattern;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link GitCodeHistory#read} on a generated history ({@link GitHistoryGenerator}), in a fresh JVM, a few runs
 * each: links to 3 of the 100 directories with the review date half-way through the history, the same with the review
 * date before the first commit (the whole history is walked), and a link to every file ({@code src/**}) over the
 * whole history (no path filter narrows the comparison).
 *
 * <p>{@code java -cp benchmarks.jar dev.threatmodel.bench.GitHistoryProbe <commits> [runs]}
 */
public final class GitHistoryProbe {

    private GitHistoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        int commits = Integer.parseInt(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path dir = Files.createTempDirectory("history");
        long t0 = System.nanoTime();
        GitHistoryGenerator.generate(dir, commits, 100, 20);
        System.out.printf(Locale.ROOT, "generated %d commits in %.1f s%n", commits, (System.nanoTime() - t0) / 1e9);
        LocalDate first = LocalDate.ofInstant(GitHistoryGenerator.START, ZoneOffset.UTC);
        LocalDate middle = LocalDate.ofInstant(GitHistoryGenerator.START.plusSeconds(3600L * commits / 2),
                ZoneOffset.UTC);
        List<String> three = List.of("src/d007/**", "src/d042/F03.java", "src/d099/*.java");
        measure("3 links, review half-way", dir, three, middle, runs);
        measure("3 links, whole history", dir, three, first.minusDays(1), runs);
        measure("src/**, whole history", dir, List.of("src/**"), first.minusDays(1), runs);
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static void measure(String what, Path dir, List<String> links, LocalDate since, int runs) {
        List<CodePattern> patterns = links.stream().map(CodePattern::of).toList();
        List<String> prefixes = patterns.stream().map(CodePattern::literalPrefix).toList();
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int r = 1; r <= runs; r++) {
            long t = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            GitCodeHistory.History h = GitCodeHistory.read(dir, prefixes, since,
                    p -> patterns.stream().anyMatch(c -> c.matches(p)));
            System.out.printf(Locale.ROOT, "%-28s run %d: %7.0f ms wall, %7.0f ms CPU, %d commits walked, "
                            + "%d changed linked code%s%n",
                    what, r, (System.nanoTime() - t) / 1e6, (threads.getCurrentThreadCpuTime() - cpu) / 1e6,
                    h.walked(), h.commits().size(),
                    h.unknown() == null ? "" : " (" + h.unknown() + ")");
        }
    }
}
