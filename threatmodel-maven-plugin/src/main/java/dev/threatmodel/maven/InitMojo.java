package dev.threatmodel.maven;

import dev.threatmodel.check.StarterModel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes a commented starter model, {@code threatmodel.yaml}: a small, complete example of every part of the
 * format, marked as a draft so that the check fails until the team has described its own system. Runs once per
 * build, in the directory Maven was started in (the execution root), or in the module named by {@code module};
 * never in every module of a multi-module build. Never overwrites a model unless {@code threatmodel.force} is set.
 */
@Mojo(name = "init", threadSafe = true, aggregator = true)
public class InitMojo extends AbstractMojo {

    /** Replace an existing {@code threatmodel.yaml}. */
    @Parameter(property = "threatmodel.force", defaultValue = "false")
    boolean force;

    /**
     * The module of the build to write the starter into, by artifact id or by its directory relative to the
     * directory Maven was started in (such as {@code services/shop}). Not set: the directory Maven was started in.
     */
    @Parameter(property = "threatmodel.init.module")
    String module;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (project != null && session != null && !project.isExecutionRoot()) {
            // bound to a phase in a parent POM, an aggregator still runs in each module: act only at the top
            getLog().info("threatmodel:init writes one model per build, at the top of the build or in the module"
                    + " named by threatmodel.init.module; nothing to do in " + project.getArtifactId() + ".");
            return;
        }
        Path dir = targetDirectory();
        Path target = dir.resolve("threatmodel.yaml");
        if (!force) {
            for (String name : CheckMojo.DEFAULT_MODEL_FILES) {
                if (Files.exists(dir.resolve(name))) {
                    throw new MojoFailureException(dir.resolve(name) + " already exists; it is left as it is."
                            + " Run with -Dthreatmodel.force=true to replace threatmodel.yaml with the starter.");
                }
            }
        }
        try {
            Files.writeString(target, StarterModel.text(LocalDate.now(ZoneOffset.UTC)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote a starter threat model to " + target + ". It is a draft: the check fails until you"
                + " describe your own system in it and delete its draft line.");
    }

    /** The directory of the named module, else of the project Maven was started in. */
    private Path targetDirectory() throws MojoExecutionException {
        Path root = directoryOf(project);
        if (module == null || module.isBlank()) {
            return root;
        }
        String wanted = module.trim();
        List<MavenProject> projects = session == null || session.getProjects() == null ? List.of(project)
                : session.getProjects();
        TreeSet<String> known = new TreeSet<>();
        for (MavenProject p : projects) {
            Path dir = directoryOf(p);
            String relative = root.relativize(dir).toString().replace(File.separatorChar, '/');
            if (wanted.equals(p.getArtifactId()) || wanted.replaceAll("/+$", "").equals(relative)) {
                return dir;
            }
            known.add(p.getArtifactId());
        }
        throw new MojoExecutionException("threatmodel.init.module is \"" + wanted + "\", which is no module of"
                + " this build; use one of " + String.join(", ", known) + " (artifact id or directory).");
    }

    private static Path directoryOf(MavenProject p) {
        File basedir = p == null ? null : p.getBasedir();
        return (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath().normalize();
    }
}
