package dev.threatmodel.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ThreatModel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

public class ModelDiffTest {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path tmp;

    public static String blog() throws Exception {
        return Files.readString(Path.of("../examples/blog/threatmodel.yaml"), StandardCharsets.UTF_8);
    }

    /** Replaces text that must be there. */
    public static String edit(String model, String from, String to) {
        assertThat(model).contains(from);
        return model.replace(from, to);
    }

    /** Base: the blog with T3 open and an extra threat T12 on the reader. */
    public static String base() throws Exception {
        String m = edit(blog(), "    severity: medium\n    status: mitigated\n    mitigations:\n      - name: Rate limit",
                "    severity: medium\n    status: open\n    mitigations:\n      - name: Rate limit");
        return edit(m, "\nstories:\n", "  - id: T12\n    name: Reader floods the server\n    category: denial-of-service\n"
                + "    target: render-post\n    status: open\n\nstories:\n");
    }

    /** Head: every kind of change a reviewer looks for. */
    public static String head() throws Exception {
        String m = base();
        m = edit(m, "    status: open\n    mitigations:\n      - name: Rate limit",
                "    status: mitigated\n    mitigations:\n      - name: Rate limit");                 // T3 closed
        m = edit(m, "  - id: T12\n    name: Reader floods the server\n    category: denial-of-service\n"
                + "    target: render-post\n    status: open\n", "");                                     // T12 removed
        m = edit(m, "        status: implemented\n        reference: deploy/nginx/tls.conf",
                "        status: planned\n        reference: deploy/nginx/tls.conf");                  // T1 downgraded
        m = edit(m, "    mitigations:\n      - name: Markdown rendered through an allow-list sanitizer;"
                + " Content-Security-Policy forbids inline script\n        control: integrity\n"
                + "        domain: secure-development\n        status: implemented\n"
                + "        reference: src/main/java/blog/render/Sanitizer.java\n", "");               // T5 reopened
        m = edit(m, "type: trust-boundary\n    owner: blog-platform-team\n    status: validated",
                "type: trust-boundary\n    owner: blog-platform-team\n    status: refuted");          // csrf refuted
        m = edit(m, "    name: Blog web server\n    trustLevel: 60", "    name: Blog web server\n    trustLevel: 40");
        m = edit(m, "  - id: post-store\n    name: Posts\n    type: store\n    zone: web-server",
                "  - id: post-store\n    name: Posts\n    type: store\n    zone: account-db\n"
                + "  - id: cache\n    name: Page cache\n    type: process\n    zone: web-server");      // f8, f9 cross
        m = edit(m, "\nthreats:\n", "\n  - id: f10\n    name: Page request\n    source: reader\n"
                + "    target: render-post\n    data: [address]\n    protocol: HTTPS\n"
                + "  - id: f13\n    name: Cached page\n    source: render-post\n    target: cache\n"
                + "    data: [page]\n    protocol: memory\n\nthreats:\n");
        m = edit(m, "\nstories:\n", "  - id: T11\n    name: Page requests flood the renderer\n"
                + "    category: denial-of-service\n    target: f10\n    severity: low\n    status: accepted\n"
                + "    acceptance:\n      justification: The CDN absorbs floods.\n      acceptedBy: Head of ops\n"
                + "      expires: 2026-12-03\n\nstories:\n");
        return m;
    }

