package dev.threatmodel.model;

import java.util.EnumSet;
import java.util.Set;

/**
 * The six STRIDE categories, each with the control that answers it and the kinds of diagram element it can be
 * aimed at (the STRIDE-per-element table). An AI agent acts on its own and so is treated as a process.
 */
public enum StrideCategory implements Keyword {
    SPOOFING("spoofing", SecurityProperty.AUTHENTICATION,
            EnumSet.of(TargetKind.PROCESS, TargetKind.AI_AGENT, TargetKind.EXTERNAL_ENTITY)),
    TAMPERING("tampering", SecurityProperty.INTEGRITY,
            EnumSet.of(TargetKind.PROCESS, TargetKind.AI_AGENT, TargetKind.DATA_STORE, TargetKind.DATA_FLOW)),
    REPUDIATION("repudiation", SecurityProperty.NON_REPUDIATION,
            EnumSet.of(TargetKind.PROCESS, TargetKind.AI_AGENT, TargetKind.EXTERNAL_ENTITY, TargetKind.DATA_STORE)),
    INFORMATION_DISCLOSURE("information-disclosure", SecurityProperty.CONFIDENTIALITY,
            EnumSet.of(TargetKind.PROCESS, TargetKind.AI_AGENT, TargetKind.DATA_STORE, TargetKind.DATA_FLOW)),
    DENIAL_OF_SERVICE("denial-of-service", SecurityProperty.AVAILABILITY,
            EnumSet.of(TargetKind.PROCESS, TargetKind.AI_AGENT, TargetKind.DATA_STORE, TargetKind.DATA_FLOW)),
    ELEVATION_OF_PRIVILEGE("elevation-of-privilege", SecurityProperty.AUTHORIZATION,
            EnumSet.of(TargetKind.PROCESS, TargetKind.AI_AGENT));

    private final String keyword;
    private final SecurityProperty control;
    private final Set<TargetKind> targets;

    StrideCategory(String keyword, SecurityProperty control, Set<TargetKind> targets) {
        this.keyword = keyword;
        this.control = control;
        this.targets = targets;
    }

    @Override
    public String keyword() {
        return keyword;
    }

    /** The security control that answers a threat of this category. */
    public SecurityProperty control() {
        return control;
    }

    public boolean appliesTo(TargetKind kind) {
        return targets.contains(kind);
    }

    public Set<TargetKind> targets() {
        return EnumSet.copyOf(targets);
    }
}
