package dev.threatmodel.maven;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.project.MavenProject;

/**
 * The SARIF categories the modules of one build have written so far. GitHub refuses an upload that holds two runs of
 * the same tool and category, so a second module claiming a category fails the build before it writes its report.
 * Kept per build (the execution request, which the per-module copies of the session in a parallel build share).
 */
final class ReactorCategories {

    private static final Map<MavenExecutionRequest, Map<String, String>> CLAIMS =
            Collections.synchronizedMap(new WeakHashMap<>());

    private ReactorCategories() {
    }

    /** Records that {@code project} writes SARIF under {@code category}; fails if another module already does. */
    static void claim(MavenSession session, MavenProject project, String category) throws MojoExecutionException {
        MavenExecutionRequest build = session == null ? null : session.getRequest();
        if (build == null || project == null) {
            return;
        }
        String module = project.getGroupId() + ":" + project.getArtifactId();
        Map<String, String> claims = CLAIMS.computeIfAbsent(build, b -> new ConcurrentHashMap<>());
        String earlier = claims.putIfAbsent(category, module);
        if (earlier != null && !earlier.equals(module)) {
            throw new MojoExecutionException("Modules " + artifactId(earlier) + " and " + project.getArtifactId()
                    + " would both write SARIF under the code-scanning category \"" + category + "\", and GitHub"
                    + " refuses an upload with two runs of one category. Name the module in threatmodel.sarifCategory"
                    + " (-Dthreatmodel.sarifCategory=threatmodel/@{artifactId}) or set sarifCategory in each module.");
        }
    }

    private static String artifactId(String module) {
        return module.substring(module.indexOf(':') + 1);
    }
}
