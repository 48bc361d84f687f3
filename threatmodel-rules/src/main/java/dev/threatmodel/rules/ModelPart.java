package dev.threatmodel.rules;

/** The parts of a threat model a rule can look at. */
public enum ModelPart {
    MODEL,
    ASSET,
    OBJECTIVE,
    ATTACKER_GOAL,
    ASSUMPTION,
    TRUST_ZONE,
    EXTERNAL_ENTITY,
    PROCESS,
    DATA_STORE,
    AI_AGENT,
    DATA_FLOW,
    THREAT,
    MITIGATION,
    STORY
}
