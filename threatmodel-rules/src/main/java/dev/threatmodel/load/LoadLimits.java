package dev.threatmodel.load;

/**
 * Bounds that keep a hostile or broken file from exhausting the reader: file size, nesting depth, YAML aliases, and
 * the number of values after aliases are expanded.
 *
 * @param maxFileBytes largest file accepted
 * @param maxDepth     deepest nesting of mappings and lists
 * @param maxAliases   most YAML aliases in a file
 * @param maxNodes     most values in the tree, counting each alias expansion
 */
public record LoadLimits(long maxFileBytes, int maxDepth, int maxAliases, long maxNodes) {

    /** Room for models of well over 100,000 elements, far below what would strain a build's memory. */
    public static final LoadLimits DEFAULT = new LoadLimits(256L * 1024 * 1024, 64, 50, 20_000_000L);

    /**
     * Problems a reader collects before it gives up on a file, so that a thoroughly broken (or hostile) file cannot
     * flood the build log with millions of lines.
     */
    public static final int MAX_PROBLEMS = 100;

    /**
     * Deepest nesting of trust zones through {@code parent}: a zone inside 64 others is refused. Real models nest a
     * handful of levels; the limit keeps every walk over nested zones, and every diagram that indents them, bounded.
     */
    public static final int MAX_ZONE_DEPTH = 64;

    public LoadLimits {
        if (maxFileBytes < 1 || maxDepth < 1 || maxAliases < 0 || maxNodes < 1) {
            throw new IllegalArgumentException("load limits must be positive");
        }
    }
}
