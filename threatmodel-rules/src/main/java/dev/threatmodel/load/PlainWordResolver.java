package dev.threatmodel.load;

import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's own resolver with a shortcut for the commonest plain scalar in a threat model: a word or sentence that
 * starts with an ASCII letter. SnakeYAML tries regular expressions on every such scalar; yet among its implicit types
 * only booleans ({@code yes}, {@code Off}, {@code FALSE}, ...) and null ({@code null}, {@code Null}, {@code NULL})
 * start with a letter, and all of those start with one of {@code yYnNtTfFoO} and are at most five characters long.
 * Any other scalar that starts with a letter is a string, which is what this resolver answers without a regular
 * expression; everything else goes to SnakeYAML. The answers are the same, only sooner.
 */
final class PlainWordResolver extends Resolver {

    private static final String MAY_START_BOOLEAN_OR_NULL = "yYnNtTfFoO";

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind == NodeId.scalar && implicit && !value.isEmpty()) {
            char first = value.charAt(0);
            boolean letter = first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z';
            if (letter && (value.length() > 5 || MAY_START_BOOLEAN_OR_NULL.indexOf(first) < 0)) {
                return Tag.STR;
            }
        }
        return super.resolve(kind, value, implicit);
    }
}
