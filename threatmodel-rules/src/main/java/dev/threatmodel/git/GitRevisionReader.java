package dev.threatmodel.git;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.errors.AmbiguousObjectException;
import org.eclipse.jgit.errors.IncorrectObjectTypeException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * Reads files as they were at a git revision of the repository a directory lies in, with JGit (no {@code git}
 * executable is started). Used for a check's baseline: the model as it was on the base branch.
 *
 * <p>Only regular files are read: a symbolic link, a submodule or a directory at the model's path is refused, and so
 * is a file larger than the caller's limit. Every failure is a {@link GitRevisionException} whose message says what
 * to do; a shallow clone that lacks the revision is told apart from a revision that does not exist, because the cure
 * differs (fetch more history, e.g. {@code fetch-depth: 0} in GitHub's {@code actions/checkout}).
 */
public final class GitRevisionReader implements AutoCloseable {

    /** A revision resolved to a commit. */
    public record ResolvedRevision(String revision, String commitId) {
        /** The first 12 hex digits of the commit id. */
        public String shortId() {
            return commitId.substring(0, Math.min(12, commitId.length()));
        }
    }

    private final Repository repository;
    private final Path workTree;

    private GitRevisionReader(Repository repository, Path workTree) {
        this.repository = repository;
        this.workTree = workTree;
    }

    /**
     * Opens the repository that {@code directory} lies in (the nearest {@code .git} at or above it).
     *
     * @param directory where to look from (usually the project directory)
     * @param revision  the revision the caller wants, named in the message when there is no repository
     */
    public static GitRevisionReader open(Path directory, String revision) throws GitRevisionException {
        File start = directory.toAbsolutePath().normalize().toFile();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(start);
        if (builder.getGitDir() == null) {
            throw new GitRevisionException(GitRevisionException.Reason.NOT_A_REPOSITORY, "The baseline \""
                    + revision + "\" is taken as a git revision, but " + start.getName()
                    + " is not inside a git repository (no .git at or above it). Run the check in a clone of the"
                    + " repository, or name a baseline file written by threatmodel:baseline.");
        }
        try {
            Repository repository = builder.build();
            if (repository.isBare()) {
                repository.close();
                throw new GitRevisionException(GitRevisionException.Reason.NOT_A_REPOSITORY,
                        "The git repository holding " + start.getName() + " is bare (it has no work tree), so the"
                                + " model's path in it is not known.");
            }
            return new GitRevisionReader(repository, repository.getWorkTree().toPath().toAbsolutePath().normalize());
        } catch (IOException | IllegalArgumentException e) {
            throw new GitRevisionException(GitRevisionException.Reason.READ_FAILED,
                    "The git repository holding " + start.getName() + " cannot be opened: " + e.getMessage(), e);
        }
    }

    /** The top of the repository's work tree. */
    public Path workTree() {
        return workTree;
    }

    /** Whether the repository is a shallow clone (it lacks the history before some commits). */
    public boolean isShallow() {
        try {
            return !repository.getObjectDatabase().getShallowCommits().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** The path of a file in the work tree as git names it: relative to the work tree's top, with {@code /}. */
    public String repositoryPath(Path file) throws GitRevisionException {
        Path f = file.toAbsolutePath().normalize();
        if (!f.startsWith(workTree) || f.equals(workTree)) {
            throw new GitRevisionException(GitRevisionException.Reason.OUTSIDE_WORK_TREE,
                    "The file " + f.getFileName() + " is not inside the git repository's work tree, so it has no"
                            + " path at a revision.");
        }
        StringBuilder s = new StringBuilder();
        for (Path part : workTree.relativize(f)) {
            if (s.length() > 0) {
                s.append('/');
            }
            s.append(part);
        }
        return s.toString();
    }

    /** Resolves a branch, tag, commit or expression such as {@code HEAD~1} to a commit. */
    public ResolvedRevision resolve(String revision) throws GitRevisionException {
        if (revision == null || revision.isBlank()) {
            throw unknown(revision, null);
        }
        String rev = revision.trim();
        ObjectId id;
        try {
            id = repository.resolve(rev + "^{commit}");
        } catch (MissingObjectException e) {
            throw isShallow() ? shallow(rev) : unknown(rev, e);
        } catch (AmbiguousObjectException e) {
            throw new GitRevisionException(GitRevisionException.Reason.UNKNOWN_REVISION, "The baseline revision \""
                    + rev + "\" is ambiguous in this git repository: give more digits of the commit id.", e);
        } catch (RevisionSyntaxException | IncorrectObjectTypeException e) {
            throw unknown(rev, e);
        } catch (IOException e) {
            throw new GitRevisionException(GitRevisionException.Reason.READ_FAILED,
                    "The baseline revision \"" + rev + "\" cannot be read: " + e.getMessage(), e);
        }
        if (id == null) {
            throw isShallow() ? shallow(rev) : unknown(rev, null);
        }
        try (RevWalk walk = new RevWalk(repository)) {
            walk.parseCommit(id);
        } catch (MissingObjectException e) {
            throw isShallow() ? shallow(rev) : unknown(rev, e);
        } catch (IOException e) {
            throw new GitRevisionException(GitRevisionException.Reason.READ_FAILED,
                    "The baseline revision \"" + rev + "\" cannot be read: " + e.getMessage(), e);
        }
        return new ResolvedRevision(rev, id.name());
    }

    /**
     * The bytes of the file at {@code path} (relative to the work tree's top, with {@code /}) as it was at the
     * revision; empty when no such path existed there.
     *
     * @param maxBytes files larger than this are refused rather than read
     */
    public Optional<byte[]> read(ResolvedRevision revision, String path, long maxBytes) throws GitRevisionException {
        try (RevWalk walk = new RevWalk(repository); ObjectReader reader = repository.newObjectReader()) {
            RevCommit commit = walk.parseCommit(ObjectId.fromString(revision.commitId()));
            try (TreeWalk tree = TreeWalk.forPath(repository, reader, path, commit.getTree())) {
                if (tree == null) {
                    return Optional.empty();
                }
                FileMode mode = tree.getFileMode(0);
                if (!FileMode.REGULAR_FILE.equals(mode) && !FileMode.EXECUTABLE_FILE.equals(mode)) {
                    throw new GitRevisionException(GitRevisionException.Reason.NOT_A_REGULAR_FILE,
                            path + " at revision " + revision.revision() + " is " + describe(mode)
                                    + ", not a regular file; only regular files are read.");
                }
                ObjectLoader loader = reader.open(tree.getObjectId(0), Constants.OBJ_BLOB);
                if (loader.getSize() > maxBytes) {
                    throw new GitRevisionException(GitRevisionException.Reason.TOO_LARGE, path + " at revision "
                            + revision.revision() + " is " + loader.getSize() + " bytes, more than the limit of "
                            + maxBytes + ".");
                }
                return Optional.of(loader.getBytes());
            }
        } catch (MissingObjectException e) {
            throw isShallow() ? shallow(revision.revision()) : new GitRevisionException(
                    GitRevisionException.Reason.READ_FAILED, path + " at revision " + revision.revision()
                    + " cannot be read: an object is missing from the repository (" + e.getMessage() + ").", e);
        } catch (IOException e) {
            throw new GitRevisionException(GitRevisionException.Reason.READ_FAILED,
                    path + " at revision " + revision.revision() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String describe(FileMode mode) {
        if (FileMode.SYMLINK.equals(mode)) {
            return "a symbolic link";
        }
        if (FileMode.GITLINK.equals(mode)) {
            return "a submodule";
        }
        if (FileMode.TREE.equals(mode)) {
            return "a directory";
        }
        return "not a file";
    }

    private static GitRevisionException shallow(String revision) {
        return new GitRevisionException(GitRevisionException.Reason.SHALLOW_CLONE, "The baseline revision \""
                + revision + "\" is not in this repository, which is a shallow clone: its history was not fetched."
                + " Fetch it first: in GitHub Actions set 'fetch-depth: 0' on actions/checkout; elsewhere run"
                + " 'git fetch --unshallow' or fetch the base branch (e.g. 'git fetch origin main').");
    }

    private static GitRevisionException unknown(String revision, Throwable cause) {
        return new GitRevisionException(GitRevisionException.Reason.UNKNOWN_REVISION, "The baseline revision \""
                + revision + "\" is not known in this git repository: name a branch, tag or commit (for example"
                + " origin/main or HEAD~1), and fetch it first if it lives on a remote.", cause);
    }

    @Override
    public void close() {
        repository.close();
    }
}
