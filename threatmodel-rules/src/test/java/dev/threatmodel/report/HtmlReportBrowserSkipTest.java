package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * A test whose tool (the browser, Graphviz) is missing must show up as a skipped test with the reason and how to
 * install the tool, not as a class that ran nothing ("Tests run: 0"), which reads like a pass; in CI (CI=true) it must
 * fail instead, so that the only checks of the report's script cannot vanish from a green build. Runs a test that asks
 * {@link ExternalTools} for a program that is nowhere, the way the browser and Graphviz tests ask for theirs.
 */
class HtmlReportBrowserSkipTest {

    /** Run only through the launcher below (a nested class is not picked up by Surefire on its own). */
    static class NeedsAMissingTool {
        @Test
        void usesTheTool() {
            ExternalTools.require("Chromium", "install the Debian packages chromium and chromium-driver",
                    Path.of("/nonexistent/chromium"));
        }
    }

    @Test
    void aMissingToolIsASkippedTestWithTheReasonOutsideCiAndAFailureInCi() {
        List<String> results = new ArrayList<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(NeedsAMissingTool.class)).build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest()) {
                    results.add(result.getStatus() + " " + result.getThrowable().map(Throwable::getMessage).orElse(""));
                }
            }
        });
        String expected = ExternalTools.inCi() ? "FAILED Chromium is not installed (looked for /nonexistent/chromium)"
                : "ABORTED Chromium is not installed (looked for /nonexistent/chromium)";
        assertThat(results).singleElement().asString().startsWith(expected)
                .contains("install the Debian packages chromium and chromium-driver");
    }
}
