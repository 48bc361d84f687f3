package dev.threatmodel.baseline;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a check is compared with, and how.
 *
 * @param reference         what the user wrote: a git revision ({@code origin/main}, a tag, {@code HEAD~1}) or a
 *                          baseline file
 * @param file              the baseline file, when {@code reference} names an existing regular file; else null and
 *                          {@code reference} is a git revision
 * @param failOn            which findings may fail the check
 * @param baselineModelFile for a git revision: where the model was at that revision when it has been renamed or
 *                          moved since (a path in the work tree); null: the model's own path
 * @param emptyWhenUnloadable for a git revision: compare with an empty model when the model there does not load,
 *                          instead of stopping; every finding is then new. Off unless the user asks for it.
 */
public record BaselineOptions(String reference, Path file, FailOn failOn, Path baselineModelFile,
                              boolean emptyWhenUnloadable) {

    public BaselineOptions {
        Objects.requireNonNull(reference, "reference");
        reference = reference.trim();
        failOn = failOn == null ? FailOn.ALL : failOn;
        file = file == null ? null : file.toAbsolutePath().normalize();
        baselineModelFile = baselineModelFile == null ? null : baselineModelFile.toAbsolutePath().normalize();
    }

    /**
     * Takes {@code reference} as a baseline file when it names a regular file (relative to {@code directory}),
     * else as a git revision.
     */
    public static BaselineOptions of(String reference, Path directory, FailOn failOn, Path baselineModelFile,
                                     boolean emptyWhenUnloadable) {
        Path file = null;
        try {
            Path candidate = directory.resolve(reference.trim()).normalize();
            if (Files.isRegularFile(candidate)) {
                file = candidate;
            }
        } catch (InvalidPathException e) {
            file = null; // not a path: a revision such as HEAD^{commit}
        }
        return new BaselineOptions(reference, file, failOn, baselineModelFile, emptyWhenUnloadable);
    }

    public boolean isRevision() {
        return file == null;
    }
}
