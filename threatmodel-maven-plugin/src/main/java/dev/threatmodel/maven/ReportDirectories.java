package dev.threatmodel.maven;

import dev.threatmodel.text.ShownPath;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * Which module of the running build writes reports to which directory. The reports have fixed names, so two modules
 * writing to one directory overwrite each other: with {@code -T 4}, a module whose model fails to load would leave the
 * other module's "Passed" in the directory, a verdict that is not the build's. The second module to claim a directory
 * is refused.
 */
final class ReportDirectories {

    /** Per build (the execution request, shared by every module of one build), directory to the module that owns it. */
    private static final Map<MavenExecutionRequest, Map<Path, String>> OWNERS = new WeakHashMap<>();

    private ReportDirectories() {
    }

    /** Records that {@code module} writes to {@code directory}; refuses when another module of this build does. */
    static void claim(MavenSession session, Path directory, String module, Path top) throws MojoExecutionException {
        MavenExecutionRequest build = session == null ? null : session.getRequest();
        if (build == null || module == null) {
            return;
        }
        Path dir = directory.toAbsolutePath().normalize();
        String owner;
        synchronized (OWNERS) {
            owner = OWNERS.computeIfAbsent(build, b -> new HashMap<>()).putIfAbsent(dir, module);
        }
        if (owner != null && !owner.equals(module)) {
            throw new MojoExecutionException("Threat model reports of " + module + " would go to "
                    + ShownPath.of(dir, top) + ", where " + owner + " writes its reports too; each module needs its"
                    + " own threatmodel.outputDirectory, or one module's verdict could stand for the other's");
        }
    }
}
