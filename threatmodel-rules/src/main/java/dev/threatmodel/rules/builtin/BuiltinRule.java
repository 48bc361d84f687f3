package dev.threatmodel.rules.builtin;

import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.ModelPart;
import dev.threatmodel.rules.Rule;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The fixed facts every built-in rule declares, so that each rule class holds only its check and its help text.
 * Ids follow one scheme: TM1xx boundaries and threats, TM2xx assets, objectives and assumptions, TM3xx the data-flow
 * diagram, TM4xx AI agents, TM5xx stories, TM6xx model upkeep.
 */
abstract class BuiltinRule implements Rule {

    private final String id;
    private final String name;
    private final Level level;
    private final double severity;
    private final String description;
    private final Set<ModelPart> parts;

    BuiltinRule(String id, String name, Level level, double severity, String description, ModelPart first,
                ModelPart... rest) {
        this.id = id;
        this.name = name;
        this.level = level;
        this.severity = severity;
        this.description = description;
        this.parts = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Level defaultLevel() {
        return level;
    }

    @Override
    public final double securitySeverity() {
        return severity;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final Set<ModelPart> appliesTo() {
        return parts;
    }

    @Override
    public String toString() {
        return id + " " + name;
    }
}
