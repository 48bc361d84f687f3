package dev.threatmodel.check;

import dev.threatmodel.load.ModelLoadException;

/**
 * The baseline of a check cannot be had: the git revision cannot be read (not a repository, a shallow clone without
 * it, an unknown revision), the model at the revision does not load, or the baseline file is damaged. The message
 * says what to do. A configuration problem of the check, not a finding; the model being checked is not at fault.
 */
public class BaselineException extends CheckConfigurationException {

    private static final long serialVersionUID = 1L;

    private final transient ModelLoadException loadProblems;

    public BaselineException(String message) {
        this(message, null);
    }

    public BaselineException(String message, ModelLoadException loadProblems) {
        super(message);
        this.loadProblems = loadProblems;
    }

    /** The problems of a baseline model or file that does not load; null for other causes. */
    public ModelLoadException loadProblems() {
        return loadProblems;
    }
}
