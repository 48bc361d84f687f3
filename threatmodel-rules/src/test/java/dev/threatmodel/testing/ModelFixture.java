package dev.threatmodel.testing;

import dev.threatmodel.model.Acceptance;
import dev.threatmodel.model.AgentAccess;
import dev.threatmodel.model.AiService;
import dev.threatmodel.model.Asset;
import dev.threatmodel.model.Assumption;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.AssumptionType;
import dev.threatmodel.model.DataClassification;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Hosting;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityObjective;
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
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds test models in a few readable lines. Every item it makes is added to the model and gets an origin of its own:
 * the entry starts on a fresh line at column 3 and each of its fields on the following lines at column 5, so a test
 * can tell a finding on {@code origin().of("status")} from one on the entry or on another field.
 */
public final class ModelFixture {

    public static final Path FILE = Path.of("threatmodel.yaml");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    public static final RuleOptions OPTIONS = new RuleOptions(TODAY, RuleOptions.DEFAULT_MAX_REVIEW_AGE_DAYS);

    private final ThreatModel.Builder model = ThreatModel.builder().file(FILE).name("Fixture").owner("team")
            .reviewed(TODAY.minusDays(10));
    private int line = 1;

    public ModelFixture() {
        model.origin(origin("name", "owner", "reviewed"));
    }

