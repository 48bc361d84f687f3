package dev.threatmodel.maven;

import dev.threatmodel.baseline.FailOn;
import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.ConsoleReport;
import dev.threatmodel.check.FailOnSeverity;
import dev.threatmodel.text.ShownPath;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Checks the project's threat model: loads it, runs the rules, logs one line per finding and writes the reports
 * (SARIF by default). Fails the build on findings at or above {@code failOnSeverity} (with a {@code baseline} and
 * {@code failOn=new}, on new ones only), and on a model that cannot be loaded.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public class CheckMojo extends AbstractThreatModelMojo {

    /**
     * The reports to write, in {@code outputDirectory}: {@code sarif} ({@code threatmodel.sarif}), {@code markdown}
     * ({@code threatmodel.md}), {@code html} ({@code threatmodel.html}), {@code dot} ({@code threatmodel.dot}),
     * {@code diff} ({@code threatmodel-diff.md}: what changed against {@code baseline}, which it needs), or
     * {@code none}.
     */
    @Parameter(property = "threatmodel.formats", defaultValue = "sarif")
    List<String> formats;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        FailOnSeverity threshold = skip ? FailOnSeverity.NONE : threshold();
        CheckResult result = check(parseFormats(formats, "threatmodel.formats"), outputDirectory());
        if (result != null && threshold.fails(result)) {
            String model = ShownPath.of(result.request().modelFile(), result.request().topDirectory());
            boolean onlyNew = result.baseline() != null && result.baseline().comparison().failOn() == FailOn.NEW;
            long failing = ConsoleReport.failing(result, threshold);
            throw new MojoFailureException("The threat model " + model + " has " + (onlyNew ? "new " : "")
                    + "findings at " + threshold.keyword() + " level or above: " + ConsoleReport.summary(result)
                    + " The " + failing + (failing == 1 ? " finding that fails the build is logged above as an error"
                    + " line." : " findings that fail the build are logged above as error lines."));
        }
    }

    @Override
    FailOnSeverity failsBuildAt() throws MojoExecutionException {
        return threshold();
    }

    @Override
    String goalName() {
        return "check";
    }
}
