package dev.threatmodel.load;

import java.nio.file.Path;

/**
 * A model file as the importers see it while the loader decides its format: the decoded text, and the located tree
 * of a JSON or YAML file, parsed at most once however many importers look at it.
 */
public final class ModelSource {

    private final SourceText text;
    private final LoadLimits limits;
    private Node tree;
    private ModelLoadException treeProblem;
    private boolean parsed;

    public ModelSource(SourceText text, LoadLimits limits) {
        this.text = text;
        this.limits = limits;
    }

    /** Reads a file within the limits. */
    public static ModelSource read(Path file, LoadLimits limits) throws ModelLoadException {
        return new ModelSource(SourceText.read(file, limits), limits);
    }

    public Path file() {
        return text.file();
    }

    public SourceText text() {
        return text;
    }

    public LoadLimits limits() {
        return limits;
    }

    /** Whether the text, after white space, starts with '<', as XML does (and JSON and a YAML model never do). */
    public boolean looksLikeXml() {
        String s = text.text();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '<';
            }
        }
        return false;
    }

    /** The located tree: JSON when the text starts with '{' or '[', else YAML. Parsed once; its problems thrown. */
    public Node tree() throws ModelLoadException {
        if (!parsed) {
            parsed = true;
            try {
                tree = text.looksLikeJson() ? new JsonTreeReader(limits).read(text) : new YamlTreeReader(limits).read(text);
            } catch (ModelLoadException e) {
                treeProblem = e;
            }
        }
        if (treeProblem != null) {
            throw treeProblem;
        }
        return tree;
    }

    /**
     * The YAML tree read with merge keys ({@code <<: *anchor}) allowed, for formats whose files use them; parsed
     * anew on each call, so call it only once the format is known. JSON has no merge keys and reads as usual.
     */
    public Node treeWithMergeKeys() throws ModelLoadException {
        return text.looksLikeJson() ? tree() : YamlTreeReader.withMergeKeys(limits).read(text);
    }

    /**
     * The mapping at the top of the JSON or YAML tree; null when the text is XML, cannot be parsed or holds no
     * mapping at its top (the native reader then reports why).
     */
    public MapNode rootMapping() {
        if (looksLikeXml()) {
            return null;
        }
        try {
            return tree() instanceof MapNode m ? m : null;
        } catch (ModelLoadException e) {
            return null;
        }
    }
}
