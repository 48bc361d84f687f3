package dev.threatmodel.load;

import java.util.Set;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's own resolver with a shortcut for the commonest plain scalar in a threat model: a key, word or sentence
 * that starts with an ASCII letter. SnakeYAML runs regular expressions on most such scalars; yet among its implicit
 * types only booleans ({@code yes}, {@code Off}, {@code FALSE}, ...) and null ({@code null}, {@code Null},
 * {@code NULL}) start with a letter, and SnakeYAML's patterns for them are fixed lists of words. This resolver looks
 * such a scalar up in those lists and calls it a string otherwise; every other scalar goes to SnakeYAML. The answers
 * are the same (the test compares them), only sooner.
 */
final class PlainWordResolver extends Resolver {

    /** The words of SnakeYAML's {@link Resolver#BOOL} pattern. */
    private static final Set<String> BOOLEANS = Set.of("yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE",
            "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");

    /** The words of SnakeYAML's {@link Resolver#NULL} pattern that start with a letter. */
    private static final Set<String> NULLS = Set.of("null", "Null", "NULL");

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty()) {
            char first = value.charAt(0);
            if (first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') {
                if (value.length() > 5) {
                    return Tag.STR;
                }
                return BOOLEANS.contains(value) ? Tag.BOOL : NULLS.contains(value) ? Tag.NULL : Tag.STR;
            }
        }
        return super.resolve(kind, value, implicit);
    }
}
