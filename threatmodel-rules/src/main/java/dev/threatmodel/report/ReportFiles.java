package dev.threatmodel.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * The report files a check writes in its output directory (one per {@link ReportFormat}, named by
 * {@link ReportFormat#fileName()}), and the one place that removes them: a report that this run does not write must
 * not stay behind where it could be taken for this run's result.
 */
public final class ReportFiles {

    private ReportFiles() {
    }

    /** Where the report of this format is written in {@code directory}. */
    public static Path of(Path directory, ReportFormat format) {
        return directory.resolve(format.fileName());
    }

    /**
     * Removes every report of ours in {@code directory} before a run: those of the formats this run writes, always (a
     * run that stops must leave none behind), and those of the other formats unless they were written at or after
     * {@code writtenSince}, that is by another goal of the same build (the {@code report} goal beside {@code check},
     * say). With {@code writtenSince} null every report is removed.
     *
     * @param writing      the formats this run writes
     * @param writtenSince when the build started; null: no other report is this build's
     */
    public static void removeEarlier(Path directory, Set<ReportFormat> writing, Instant writtenSince)
            throws IOException {
        if (directory == null) {
            return;
        }
        for (ReportFormat format : ReportFormat.values()) {
            Path file = of(directory, format);
            if (writing.contains(format) || writtenSince == null || writtenBefore(file, writtenSince)) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new IOException("the " + format.keyword() + " report of an earlier run, "
                            + file.getFileName() + ", cannot be removed (" + e.getClass().getSimpleName()
                            + "); it is not this run's result", e);
                }
            }
        }
    }

    /** Removes the reports of these formats, after a run that could not write all of them. */
    public static void remove(Path directory, Set<ReportFormat> formats) throws IOException {
        if (directory == null) {
            return;
        }
        for (ReportFormat format : formats) {
            Files.deleteIfExists(of(directory, format));
        }
    }

    private static boolean writtenBefore(Path file, Instant since) throws IOException {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(since);
    }
}
