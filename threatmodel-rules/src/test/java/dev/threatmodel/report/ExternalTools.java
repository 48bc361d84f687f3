package dev.threatmodel.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds the programs that some tests use as oracles (a headless browser, Graphviz). Where one is missing, the test is
 * skipped with a reason that names the package to install; in continuous integration ({@code CI=true}, which GitHub
 * Actions and most CI services set) a missing tool fails the test instead, so that these checks cannot vanish from a
 * green build.
 */
final class ExternalTools {

    private ExternalTools() {
    }

    /** Whether this run is in continuous integration, where every oracle must be present. */
    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /**
     * The first of the candidates that is an executable file.
     *
     * @param what        what the program is, for the message
     * @param install     how to install it, for the message
     * @param candidates  where it may be; entries that are null (an unset environment variable) are ignored
     * @throws org.opentest4j.TestAbortedException (the test is skipped) when none is there outside CI
     * @throws AssertionError when none is there in CI
     */
    static Path require(String what, String install, Path... candidates) {
        List<String> looked = new ArrayList<>();
        for (Path candidate : candidates) {
            if (candidate == null) {
                continue;
            }
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
            looked.add(candidate.toString());
        }
        String message = what + " is not installed (looked for " + String.join(", ", looked) + "): " + install;
        if (inCi()) {
            throw new AssertionError(message + ". CI=true: every test oracle must be present in CI.");
        }
        Assumptions.abort(message + " to run this test.");
        throw new IllegalStateException("not reached");
    }

    /** A path from an environment variable, resolved against a file name, or null when the variable is not set. */
    static Path fromEnvironment(String variable, String fileName) {
        return Optional.ofNullable(System.getenv(variable)).filter(v -> !v.isBlank())
                .map(v -> fileName == null ? Path.of(v) : Path.of(v, fileName)).orElse(null);
    }
}
