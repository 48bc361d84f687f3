package dev.threatmodel.maven;

import dev.threatmodel.check.ConsoleReport;
import dev.threatmodel.text.ShownPath;
import dev.threatmodel.imports.NativeModelWriter;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.report.AtomicFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Converts a file of another tool (OWASP Threat Dragon, Open Threat Model, Microsoft Threat Modeling Tool, AWS Threat
 * Composer, Threagile) into the native {@code threatmodel.yaml}. What
 * the source format cannot say is listed in comments at the top of the written file. Never overwrites a file unless
 * {@code threatmodel.force} is set.
 */
@Mojo(name = "convert", threadSafe = true, requiresProject = false)
public class ConvertMojo extends AbstractMojo {

    /** The file of another tool to convert. */
    @Parameter(property = "threatmodel.convert.from", required = true)
    File from;

    /** The native model to write. */
    @Parameter(property = "threatmodel.convert.to", defaultValue = "${project.basedir}/threatmodel.yaml")
    File to;

    /** Replace the target file when it exists. */
    @Parameter(property = "threatmodel.force", defaultValue = "false")
    boolean force;

    @Parameter(defaultValue = "${project}", readonly = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path dir = (project != null && project.getBasedir() != null ? project.getBasedir().toPath() : Path.of(""))
                .toAbsolutePath().normalize();
        if (from == null) {
            throw new MojoExecutionException("Set the file to convert with -Dthreatmodel.convert.from=<file>.");
        }
        Path source = dir.resolve(from.toPath()).normalize();
        Path target = dir.resolve(to != null ? to.toPath() : Path.of("threatmodel.yaml")).normalize();
        String problem = dev.threatmodel.load.ReadableFile.problem(source);
        if (problem != null) {
            throw new MojoFailureException("The file to convert, " + ShownPath.of(source, dir)
                    + " (threatmodel.convert.from), " + problem + ".");
        }
        if (Files.exists(target) && !force) {
            throw new MojoFailureException(ShownPath.of(target, dir) + " already exists; it is left as it is."
                    + " Run with -Dthreatmodel.force=true to replace it, or choose another -Dthreatmodel.convert.to.");
        }
        ThreatModel model;
        try {
            model = new ModelLoader().load(source);
        } catch (ModelLoadException e) {
            List<String> lines = ConsoleReport.loadProblems(e, dir);
            lines.forEach(getLog()::error);
            throw new MojoFailureException(ShownPath.of(source, dir) + " cannot be read: " + lines.size()
                    + " problem" + (lines.size() == 1 ? "" : "s") + ", each logged above as an error line.");
        }
        if (model.format().isNative()) {
            throw new MojoFailureException(ShownPath.of(source, dir) + " is already a native threat model ("
                    + model.format().title() + "); convert reads files of other tools (Threat Dragon, OTM, Threat"
                    + " Modeling Tool, Threat Composer, Threagile).");
        }
        String yaml = NativeModelWriter.write(model, ShownPath.of(source, dir));
        try {
            AtomicFiles.write(target, yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write " + target + ": " + e.getMessage(), e);
        }
        getLog().info("Converted the " + model.format().title() + " file " + ShownPath.of(source, dir) + " to "
                + ShownPath.of(target, dir) + ". The comments at its top list what to add by hand.");
    }
}
