package dev.threatmodel.maven;

import dev.threatmodel.text.ShownPath;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;

/** The directories that reports name paths against. */
final class BuildPaths {

    private BuildPaths() {
    }

    /**
     * The top directory of the build: Maven's multi-module project directory (where {@code .mvn} is, or where the
     * build started), else the directory the build was started in, else the project's own directory.
     */
    static Path topDirectory(MavenSession session, Path projectDir) {
        if (session != null) {
            MavenExecutionRequest request = session.getRequest();
            File top = request == null ? null : request.getMultiModuleProjectDirectory();
            if (top != null) {
                return top.toPath().toAbsolutePath().normalize();
            }
            String root = session.getExecutionRootDirectory();
            if (root != null) {
                return Path.of(root).toAbsolutePath().normalize();
            }
        }
        return projectDir.toAbsolutePath().normalize();
    }

    /**
     * When the build started: reports written since then by another goal of the build are not stale. Null when
     * unknown, and every report not asked for is then removed.
     */
    static Instant buildStarted(MavenSession session) {
        MavenExecutionRequest request = session == null ? null : session.getRequest();
        Date start = request == null ? null : request.getStartTime();
        return start == null ? null : start.toInstant();
    }

    /** The repository root SARIF paths are relative to; see {@link ShownPath#repositoryRoot}. */
    static Path repositoryRoot(Path projectDir, Path fallback) {
        return ShownPath.repositoryRoot(projectDir, fallback);
    }
}
