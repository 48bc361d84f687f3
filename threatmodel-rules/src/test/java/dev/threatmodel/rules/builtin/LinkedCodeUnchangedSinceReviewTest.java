package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.repo.CodeCommit;
import dev.threatmodel.repo.CodeFacts;
import dev.threatmodel.repo.McpFacts;
import dev.threatmodel.repo.RepositoryFacts;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.testing.ModelFixture;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** TM604 and TM605 on facts made by hand: the rules need no git repository to be tested. */
class LinkedCodeUnchangedSinceReviewTest {

    private static final Path FILE = Path.of("threatmodel.yaml");

    private static ThreatModel model(LocalDate elementReviewed, String... code) {
        Element e = new Element("login", "Login", ElementType.PROCESS, null, null, false, null, Set.of(), null, null,
                List.of(code), elementReviewed, null, List.of(), Origin.of(new SourceLocation(FILE, 5, 5)));
        return ThreatModel.builder().file(FILE).reviewed(LocalDate.of(2026, 3, 1)).element(e).build();
    }

    private static CodeCommit commit(String id, LocalDate day, String... paths) {
        return new CodeCommit(id, day, day.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), List.of(paths));
    }

    private static List<Finding> check(ThreatModel model, CodeFacts code) {
        return new RuleEngine(List.of(new LinkedCodeUnchangedSinceReview(), new CodeLinkMatchesFile()),
                RuleConfig.DEFAULT).check(model, BoundaryAnalysis.of(model), ModelFixture.OPTIONS,
                new RepositoryFacts(code, McpFacts.NOT_COLLECTED));
    }

    @Test
    void countsCommitsAndNamesTheNewestOnlyAfterTheApplicableReview() {
        CodeFacts facts = new CodeFacts(null, null, List.of(
                commit("c3c3c3c3c3", LocalDate.of(2026, 3, 9), "src/a/X.java", "src/b/Y.java"),
                commit("b2b2b2b2b2", LocalDate.of(2026, 3, 4), "src/a/X.java"),
                commit("a1a1a1a1a1", LocalDate.of(2026, 2, 1), "src/a/Z.java")), Set.of());

        assertThat(check(model(null, "src/a/**"), facts)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TM604");
            assertThat(f.message()).isEqualTo("Code linked to element login \"Login\" changed in 2 commits after its "
                    + "review on 2026-03-01: src/a/X.java; newest c3c3c3c on 2026-03-09. Review the element against "
                    + "the change and update reviewed.");
        });
        assertThat(check(model(LocalDate.of(2026, 3, 5), "src/a/**"), facts)).singleElement().satisfies(f ->
                assertThat(f.message()).contains("changed in 1 commit after its review on 2026-03-05"));
        assertThat(check(model(LocalDate.of(2026, 3, 9), "src/a/**"), facts)).isEmpty();
    }

    @Test
    void manyFilesAreCountedBeyondTheFirstFive() {
        CodeFacts facts = new CodeFacts(null, null, List.of(commit("d4d4d4d4", LocalDate.of(2026, 4, 1),
                "s/1", "s/2", "s/3", "s/4", "s/5", "s/6", "s/7")), Set.of());

        assertThat(check(model(null, "s"), facts)).singleElement().satisfies(f -> assertThat(f.message())
                .contains(": s/1, s/2, s/3, s/4, s/5 and 2 more files; newest d4d4d4d on 2026-04-01."));
    }

    @Test
    void unknownHistoryIsOneNoteAndNeverAPass() {
        CodeFacts facts = new CodeFacts(null, "the clone is shallow", List.of(), Set.of());

        assertThat(check(model(null, "src/a/**"), facts)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TM604");
            assertThat(f.level()).isEqualTo(Level.NOTE);
        });
        assertThat(check(model(null, "src/a/**"), CodeFacts.NOT_COLLECTED)).extracting(Finding::level)
                .containsExactly(Level.NOTE, Level.NOTE);
    }

    @Test
    void aLinkWithoutFileIsAnErrorAtThatLink() {
        CodeFacts facts = new CodeFacts(null, null, List.of(), Set.of("src/gone/**"));

        assertThat(check(model(null, "src/a/**", "src/gone/**"), facts)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("TM605");
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.identity()).isEqualTo("TM605/login/src/gone/**");
        });
    }

    @Test
    void aModelWithoutLinksIsNotJudged() {
        ThreatModel model = ThreatModel.builder().file(FILE).reviewed(LocalDate.of(2026, 3, 1)).build();

        assertThat(check(model, CodeFacts.NOT_COLLECTED)).isEmpty();
    }
}
