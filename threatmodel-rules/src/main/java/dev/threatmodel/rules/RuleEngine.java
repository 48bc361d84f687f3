package dev.threatmodel.rules;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.model.ThreatModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

/**
 * Runs rules over a model and returns their findings in a fixed order. Levels come from the configuration; a finding
 * whose subject carries a suppression for the rule is kept, marked suppressed with its reason. A suppression that
 * expired, or that would waive an error without {@code by} and {@code until}, suppresses nothing, and the finding's
 * message says why.
 */
public final class RuleEngine {

    private final List<Rule> rules;
    private final RuleConfig config;

    public RuleEngine(List<Rule> rules, RuleConfig config) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            Rule clash = byId.putIfAbsent(r.id(), r);
            if (clash != null && clash.getClass() != r.getClass()) {
                throw new IllegalArgumentException("two rules share the id " + r.id() + ": "
                        + clash.getClass().getName() + " and " + r.getClass().getName());
            }
        }
        List<String> unknown = new ArrayList<>();
        for (String id : new TreeSet<>(config.disabled())) {
            if (!byId.containsKey(id)) {
                unknown.add(id);
            }
        }
        for (String id : new TreeSet<>(config.levels().keySet())) {
            if (!byId.containsKey(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown rule id" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown) + "; known rules: " + String.join(", ", byId.keySet()));
        }
        List<Rule> sorted = new ArrayList<>(byId.values());
        sorted.sort(Comparator.comparing(Rule::id));
        this.rules = List.copyOf(sorted);
        this.config = config;
    }

    /** Every rule on the class path of the given loader: the built-in ones and those a team adds in its own jar. */
    public static List<Rule> discover(ClassLoader loader) {
        List<Rule> found = new ArrayList<>();
        for (Rule r : ServiceLoader.load(Rule.class, loader)) {
            found.add(r);
        }
        found.sort(Comparator.comparing(Rule::id));
        return List.copyOf(found);
    }

    /** All known rules, sorted by id, including disabled ones. */
    public List<Rule> rules() {
        return rules;
    }

    /** The rules that run. */
    public List<Rule> enabledRules() {
        return rules.stream().filter(r -> config.isEnabled(r.id())).toList();
    }

    public RuleConfig config() {
        return config;
    }

    public List<Finding> check(ThreatModel model, RuleOptions options) {
        return check(model, BoundaryAnalysis.of(model), options);
    }

    public List<Finding> check(ThreatModel model, BoundaryAnalysis boundaries, RuleOptions options) {
        RuleContext context = new RuleContext(model, boundaries, options);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : enabledRules()) {
            context.clear();
            try {
                rule.check(context);
            } catch (RuntimeException | StackOverflowError e) {
                throw new RuleFailureException(rule, e);
            }
            Level level = config.levelOf(rule);
            for (RuleContext.FindingBuilder b : context.reported()) {
                findings.add(build(rule, level, b, model, options.today()));
            }
        }
        findings.sort(Finding.ORDER);
        return List.copyOf(findings);
    }

    private static Finding build(Rule rule, Level level, RuleContext.FindingBuilder b, ThreatModel model,
                                 LocalDate today) {
        StringBuilder identity = new StringBuilder(rule.id());
        identity.append('/').append(b.subject == null ? "(model)" : b.subject.id());
        if (b.key != null) {
            identity.append('/').append(b.key);
        }
        List<Suppression> candidates = b.subject == null ? model.suppressions() : b.subject.suppressions();
        Suppression suppression = null;
        for (Suppression s : candidates) {
            if (rule.id().equals(s.rule())) {
                suppression = s;
                break;
            }
        }
        Level actual = b.note ? Level.NOTE : level;
        String message = b.message;
        if (suppression != null) {
            String refused = refusal(suppression, actual, today);
            if (refused != null) {
                message += " (The suppression at line " + suppression.origin().at().line() + " does not apply: "
                        + refused + ".)";
                suppression = null;
            }
        }
        return new Finding(rule.id(), actual, message, b.location, b.related, b.rank, identity.toString(),
                suppression);
    }

    /**
     * Why a suppression does not hold for a finding, or null when it does: it expired, or it would waive an error
     * without saying who decided and until when (a suppression of an error is a risk acceptance and needs both).
     */
    static String refusal(Suppression s, Level level, LocalDate today) {
        if (s.until() != null && s.until().isBefore(today)) {
            return "it expired on " + s.until();
        }
        if (level == Level.ERROR) {
            boolean noBy = s.by() == null || s.by().isBlank();
            if (noBy || s.until() == null) {
                return "suppressing an error needs " + (noBy && s.until() == null ? "by and until"
                        : noBy ? "by" : "until") + ", who accepted it and until when";
            }
        }
        return null;
    }
}
