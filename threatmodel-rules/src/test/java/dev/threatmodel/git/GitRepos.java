package dev.threatmodel.git;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Real git repositories for tests, made with JGit in a temporary directory: write files, commit, repeat. */
public final class GitRepos implements AutoCloseable {

    private static final PersonIdent AUTHOR = new PersonIdent("Test", "test@example.com", 1_780_000_000_000L, 0);

    private final Git git;
    private final Path dir;

    private GitRepos(Git git, Path dir) {
        this.git = git;
        this.dir = dir;
    }

    /** A new repository with its work tree at {@code dir}. */
    public static GitRepos init(Path dir) {
        try {
            Files.createDirectories(dir);
            return new GitRepos(Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call(), dir);
        } catch (GitAPIException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path dir() {
        return dir;
    }

    /** Writes a file (UTF-8) below the work tree. */
    public GitRepos write(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes a file from the work tree and the index. */
    public GitRepos remove(String path) {
        try {
            git.rm().addFilepattern(path).call();
            return this;
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stages everything and commits it; returns the commit id. */
    public String commit(String message) {
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            RevCommit c = git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).setSign(false)
                    .call();
            return c.name();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A clone of this repository at {@code target} holding only the last {@code depth} commits. */
    public GitRepos shallowClone(Path target, int depth) {
        try {
            Git clone = Git.cloneRepository().setURI(dir.toUri().toString()).setDirectory(target.toFile())
                    .setDepth(depth).call();
            return new GitRepos(clone, target);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
