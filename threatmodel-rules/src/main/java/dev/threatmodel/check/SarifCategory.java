package dev.threatmodel.check;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code-scanning category of a module's SARIF run, written as a template: {@code @{artifactId}} and
 * {@code @{groupId}} stand for the module's own, so that one setting (a user property given to the whole build)
 * gives every module its own category, as GitHub requires of runs uploaded together.
 */
public final class SarifCategory {

    /** The template used when none is configured: the tool's name and the module's artifact id. */
    public static final String DEFAULT_TEMPLATE = "threatmodel/@{artifactId}";

    private static final Pattern PLACEHOLDER = Pattern.compile("@\\{([^}]*)}");

    private SarifCategory() {
    }

    /**
     * Replaces each placeholder with the module's value.
     *
     * @param values the placeholders' values by name, such as {@code artifactId}
     * @throws IllegalArgumentException for a placeholder that has no value, naming those that have
     */
    public static String expand(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("unknown placeholder " + m.group() + " in \"" + template
                        + "\"; use " + String.join(" or ", new TreeMap<>(values).keySet().stream()
                        .map(k -> "@{" + k + "}").toList()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().trim();
    }

    /** Whether the template names the module, so that every module of a build gets its own category. */
    public static boolean perModule(String template) {
        return PLACEHOLDER.matcher(template).find();
    }
}
