package dev.threatmodel.rules;

import java.util.Set;

/**
 * One check a threat model must pass. A rule is a small class with a stable id; it reads the model through the
 * {@link RuleContext} and reports findings there. Rules are found with {@link java.util.ServiceLoader}: a jar that
 * lists its own rules in {@code META-INF/services/dev.threatmodel.rules.Rule} adds them to every check.
 */
public interface Rule {

    /** Stable id such as {@code TM101}; never reused for another meaning. */
    String id();

    /** Short name in PascalCase, such as {@code CrossingFlowHasThreat}. */
    String name();

    /** The level of its findings unless the configuration changes it. */
    Level defaultLevel();

    /** 0.0 to 10.0, as code-scanning dashboards rank security alerts. */
    double securitySeverity();

    /** One sentence: what the rule requires. */
    String description();

    /** Markdown: why it matters, how to fix the model, with a compliant and a non-compliant example. */
    String help();

    /** The parts of the model the rule reads. */
    Set<ModelPart> appliesTo();

    /** Reports every finding of this rule on the context's model. */
    void check(RuleContext context);
}
