package dev.threatmodel.maven;

import dev.threatmodel.check.StarterModel;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes a commented starter model, {@code threatmodel.yaml}, into the project directory: a small but complete
 * example of every part of the format, for the team to replace with its own system. Never overwrites a model unless
 * {@code threatmodel.force} is set.
 */
@Mojo(name = "init", threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** Replace an existing {@code threatmodel.yaml}. */
    @Parameter(property = "threatmodel.force", defaultValue = "false")
    boolean force;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        File basedir = project == null ? null : project.getBasedir();
        Path dir = (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath().normalize();
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
        getLog().info("Wrote a starter threat model to " + target
                + ". Describe your own system in it; mvn verify checks it.");
    }
}
