package dev.threatmodel.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * The root of the repository: the nearest directory at or above the project that holds {@code .git} (a directory,
     * or a file in a worktree or submodule); else {@code fallback}.
     */
    static Path repositoryRoot(Path projectDir, Path fallback) {
        for (Path dir = projectDir.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return fallback;
    }
}
