package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

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
 * Where no browser is installed, the browser test must show up as skipped tests with the reason, not as a class
 * that ran nothing ("Tests run: 0"), which reads like a pass.
 */
class HtmlReportBrowserSkipTest {

    @Test
    void withoutABrowserEveryTestIsReportedSkippedWithTheReason() {
        List<String> skipped = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        String before = System.getProperty(HtmlReportBrowserTest.CHROMIUM_PROPERTY);
        System.setProperty(HtmlReportBrowserTest.CHROMIUM_PROPERTY, "/nonexistent/chromium");
        try {
            LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectClass(HtmlReportBrowserTest.class)).build();
            Launcher launcher = LauncherFactory.create();
            launcher.execute(request, new TestExecutionListener() {
                @Override
                public void executionSkipped(TestIdentifier id, String reason) {
                    skipped.add(id.getDisplayName() + ": " + reason);
                }

                @Override
                public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                    if (id.isTest()) {
                        ran.add(id.getDisplayName() + ": " + result.getStatus()
                                + result.getThrowable().map(t -> " " + t.getMessage()).orElse(""));
                    }
                }
            });
        } finally {
            if (before == null) {
                System.clearProperty(HtmlReportBrowserTest.CHROMIUM_PROPERTY);
            } else {
                System.setProperty(HtmlReportBrowserTest.CHROMIUM_PROPERTY, before);
            }
        }
        // each test starts, meets the assumption and is aborted: Surefire counts it as skipped, with the reason
        assertThat(skipped.size() + ran.size()).isGreaterThan(0);
        assertThat(ran).isNotEmpty().allSatisfy(r -> assertThat(r)
                .endsWith(": ABORTED Assumption failed: " + HtmlReportBrowserTest.MISSING));
    }
}
