package dev.threatmodel.model;

/**
 * A decision, written next to the part of the model it concerns, that a rule's finding on that part is known and
 * accepted. The reason is mandatory: a suppressed finding is still reported, together with it.
 */
public record Suppression(String rule, String reason, Origin origin) {
}
