package dev.threatmodel.report;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.AssumptionType;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.Severity;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.Story;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleContext;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The model of {@code examples/blog/threatmodel.yaml}, built by hand (the native loader is written elsewhere), with
 * the entry lines of the file. {@link #blogWithFindings()} adds two hand-made findings and makes flow 2 unmitigated.
 */
final class BlogFixture {

    static final Path BASE = Path.of("/work/project").toAbsolutePath();
    static final Path FILE = BASE.resolve("examples/blog/threatmodel.yaml");

    private BlogFixture() {
    }

    static Origin at(int line, int column) {
        return Origin.of(new SourceLocation(FILE, line, column));
    }

    static TrustZone zone(String id, String name, Integer trust, String parent, int line) {
        return new TrustZone(id, name, trust, parent, null, null, List.of(), List.of(), at(line, 5));
    }

    static Element element(String id, String name, ElementType type, String zone, int line) {
        return new Element(id, name, type, null, zone, false, null, Set.of(), null, null, List.of(), at(line, 5));
    }

    static DataFlow flow(String id, int number, String name, String source, String target, String protocol,
                         int line) {
        return new DataFlow(id, name, number, source, target, List.of(name.toLowerCase()), protocol, true, true,
                false, List.of(), at(line, 5));
    }

    static Mitigation mitigation(String name, SecurityProperty control, SecurityDomain domain, String reference,
                                 int line) {
        return new Mitigation(null, name, control, domain, MitigationStatus.IMPLEMENTED, reference, List.of(),
                List.of(), at(line, 9));
    }

    static Threat threat(String id, String name, StrideCategory category, String target, Severity severity,
                         ThreatStatus status, Mitigation mitigation, int line) {
        return new Threat(id, name, category, null, target, null, severity, status,
                mitigation == null ? List.of() : List.of(mitigation), null, List.of(), at(line, 5));
    }

    static Assumption assumption(String id, String text, AssumptionType type, String owner,
                                 AssumptionStatus status, int line) {
        return new Assumption(id, null, text, type, owner, status, List.of(), at(line, 5));
    }

    static ThreatModel.Builder blogBuilder(boolean flow2Open) {
        ThreatModel.Builder b = ThreatModel.builder()
                .file(FILE)
                .name("Blog authentication and publishing")
                .owner("blog-platform-team")
                .scope("Author onboarding, credential handling and post publishing inside the blog's web server.")
                .reviewed(LocalDate.of(2026, 11, 2))
                .description("The web server is the only component reachable from the internet.");
        b.assumption(assumption("tls-everywhere", "Every request from the internet arrives over TLS 1.2 or later.",
                AssumptionType.INFRASTRUCTURE, "platform-team", AssumptionStatus.VALIDATED, 54));
        b.assumption(assumption("hashes-only", "The account database stores passphrases only as salted hashes.",
                AssumptionType.DATA_CLASSIFICATION, "blog-platform-team", AssumptionStatus.VALIDATED, 59));
        b.assumption(assumption("admin-mfa", "Only administrators, signed in with a second factor, can create authors.",
                AssumptionType.IDENTITY_AND_PERMISSIONS, "identity-team",
                flow2Open ? AssumptionStatus.UNVALIDATED : AssumptionStatus.VALIDATED, 64));
        b.assumption(assumption("csrf-tokens", "Every state-changing request carries an anti-forgery token.",
                AssumptionType.TRUST_BOUNDARY, "blog-platform-team", AssumptionStatus.VALIDATED, 69));
        b.assumption(assumption("internal-db", "The account database accepts connections only from the web server.",
                AssumptionType.INFRASTRUCTURE, "platform-team",
                flow2Open ? AssumptionStatus.REFUTED : AssumptionStatus.VALIDATED, 74));
        b.zone(zone("internet", "Internet", 0, null, 81));
        b.zone(zone("web-server", "Blog web server", 60, null, 85));
        b.zone(zone("account-db", "Account database segment", 90, "web-server", 89));
        b.element(element("admin", "Site administrator", ElementType.EXTERNAL_ENTITY, "internet", 96));
        b.element(element("author", "Blog author", ElementType.EXTERNAL_ENTITY, "internet", 100));
        b.element(element("reader", "Blog reader", ElementType.EXTERNAL_ENTITY, "internet", 104));
        b.element(element("create-author", "Create author account", ElementType.PROCESS, "web-server", 108));
        b.element(element("set-passphrase", "Set passphrase with reset token", ElementType.PROCESS, "web-server",
                112));
        b.element(element("edit-post", "Create or edit post", ElementType.PROCESS, "web-server", 116));
        b.element(element("render-post", "Render post as HTML", ElementType.PROCESS, "web-server", 120));
        b.element(element("accounts", "Author accounts and credentials", ElementType.DATA_STORE, "account-db", 124));
        b.element(element("post-store", "Posts", ElementType.DATA_STORE, "web-server", 128));
        b.flow(flow("f1", 1, "Author e-mail address", "admin", "create-author", "HTTPS", 134));
        b.flow(flow("f2", 2, "Reset token", "create-author", "author", "SMTP with STARTTLS", 143));
        b.flow(flow("f3", 3, "Reset token and new passphrase", "author", "set-passphrase", "HTTPS", 152));
        b.flow(flow("f4", 4, "Post content", "author", "edit-post", "HTTPS", 161));
        b.flow(flow("f5", 5, "Rendered post", "render-post", "reader", "HTTPS", 170));
        b.flow(flow("f6", 6, "New author account and reset token", "create-author", "accounts",
                "PostgreSQL over TLS", 179));
        b.flow(flow("f7", 7, "Passphrase hash", "set-passphrase", "accounts", "PostgreSQL over TLS", 188));
        b.flow(flow("f8", 8, "Saved post", "edit-post", "post-store", "file system", 197));
        b.flow(flow("f9", 9, "Stored post", "post-store", "render-post", "file system", 206));
        b.threat(threat("T1", "Author address altered on its way to the server", StrideCategory.TAMPERING, "f1",
                Severity.MEDIUM, ThreatStatus.MITIGATED, mitigation("TLS on every request; HSTS with preload",
                        SecurityProperty.INTEGRITY, SecurityDomain.CRYPTOGRAPHY, "deploy/nginx/tls.conf", 222), 216));
        b.threat(threat("T2", "Reset token read from the mail or guessed", StrideCategory.INFORMATION_DISCLOSURE,
                "f2", Severity.HIGH, flow2Open ? ThreatStatus.OPEN : ThreatStatus.MITIGATED,
                flow2Open ? null : mitigation("Tokens are 128 random bits, single use, expire after 30 minutes",
                        SecurityProperty.CONFIDENTIALITY, SecurityDomain.ACCESS_CONTROL,
                        "src/main/java/blog/auth/ResetTokens.java", 234), 228));
        b.threat(threat("T3", "Passphrase form flooded to guess tokens", StrideCategory.DENIAL_OF_SERVICE, "f3",
                Severity.MEDIUM, ThreatStatus.MITIGATED, mitigation("Rate limit of 5 attempts per token",
                        SecurityProperty.AVAILABILITY, SecurityDomain.NETWORK, "deploy/nginx/limits.conf", 246), 240));
        b.threat(threat("T4", "Post submitted by a forged cross-site request", StrideCategory.TAMPERING, "f4",
                Severity.HIGH, ThreatStatus.MITIGATED, mitigation("Anti-forgery token checked on every post submission",
                        SecurityProperty.INTEGRITY, SecurityDomain.SECURE_DEVELOPMENT,
                        "src/main/java/blog/web/CsrfFilter.java", 258), 252));
        b.threat(threat("T5", "Script in a post served to readers", StrideCategory.TAMPERING, "f5", Severity.HIGH,
                ThreatStatus.MITIGATED, mitigation("Markdown rendered through an allow-list sanitizer",
                        SecurityProperty.INTEGRITY, SecurityDomain.SECURE_DEVELOPMENT,
                        "src/main/java/blog/render/Sanitizer.java", 270), 264));
        b.threat(threat("T6", "Account data read on the database connection", StrideCategory.INFORMATION_DISCLOSURE,
                "f6", Severity.HIGH, ThreatStatus.MITIGATED, mitigation("Database connections use TLS",
                        SecurityProperty.CONFIDENTIALITY, SecurityDomain.CRYPTOGRAPHY, "deploy/db/pg_hba.conf", 282),
                276));
        b.threat(threat("T7", "Passphrase exposed on its way to the database", StrideCategory.INFORMATION_DISCLOSURE,
                "f7", Severity.CRITICAL, ThreatStatus.MITIGATED, mitigation("Passphrases are hashed with Argon2id",
                        SecurityProperty.CONFIDENTIALITY, SecurityDomain.CRYPTOGRAPHY,
                        "src/main/java/blog/auth/Passphrases.java", 294), 288));
        b.threat(threat("T8", "Someone poses as the administrator", StrideCategory.SPOOFING, "admin",
                Severity.CRITICAL, ThreatStatus.MITIGATED, mitigation("Administrator sign-in requires a security key",
                        SecurityProperty.AUTHENTICATION, SecurityDomain.ACCESS_CONTROL, "IDP-142", 306), 300));
        b.threat(threat("T9", "An author creates other authors", StrideCategory.ELEVATION_OF_PRIVILEGE,
                "create-author", Severity.HIGH, ThreatStatus.MITIGATED, mitigation(
                        "The create-author endpoint checks the administrator role on every call",
                        SecurityProperty.AUTHORIZATION, SecurityDomain.ACCESS_CONTROL,
                        "src/main/java/blog/admin/CreateAuthorController.java", 318), 312));
        b.threat(new Threat("T10", "An author denies having published a post", StrideCategory.REPUDIATION,
                null, "post-store", null, Severity.LOW, ThreatStatus.ACCEPTED, List.of(),
                new Acceptance("Posts are public and carry their author's name.", "Head of engineering",
                        LocalDate.of(2027, 9, 30), at(332, 7)), List.of(), at(324, 5)));
        b.story(new Story("S1", "Account take-over through the reset flow", StoryKind.ABUSE,
                "An attacker requests resets and tries tokens until one works.", List.of("f2", "f3", "f7"),
                List.of(), List.of("T2", "T3", "T7"), List.of(), at(338, 5)));
        b.story(new Story("S4", "Administrator leaves a session open", StoryKind.NEGLIGENCE,
                "An administrator walks away from an unlocked laptop.", List.of(), List.of("admin"),
                List.of("T8", "T9"), List.of(), at(360, 5)));
        return b;
    }

    /** The example as written: every threat handled, no findings. */
    static ReportInput blog() {
        ThreatModel model = blogBuilder(false).build();
        return new ReportInput(model, BoundaryAnalysis.of(model), List.of(), List.of(), BASE, "0.1.0");
    }

    /** The example with threat T2 on flow 2 left open, an error finding on it and a suppressed note on T10. */
    static ReportInput blogWithFindings() {
        ThreatModel model = blogBuilder(true).build();
        List<Finding> findings = new ArrayList<>();
        findings.add(new Finding("TM101", Level.ERROR,
                "Flow f2 \"Reset token\" crosses from Blog web server into Internet and its threat T2 is open",
                new SourceLocation(FILE, 228, 5), List.of(), 80, "TM101/T2", null));
        findings.add(new Finding("TM204", Level.WARNING,
                "Assumption internal-db is refuted but mitigations rely on it",
                new SourceLocation(FILE, 74, 5), List.of(), 40, "TM204/internal-db", null));
        findings.add(new Finding("TM301", Level.NOTE, "Accepted threat T10 has no review date",
                new SourceLocation(FILE, 332, 7), List.of(), 10, "TM301/T10",
                new dev.threatmodel.model.Suppression("TM301", "reviewed yearly with the blog roadmap",
                        at(335, 9))));
        findings.sort(Finding.ORDER);
        return new ReportInput(model, BoundaryAnalysis.of(model), List.of(rule("TM101", "CrossingFlowMitigated")),
                findings, BASE, "0.1.0");
    }

    static Rule rule(String id, String name) {
        return new Rule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public Level defaultLevel() {
                return Level.ERROR;
            }

            @Override
            public double securitySeverity() {
                return 8.0;
            }

            @Override
            public String description() {
                return "test rule";
            }

            @Override
            public String help() {
                return "test rule";
            }

            @Override
            public Set<ModelPart> appliesTo() {
                return Set.of();
            }

            @Override
            public void check(RuleContext context) {
            }
        };
    }
}
