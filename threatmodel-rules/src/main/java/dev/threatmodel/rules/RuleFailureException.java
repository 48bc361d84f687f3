package dev.threatmodel.rules;

/** A rule failed with an internal error. The check fails closed: a model is never reported clean after this. */
public class RuleFailureException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String ruleId;

    public RuleFailureException(Rule rule, Throwable cause) {
        super("rule " + rule.id() + " (" + rule.getClass().getName() + ") failed with an internal error: " + cause,
                cause);
        this.ruleId = rule.id();
    }

    public String ruleId() {
        return ruleId;
    }
}