    /**
     * A small model that every built-in rule accepts: a user on the internet (trust 0) calls an API in the
     * application zone (60), which writes to a store in a nested database zone (90) and answers the user.
     */
    public static ModelFixture compliant() {
        ModelFixture m = new ModelFixture();
        m.assumption("tls", AssumptionStatus.VALIDATED);
        m.assumption("db-private", AssumptionStatus.VALIDATED);
        m.zone("internet", 0, null, "tls");
        m.zone("app", 60, null, "tls");
        m.zone("db", 90, "app", "db-private");
        m.asset("accounts");
        m.objective("keep-accounts", "accounts", "tls");
        m.entity("user", "internet");
        m.process("api", "app");
        m.store("account-store", "db");
        m.flow("f1", 1, "user", "api");
        m.flow("f2", 2, "api", "account-store");
        m.flow("f3", 3, "api", "user");
        m.threat("T1", StrideCategory.TAMPERING, "f1", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.INTEGRITY, SecurityDomain.CRYPTOGRAPHY, MitigationStatus.IMPLEMENTED,
                        "tls"));
        m.threat("T2", StrideCategory.INFORMATION_DISCLOSURE, "f2", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.CONFIDENTIALITY, SecurityDomain.ACCESS_CONTROL,
                        MitigationStatus.IMPLEMENTED, "db-private"));
        m.threat("T3", StrideCategory.INFORMATION_DISCLOSURE, "f3", ThreatStatus.MITIGATED,
                m.mitigation(SecurityProperty.CONFIDENTIALITY, SecurityDomain.CRYPTOGRAPHY,
                        MitigationStatus.IMPLEMENTED));
        m.story("S1", StoryKind.ABUSE, "f1", "f2");
        return m;
    }

    /** A fresh origin: the entry on the next free line, then one line per named field. */
    public Origin origin(String... fields) {
        SourceLocation at = new SourceLocation(FILE, line++, 3);
        Map<String, SourceLocation> map = new LinkedHashMap<>();
        for (String f : fields) {
            map.put(f, new SourceLocation(FILE, line++, 5));
        }
        return new Origin(at, map);
    }

    public ModelFixture reviewed(LocalDate date) {
        model.reviewed(date);
        return this;
    }

    public ModelFixture format(ModelFormat format) {
        model.format(format);
        return this;
    }

    /** Names another model file (for messages that name files beside the model); item locations keep FILE. */
    public ModelFixture file(Path file) {
        model.file(file);
        return this;
    }

    /** A suppression written at the model's top level. */
    public ModelFixture modelSuppression(dev.threatmodel.model.Suppression suppression) {
        model.suppression(suppression);
        return this;
    }

    public ModelFixture gap(FormatGap gap) {
        model.gap(gap);
        return this;
    }

    public Asset asset(String id) {
        return add(new Asset(id, label(id), null, DataClassification.CONFIDENTIAL, List.of(),
                origin("name", "classification")));
    }

    public Asset add(Asset a) {
        model.asset(a);
        return a;
    }

    public SecurityObjective objective(String id, String asset, String... assumptions) {
        SecurityObjective o = new SecurityObjective(id, label(id), asset, List.of(SecurityProperty.CONFIDENTIALITY),
                null, List.of(assumptions), List.of(), origin("name", "asset", "protects", "assumptions"));
        model.objective(o);
        return o;
    }

    public Assumption assumption(String id, AssumptionStatus status) {
        return add(new Assumption(id, null, "Text of " + id, AssumptionType.INFRASTRUCTURE, "platform-team", status,
                List.of(), origin("text", "type", "owner", "status")));
    }

    public Assumption add(Assumption a) {
        model.assumption(a);
        return a;
    }

    public TrustZone zone(String id, Integer trustLevel, String parent, String... assumptions) {
        TrustZone z = new TrustZone(id, label(id), trustLevel, parent, null, null, List.of(assumptions), List.of(),
                origin("name", "trustLevel", "parent", "kind", "assumptions"));
        model.zone(z);
        return z;
    }

    public Element entity(String id, String zone) {
        return element(id, ElementType.EXTERNAL_ENTITY, zone);
    }

    public Element process(String id, String zone) {
        return element(id, ElementType.PROCESS, zone);
    }

    public Element store(String id, String zone) {
        return element(id, ElementType.DATA_STORE, zone);
    }

    public Element agent(String id, String zone, AgentAccess... access) {
        return add(new Element(id, label(id), ElementType.AI_AGENT, null, zone, false, null, Set.of(access), null,
                null, List.of(), elementOrigin()));
    }

    /** A service that agents call: hosted by a third party, in the given AI role. */
    public Element aiService(String id, String zone, AiService role) {
        return add(new Element(id, label(id), ElementType.EXTERNAL_ENTITY, null, zone, false, null, Set.of(),
                Hosting.THIRD_PARTY, role, List.of(), elementOrigin()));
    }

    public Element element(String id, ElementType type, String zone) {
        return add(new Element(id, label(id), type, null, zone, false, null, Set.of(), null, null, List.of(),
                elementOrigin()));
    }

    public Element outOfScope(String id, ElementType type, String reason) {
        return add(new Element(id, label(id), type, null, null, true, reason, Set.of(), null, null, List.of(),
                elementOrigin()));
    }

    public Origin elementOrigin() {
        return origin("name", "type", "zone", "outOfScope", "outOfScopeReason", "access", "hosting", "aiService");
    }

    public Element add(Element e) {
        model.element(e);
        return e;
    }

    public DataFlow flow(String id, Integer number, String source, String target) {
        return add(new DataFlow(id, "Data " + id, number, source, target, List.of(), null, null, null, false,
                List.of(), flowOrigin()));
    }

    public DataFlow bidirectionalFlow(String id, Integer number, String source, String target) {
        return add(new DataFlow(id, "Data " + id, number, source, target, List.of(), null, null, null, true,
                List.of(), flowOrigin()));
    }

    public Origin flowOrigin() {
        return origin("number", "name", "source", "target", "bidirectional");
    }

    public DataFlow add(DataFlow f) {
        model.flow(f);
        return f;
    }

    /** A mitigation (not added on its own: pass it to a threat). */
    public Mitigation mitigation(SecurityProperty control, SecurityDomain domain, MitigationStatus status,
                                 String... reliesOn) {
        return new Mitigation(null, "Control " + control.keyword(), control, domain, status, null,
                List.of(reliesOn), List.of(), origin("name", "control", "domain", "status", "reliesOn"));
    }

    public Threat threat(String id, StrideCategory category, String target, ThreatStatus status,
                         Mitigation... mitigations) {
        return add(new Threat(id, "Risk " + id, category, null, target, null, Severity.HIGH, status,
                List.of(mitigations), null, List.of(), threatOrigin()));
    }

    public Threat acceptedThreat(String id, StrideCategory category, String target, ThreatStatus status,
                                 Acceptance acceptance) {
        return add(new Threat(id, "Risk " + id, category, null, target, null, Severity.HIGH, status, List.of(),
                acceptance, List.of(), threatOrigin()));
    }

    public Acceptance acceptance(String justification, String acceptedBy, LocalDate expires) {
        return new Acceptance(justification, acceptedBy, expires, origin("justification", "acceptedBy", "expires"));
    }

    public Origin threatOrigin() {
        return origin("name", "category", "target", "severity", "status", "mitigations", "acceptance");
    }

    public Threat add(Threat t) {
        model.threat(t);
        return t;
    }

    public Story story(String id, StoryKind kind, String... flows) {
        Story s = new Story(id, label(id), kind, "Narrative of " + id, List.of(flows), List.of(), List.of(),
                List.of(), origin("kind", "name", "narrative", "flows", "elements", "threats"));
        model.story(s);
        return s;
    }

    public ThreatModel build() {
        return model.build();
    }

    /** Runs the given rules alone, with default configuration, on {@link #TODAY}. */
    public List<Finding> check(Rule... rules) {
        return new RuleEngine(List.of(rules), RuleConfig.DEFAULT).check(build(), OPTIONS);
    }

    /** Runs every rule registered through ServiceLoader on the test class path. */
    public List<Finding> checkAll() {
        List<Rule> all = new ArrayList<>(RuleEngine.discover(ModelFixture.class.getClassLoader()));
        return new RuleEngine(all, RuleConfig.DEFAULT).check(build(), OPTIONS);
    }

    /** The label the fixture gives an item: its id with the first letter capitalised. */
    public static String label(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