    private ThreatModel load(String name, String text) throws Exception {
        Path file = tmp.resolve(name + "/threatmodel.yaml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return new ModelLoader().load(file);
    }

    private ModelDiff diff(String base, String head) throws Exception {
        ThreatModel b = load("base", base);
        ThreatModel h = load("head", head);
        return ModelDiff.of(b, BoundaryAnalysis.of(b), h, BoundaryAnalysis.of(h), TODAY);
    }

    private static List<String> texts(ModelDiff diff, ChangeKind kind) {
        return diff.of(kind).stream().map(ModelChange::text).toList();
    }

    @Test
    void listsEveryKindOfChangeInTheReviewersTerms() throws Exception {
        ModelDiff diff = diff(base(), head());

        assertThat(diff.changes()).extracting(ModelChange::kind).contains(ChangeKind.values());
        assertThat(texts(diff, ChangeKind.FLOW_NOW_CROSSES)).containsExactlyInAnyOrder(
                "new flow f10 \"Page request\" (reader \u2192 render-post) now crosses internet \"Internet\","
                        + " web-server \"Blog web server\" (into a more trusted zone)",
                "flow f8 \"Saved post\" (edit-post \u2192 post-store) now crosses account-db"
                        + " \"Account database segment\" (into a more trusted zone)",
                "flow f9 \"Stored post\" (post-store \u2192 render-post) now crosses account-db"
                        + " \"Account database segment\" (into a less trusted zone)");
        assertThat(texts(diff, ChangeKind.THREAT_ADDED)).singleElement().asString().startsWith("threat T11 ")
                .contains("on flow f10");
        assertThat(texts(diff, ChangeKind.THREAT_CLOSED)).singleElement().asString().startsWith("threat T3 ")
                .endsWith("is now mitigated");
        assertThat(texts(diff, ChangeKind.THREAT_REMOVED)).singleElement().asString().startsWith("threat T12 ")
                .contains("no longer in the model");
        assertThat(diff.of(ChangeKind.THREAT_REOPENED)).extracting(ModelChange::subject)
                .containsExactly("T1", "T4", "T5");
        assertThat(texts(diff, ChangeKind.THREAT_REOPENED)).anyMatch(t -> t.startsWith("threat T4 ")
                && t.contains("refuted assumption csrf-tokens"));
        assertThat(texts(diff, ChangeKind.MITIGATION_DOWNGRADED)).containsExactly(
                "mitigation T1.m1 \"TLS on every request; HSTS with preload\" of threat T1 \"Author address altered on its"
                        + " way to the server\": implemented \u2192 planned",
                "mitigation T5.m1 \"Markdown rendered through an allow-list sanitizer; Content-Security-Policy forbids"
                        + " inline script\" of threat T5 \"Script in a post served to readers\" was implemented and"
                        + " is no longer listed");
        assertThat(texts(diff, ChangeKind.ASSUMPTION_REFUTED)).containsExactly(
                "assumption csrf-tokens: validated \u2192 refuted");
        assertThat(texts(diff, ChangeKind.ACCEPTANCE_ADDED)).singleElement().asString()
                .contains("T11").contains("by Head of ops until 2026-12-03");
        assertThat(texts(diff, ChangeKind.ACCEPTANCE_EXPIRING)).singleElement().asString()
                .contains("T11").endsWith("expires on 2026-12-03 (in 10 days)");
        assertThat(texts(diff, ChangeKind.ZONE_TRUST_CHANGED)).containsExactly(
                "zone web-server \"Blog web server\": trust level 60 \u2192 40");
        assertThat(texts(diff, ChangeKind.ELEMENT_WITHOUT_THREAT)).containsExactly(
                "new process cache \"Page cache\" has no threat aimed at it");
        assertThat(texts(diff, ChangeKind.FLOW_WITHOUT_THREAT)).containsExactly(
                "new flow f13 \"Cached page\" (render-post \u2192 cache) has no threat aimed at it");
    }

    @Test
    void theSameModelHasNoChangeAndTheDiffGoesBothWays() throws Exception {
        assertThat(diff(blog(), blog()).isEmpty()).isTrue();
        ModelDiff back = diff(head(), base());
        assertThat(texts(back, ChangeKind.THREAT_REMOVED)).singleElement().asString().startsWith("threat T11 ");
        assertThat(texts(back, ChangeKind.THREAT_ADDED)).singleElement().asString().startsWith("threat T12 ");
        assertThat(back.of(ChangeKind.MITIGATION_DOWNGRADED)).isEmpty();
    }

    @Test
    void changesAreListedInAFixedOrder() throws Exception {
        List<ModelChange> changes = diff(base(), head()).changes();
        assertThat(changes).isSortedAccordingTo(ModelChange.ORDER);
        assertThat(diff(base(), head()).changes()).isEqualTo(changes);
    }
}
