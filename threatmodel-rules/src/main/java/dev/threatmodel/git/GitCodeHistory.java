package dev.threatmodel.git;

import dev.threatmodel.repo.CodeCommit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilterGroup;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Reads, with JGit, which commits changed the code a model links since a date: one walk back from {@code HEAD} in
 * commit-time order, each commit compared with its first parent through a path filter that covers every link, so
 * that only the linked directories are opened. The walk ends at the first commit older than the date (as
 * {@code git log --since} does). A commit counts as after the date when its day on its committer's clock is later.
 * Merge commits are skipped, as {@code git log --no-merges} does: the commits they bring in are walked themselves,
 * with their own dates, so a merge does not report again (under the merge's date) what a branch already changed.
 *
 * <p>It never throws: a directory that is not a git work tree, a repository without commits, a shallow clone whose
 * history stops before the date, or a repository that cannot be read yields a {@link History} that says why the
 * history is unknown.
 */
public final class GitCodeHistory {

    /** Room for commits whose clocks run behind their parents' before the walk stops. */
    private static final long SKEW_SECONDS = 2L * 24 * 3600;

    private GitCodeHistory() {
    }

    /**
     * The history read: the commits that changed linked files, newest first, or why it is unknown.
     *
     * @param unknown null when the history was read, else the reason it could not be
     * @param commits the commits after the date that changed at least one linked file
     * @param walked  how many commits the walk visited
     */
    public record History(String unknown, List<CodeCommit> commits, int walked) {

        public History {
            commits = List.copyOf(commits);
        }

        static History unknown(String why) {
            return new History(why, List.of(), 0);
        }
    }

    /** Whether {@code dir} is the top of a git work tree (holds {@code .git}, a directory or a worktree's file). */
    public static boolean isWorkTree(Path dir) {
        return Files.exists(dir.resolve(Constants.DOT_GIT), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Opens the repository at {@code workTree} once and reads its head, on a thread of its own, so that JGit's
     * one-time costs (its classes and message texts, the user's and the system's git configuration, the file-system
     * clock probe) are paid while the model loads on the calling thread instead of after it. Nothing is kept and
     * nothing is reported: the history is read by {@link #read} as before, and a repository that cannot be opened
     * says so there. The caller {@linkplain Preparation#await awaits} the thread before it returns, so that no
     * thread of the check outlives it (inside Maven the plugin's class loader is closed once the goal ends).
     */
    public static Preparation prepare(Path workTree) {
        if (!isWorkTree(workTree)) {
            return new Preparation(null);
        }
        Thread thread = new Thread(() -> {
            try (Repository repository = open(workTree)) {
                repository.resolve(Constants.HEAD);
            } catch (IOException | RuntimeException e) {
                // read() meets the same problem and reports it with the check's findings
            }
        }, "threatmodel-git");
        thread.setDaemon(true);
        thread.start();
        return new Preparation(thread);
    }

    /** A repository being opened by {@link #prepare}. */
    public static final class Preparation {
        private final Thread thread;

        private Preparation(Thread thread) {
            this.thread = thread;
        }

        /** Waits until the thread has ended (at once when there was none). */
        public void await() {
            if (thread == null) {
                return;
            }
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Reads the commits of the repository at {@code workTree} made after {@code since} that changed a file under one
     * of {@code prefixes} (repository-relative directories or files; an empty one stands for the whole tree) and
     * accepted by {@code linked}.
     */
    public static History read(Path workTree, Collection<String> prefixes, LocalDate since, Predicate<String> linked) {
        if (!isWorkTree(workTree)) {
            return History.unknown("no git repository at the repository root (no .git there)");
        }
        try (Repository repository = open(workTree)) {
            return walk(repository, filter(prefixes), since, linked);
        } catch (MissingObjectException e) {
            return History.unknown("the repository lacks commit or tree " + e.getObjectId().name()
                    + " (a partial or damaged clone); fetch the full history");
        } catch (IOException | RuntimeException e) {
            // the message names the repository's absolute path; findings must not depend on where the build ran
            String why = String.valueOf(e.getMessage()).replace(workTree.toAbsolutePath().toString(), ".");
            return History.unknown("the git repository cannot be read: " + why);
        }
    }

    /** The existing repository whose work tree is {@code workTree}. */
    private static Repository open(Path workTree) throws IOException {
        return new FileRepositoryBuilder().setWorkTree(workTree.toFile()).setMustExist(true).build();
    }

    private static TreeFilter filter(Collection<String> prefixes) {
        Set<String> paths = new TreeSet<>();
        for (String p : prefixes) {
            if (p.isEmpty()) {
                return TreeFilter.ANY_DIFF;
            }
            paths.add(p);
        }
        if (paths.isEmpty()) {
            return TreeFilter.ANY_DIFF;
        }
        return AndTreeFilter.create(PathFilterGroup.createFromStrings(paths), TreeFilter.ANY_DIFF);
    }

    private static History walk(Repository repository, TreeFilter filter, LocalDate since,
                                Predicate<String> linked) throws IOException {
        ObjectId head = repository.resolve(Constants.HEAD);
        if (head == null) {
            return History.unknown("the git repository has no commits yet");
        }
        Set<ObjectId> shallow = repository.getObjectDatabase().getShallowCommits();
        long stopBefore = since.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - SKEW_SECONDS;
        List<CodeCommit> found = new ArrayList<>();
        int walked = 0;
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectReader reader = walk.getObjectReader();
            walk.sort(RevSort.COMMIT_TIME_DESC);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                if (commit.getCommitTime() < stopBefore) {
                    break;
                }
                walked++;
                LocalDate day = committedOn(commit);
                if (!day.isAfter(since)) {
                    continue;
                }
                if (commit.getParentCount() > 1) {
                    continue; // a merge brings changes whose own commits the walk visits (git log --no-merges)
                }
                if (shallow.contains(commit)) {
                    return History.unknown("the clone is shallow: its history stops at commit "
                            + commit.abbreviate(7).name() + " of " + day + ", after the review date " + since
                            + "; fetch the full history (actions/checkout: fetch-depth: 0)");
                }
                List<String> paths = changedPaths(reader, walk, commit, filter, linked);
                if (!paths.isEmpty()) {
                    found.add(new CodeCommit(commit.name(), day,
                            Instant.ofEpochSecond(commit.getCommitTime()), paths));
                }
            }
        }
        return new History(null, found, walked);
    }

    private static LocalDate committedOn(RevCommit commit) {
        PersonIdent committer = commit.getCommitterIdent();
        Instant when = Instant.ofEpochSecond(commit.getCommitTime());
        ZoneOffset offset = committer == null ? ZoneOffset.UTC
                : ZoneOffset.ofTotalSeconds(committer.getZoneOffset().getTotalSeconds());
        return LocalDate.ofInstant(when, offset);
    }

    private static List<String> changedPaths(ObjectReader reader, RevWalk walk, RevCommit commit, TreeFilter filter,
                                             Predicate<String> linked) throws IOException {
        Set<String> paths = new TreeSet<>();
        try (TreeWalk tw = new TreeWalk(reader)) {
            if (commit.getParentCount() == 0) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                RevCommit parent = walk.parseCommit(commit.getParent(0));
                tw.addTree(new CanonicalTreeParser(null, reader, parent.getTree()));
            }
            tw.addTree(new CanonicalTreeParser(null, reader, commit.getTree()));
            tw.setRecursive(true);
            tw.setFilter(filter);
            while (tw.next()) {
                String path = tw.getPathString();
                if (linked.test(path)) {
                    paths.add(path);
                }
            }
        }
        return new ArrayList<>(paths);
    }
}
