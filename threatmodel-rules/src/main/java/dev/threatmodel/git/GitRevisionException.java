package dev.threatmodel.git;

/**
 * A git revision or a file at a revision that cannot be read, with a message that says what to do about it: not
 * inside a git repository, a shallow clone that lacks the revision, a revision git does not know, a path that is not
 * a regular file at that revision.
 */
public class GitRevisionException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why the revision could not be read; the message says which. */
    public enum Reason {
        NOT_A_REPOSITORY,
        SHALLOW_CLONE,
        UNKNOWN_REVISION,
        NOT_A_REGULAR_FILE,
        TOO_LARGE,
        OUTSIDE_WORK_TREE,
        READ_FAILED
    }

    private final Reason reason;

    public GitRevisionException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public GitRevisionException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
