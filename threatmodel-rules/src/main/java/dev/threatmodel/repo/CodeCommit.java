package dev.threatmodel.repo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A commit that changed linked code.
 *
 * @param id    the full commit id
 * @param date  the day of the commit on its committer's clock, compared with review dates
 * @param time  the instant of the commit, for ordering
 * @param paths the linked files it changed (added, modified, deleted or renamed), repository-relative, sorted
 */
public record CodeCommit(String id, LocalDate date, Instant time, List<String> paths) {

    public CodeCommit {
        paths = List.copyOf(paths);
    }

    /** The first seven characters of the id, as {@code git log --oneline} shows it. */
    public String shortId() {
        return id.length() <= 7 ? id : id.substring(0, 7);
    }
}
