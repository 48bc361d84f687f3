package dev.threatmodel.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** Builds real git repositories with JGit for tests: commits with chosen author and committer dates. */
public final class GitRepositories {

    private GitRepositories() {
    }

    public static Git init(Path dir) throws GitAPIException {
        return Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call();
    }

    /**
     * Writes the files (a null content deletes the file) and commits them, authored and committed at {@code when}
     * on a clock at {@code offset}.
     */
    public static RevCommit commit(Git git, LocalDateTime when, ZoneOffset offset, Map<String, String> files)
            throws IOException, GitAPIException {
        Path root = git.getRepository().getWorkTree().toPath();
        for (Map.Entry<String, String> f : files.entrySet()) {
            Path file = root.resolve(f.getKey());
            if (f.getValue() == null) {
                Files.delete(file);
                git.rm().addFilepattern(f.getKey()).call();
            } else {
                Files.createDirectories(file.getParent());
                Files.writeString(file, f.getValue());
                git.add().addFilepattern(f.getKey()).call();
            }
        }
        PersonIdent who = new PersonIdent("Dev", "dev@example.com", when.toInstant(offset), offset);
        return git.commit().setMessage("change " + files.keySet()).setAuthor(who).setCommitter(who).call();
    }

    public static RevCommit commit(Git git, LocalDateTime when, Map<String, String> files)
            throws IOException, GitAPIException {
        return commit(git, when, ZoneOffset.UTC, files);
    }
}
