package dev.threatmodel.maven;

import dev.threatmodel.check.AggregateCheck;
import dev.threatmodel.check.CheckConfigurationException;
import dev.threatmodel.check.FailOnSeverity;
import dev.threatmodel.text.ShownPath;
import dev.threatmodel.check.AggregateReport;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes one report for the whole build, run once from its top: every module's model, its verdict and its findings,
 * as {@code threatmodel-aggregate.md} and {@code threatmodel-aggregate.html} in {@code outputDirectory} of the
 * project Maven is started in. Each module's model is its default model file ({@code threatmodel.yaml}, {@code .yml}
 * or {@code .json} in its directory); modules without one are left out. The rules, levels and {@code failOnSeverity}
 * are this goal's configuration. Like {@code report}, it never fails the build on findings: a model that cannot be
 * loaded is shown as such, with its problems.
 */
@Mojo(name = "aggregate", aggregator = true, threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class AggregateMojo extends AbstractThreatModelMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Threat model aggregate skipped (threatmodel.skip).");
            return;
        }
        Path root = projectDirectory();
        Path top = BuildPaths.topDirectory(session, root);
        List<MavenProject> projects = session == null || session.getProjects() == null || session.getProjects().isEmpty()
                ? List.of(project) : session.getProjects();
        List<AggregateCheck.Module> modules = new ArrayList<>();
        for (MavenProject p : projects) {
            Path dir = directoryOf(p);
            for (String name : DEFAULT_MODEL_FILES) {
                Path model = dir.resolve(name);
                if (Files.isRegularFile(model)) {
                    modules.add(new AggregateCheck.Module(p.getArtifactId(), request(model, dir, top, Set.of(), null)));
                    break;
                }
            }
        }
        List<AggregateCheck.Entry> entries;
        Path output = outputDirectory();
        try {
            entries = AggregateCheck.run(modules);
            AggregateReport.write(entries, top, output);
        } catch (CheckConfigurationException e) {
            throw new MojoExecutionException("Threat model check is misconfigured: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Threat model aggregate report cannot be written: " + e.getMessage(), e);
        }
        for (AggregateCheck.Entry e : entries) {
            String line = "Threat model of " + e.module() + " (" + ShownPath.of(e.modelFile(), top) + "): "
                    + AggregateReport.verdict(e);
            if (e.fails()) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        getLog().info("Threat model aggregate report of " + entries.size() + " module" + (entries.size() == 1 ? "" : "s")
                + ": " + ShownPath.of(output.resolve(AggregateReport.HTML), top) + ", "
                + ShownPath.of(output.resolve(AggregateReport.MARKDOWN), top));
    }

    private static Path directoryOf(MavenProject p) {
        File basedir = p == null ? null : p.getBasedir();
        return (basedir != null ? basedir.toPath() : Path.of("")).toAbsolutePath().normalize();
    }

    @Override
    String goalName() {
        return "aggregate";
    }

    /** Never fails the build on findings. */
    @Override
    FailOnSeverity failsBuildAt() {
        return FailOnSeverity.NONE;
    }
}
