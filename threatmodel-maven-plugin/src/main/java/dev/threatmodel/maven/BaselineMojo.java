package dev.threatmodel.maven;

import dev.threatmodel.check.FailOnSeverity;
import dev.threatmodel.baseline.BaselineEntry;
import dev.threatmodel.baseline.BaselineFile;
import dev.threatmodel.check.BaselineException;
import dev.threatmodel.check.BaselineRecorder;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.text.ShownPath;
import dev.threatmodel.text.VisibleText;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Records today's findings in a baseline file ({@code threatmodel-baseline.yaml}), for teams that adopt the check on
 * an existing model and prefer a committed file to a git revision: commit it, then run {@code check} with
 * {@code -Dthreatmodel.baseline=threatmodel-baseline.yaml -Dthreatmodel.failOn=new}. Entries are sorted; one that
 * the file already held keeps the day it was recorded; entries that no longer match any finding are dropped and
 * listed, so the file shrinks as findings are fixed. Never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class BaselineMojo extends AbstractThreatModelMojo {

    /** The baseline file to write. */
    @Parameter(property = "threatmodel.baselineFile", defaultValue = "${project.basedir}/" + BaselineFile.DEFAULT_NAME)
    File baselineFile;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckResult result = check(Set.of(), outputDirectory());
        if (result == null) {
            return;
        }
        Path top = result.request().topDirectory();
        Path file = (baselineFile != null ? baselineFile.toPath()
                : projectDirectory().resolve(BaselineFile.DEFAULT_NAME)).toAbsolutePath().normalize();
        BaselineFile.Update update;
        try {
            update = BaselineRecorder.record(result, file);
        } catch (BaselineException e) {
            throw new MojoExecutionException("Threat model baseline: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Threat model baseline " + ShownPath.of(file, top)
                    + " cannot be written: " + e.getMessage(), e);
        }
        for (BaselineEntry e : update.dropped()) {
            getLog().info("Dropped from the baseline, it matches no finding any more: " + VisibleText.of(e.identity())
                    + " " + VisibleText.of(e.message()));
        }
        getLog().info("Threat model baseline " + ShownPath.of(file, top) + ": " + update.baseline().entries().size()
                + " findings (" + update.added().size() + " added, " + update.dropped().size() + " dropped).");
    }

    @Override
    boolean comparesWithBaseline() {
        return false;
    }

    @Override
    FailOnSeverity failsBuildAt() {
        // this goal never fails the build on findings
        return FailOnSeverity.NONE;
    }

    @Override
    String goalName() {
        return "baseline";
    }
}
