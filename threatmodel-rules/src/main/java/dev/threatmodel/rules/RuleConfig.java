package dev.threatmodel.rules;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which rules run and at what level: rules can be disabled, and the level of any rule changed.
 *
 * @param disabled ids of rules that do not run
 * @param levels   level overrides by rule id
 */
public record RuleConfig(Set<String> disabled, Map<String, Level> levels) {

    public static final RuleConfig DEFAULT = new RuleConfig(Set.of(), Map.of());

    public RuleConfig {
        disabled = disabled == null ? Set.of() : Set.copyOf(new TreeSet<>(disabled));
        levels = levels == null ? Map.of() : Map.copyOf(new TreeMap<>(levels));
    }

    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    public Level levelOf(Rule rule) {
        return levels.getOrDefault(rule.id(), rule.defaultLevel());
    }
}
