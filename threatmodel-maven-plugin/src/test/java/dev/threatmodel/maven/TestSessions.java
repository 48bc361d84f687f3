package dev.threatmodel.maven;

import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystemSession;

/** Real Maven sessions for Mojo tests: a reactor of projects and the user properties given with -D. */
final class TestSessions {

    private TestSessions() {
    }

    @SuppressWarnings("deprecation")
    static MavenSession of(List<MavenProject> reactor, Properties userProperties) {
        DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setUserProperties(userProperties);
        MavenSession session = new MavenSession(null, (RepositorySystemSession) null, request,
                new DefaultMavenExecutionResult());
        session.setProjects(reactor);
        return session;
    }
}
