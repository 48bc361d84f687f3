package dev.threatmodel.maven;

import dev.threatmodel.check.FailOnSeverity;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Shows what a change did to the threat model, for the review of a pull request: compares the model with the one at
 * {@code baseline} (a git revision such as {@code origin/main}) and writes {@code threatmodel-diff.md} (flows that
 * now cross a boundary, threats added, closed or reopened, mitigations no longer implemented, assumptions refuted,
 * acceptances added or expiring, trust levels changed, new elements and flows with no threat, the verdict change),
 * and prints the same as a summary. Never fails the build on findings ({@code check} does); a model or baseline that
 * cannot be read does fail it.
 */
@Mojo(name = "diff", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class DiffMojo extends AbstractThreatModelMojo {

    /** The reports to write in {@code outputDirectory}: {@code diff} (the default), and any other format. */
    @Parameter(property = "threatmodel.diff.formats", defaultValue = "diff")
    List<String> formats;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (!skip && (baseline == null || baseline.isBlank())) {
            throw new MojoExecutionException("threatmodel:diff compares with a baseline: set threatmodel.baseline to"
                    + " a git revision, e.g. -Dthreatmodel.baseline=origin/main");
        }
        check(parseFormats(formats, "threatmodel.diff.formats"), outputDirectory());
    }

    @Override
    FailOnSeverity failsBuildAt() {
        // this goal never fails the build on findings
        return FailOnSeverity.NONE;
    }

    @Override
    String goalName() {
        return "diff";
    }
}
