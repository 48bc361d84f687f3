package dev.threatmodel.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;

/**
 * Writes a git repository with a long linear history for the drift benchmark: {@code dirs} directories
 * ({@code src/d000} ...) of {@code filesPerDir} files each; commit i changes one file chosen round-robin across the
 * directories, one hour after commit i-1. Objects go straight into pack files (no work tree, no index), so that
 * tens of thousands of commits take seconds to write.
 *
 * <p>{@code java -cp benchmarks.jar dev.threatmodel.bench.GitHistoryGenerator <dir> <commits>}
 */
public final class GitHistoryGenerator {

    /** The first commit's time: 2020-01-01T00:00Z. */
    public static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    private GitHistoryGenerator() {
    }

    public static void main(String[] args) throws Exception {
        generate(Path.of(args[0]), Integer.parseInt(args[1]), 100, 20);
    }

    /** Writes the history; returns the last commit. Commit i is made at {@code START} plus i hours. */
    public static ObjectId generate(Path dir, int commits, int dirs, int filesPerDir)
            throws IOException, GitAPIException {
        try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
            Repository repository = git.getRepository();
            ObjectId[][] blobs = new ObjectId[dirs][filesPerDir];
            ObjectId[] trees = new ObjectId[dirs];
            ObjectId parent = null;
            try (org.eclipse.jgit.internal.storage.file.PackInserter inserter =
                         ((ObjectDirectory) repository.getObjectDatabase()).newPackInserter()) {
                inserter.checkExisting(false);
                ObjectId empty = inserter.insert(Constants.OBJ_BLOB, new byte[0]);
                for (int d = 0; d < dirs; d++) {
                    for (int f = 0; f < filesPerDir; f++) {
                        blobs[d][f] = empty;
                    }
                    trees[d] = dirTree(inserter, blobs[d]);
                }
                for (int i = 0; i < commits; i++) {
                    int d = i % dirs;
                    int f = (i / dirs) % filesPerDir;
                    blobs[d][f] = inserter.insert(Constants.OBJ_BLOB,
                            ("change " + i + "\n").getBytes(StandardCharsets.UTF_8));
                    trees[d] = dirTree(inserter, blobs[d]);
                    TreeFormatter src = new TreeFormatter();
                    for (int k = 0; k < dirs; k++) {
                        src.append(String.format("d%03d", k), FileMode.TREE, trees[k]);
                    }
                    TreeFormatter root = new TreeFormatter();
                    root.append("src", FileMode.TREE, inserter.insert(src));
                    CommitBuilder commit = new CommitBuilder();
                    commit.setTreeId(inserter.insert(root));
                    if (parent != null) {
                        commit.setParentId(parent);
                    }
                    PersonIdent who = new PersonIdent("Dev", "dev@example.com", START.plusSeconds(3600L * i),
                            ZoneOffset.UTC);
                    commit.setAuthor(who);
                    commit.setCommitter(who);
                    commit.setMessage("change " + i + "\n");
                    parent = inserter.insert(commit);
                }
                inserter.flush();
            }
            RefUpdate update = repository.updateRef("refs/heads/main");
            update.setNewObjectId(parent);
            update.setForceUpdate(true);
            update.update();
            return parent;
        }
    }

    private static ObjectId dirTree(ObjectInserter inserter, ObjectId[] files) throws IOException {
        TreeFormatter tree = new TreeFormatter();
        for (int f = 0; f < files.length; f++) {
            tree.append(String.format("F%02d.java", f), FileMode.REGULAR_FILE, files[f]);
        }
        return inserter.insert(tree);
    }
}
