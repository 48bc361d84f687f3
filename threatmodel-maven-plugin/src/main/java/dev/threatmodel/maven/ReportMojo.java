package dev.threatmodel.maven;

import dev.threatmodel.check.CheckResult;
import dev.threatmodel.check.FailOnSeverity;
import dev.threatmodel.report.ReportFormat;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * Writes readable reports of the project's threat model (Markdown and HTML by default) without judging the build:
 * findings are listed in the log and the reports, never fail the build. A model that cannot be loaded does fail it,
 * with the same file, line and column messages as {@code check}, since there is nothing to report on.
 *
 * <p>Listed in the POM's reporting section, the same goal adds a "Threat model" page to the site built by
 * {@code mvn site}: the HTML report, written as {@code threatmodel.html} in the site directory.
 */
@Mojo(name = "report", threadSafe = true, requiresDependencyResolution = ResolutionScope.NONE)
public class ReportMojo extends AbstractThreatModelMojo implements MavenReport {

    /** The name of the site page, without {@code .html}: the HTML report's own file name. */
    static final String SITE_PAGE = ReportFormat.HTML.fileName().replaceFirst("\\.html$", "");

    /**
     * The reports to write in {@code outputDirectory}: {@code markdown}, {@code html}, {@code dot}, {@code sarif}, or
     * {@code none}. In the site, the HTML report is written whatever this says.
     */
    @Parameter(property = "threatmodel.report.formats", defaultValue = "markdown,html")
    List<String> formats;

    /** Where the site is written; set by the site plugin. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File reportOutputDirectory;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckResult result = check(parseFormats(formats, "threatmodel.report.formats"), outputDirectory());
        if (result != null && threshold().fails(result)) {
            getLog().info("The threat model has findings at " + threshold().keyword() + " level or above;"
                    + " threatmodel:report does not fail the build on findings (threatmodel:check does).");
        }
    }

    @Override
    String goalName() {
        return "report";
    }

    /** The report goal never fails on findings: they are logged at their own level. */
    @Override
    FailOnSeverity failsBuildAt() {
        return FailOnSeverity.NONE;
    }

    // The site plugin's side: an "external" report that writes its own page rather than drawing on a Doxia sink.

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        Path site = getReportOutputDirectory().toPath().toAbsolutePath().normalize();
        try {
            check(EnumSet.of(ReportFormat.HTML), site);
        } catch (MojoExecutionException | MojoFailureException e) {
            throw new MavenReportException(e.getMessage(), e);
        }
    }

    /**
     * The entry point of maven-site-plugin before 3.20 (Doxia 1, maven-reporting-api 3; 3.12.1 is Maven 3.9's
     * default): the page is written the same way, since this report does not draw on the site's sink.
     */
    public void generate(org.codehaus.doxia.sink.Sink sink, Locale locale) throws MavenReportException {
        generate((Sink) null, locale);
    }

    @Override
    public String getOutputName() {
        return SITE_PAGE;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Threat model";
    }

    @Override
    public String getDescription(Locale locale) {
        return "The threat model's data-flow diagram, boundary-crossing flows, threats and the findings of its check.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory
                : projectDirectory().resolve("target/site").toFile();
    }

    /** The page is written by {@link #generate} itself, not through the site's sink. */
    @Override
    public boolean isExternalReport() {
        return true;
    }

    /** A site page only when there is a model: an explicit {@code modelFile} or one of the default files. */
    @Override
    public boolean canGenerateReport() {
        if (skip) {
            return false;
        }
        if (modelFile != null) {
            return true;
        }
        Path dir = projectDirectory();
        // as the check does: whatever is there under a default name is checked (and refused if it cannot be read)
        return DEFAULT_MODEL_FILES.stream().anyMatch(name ->
                Files.exists(dir.resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }
}
