package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.imports.threatdragon.ThreatDragonImporter;
import dev.threatmodel.load.MapNode;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.ImportNote;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Rule;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleConfig;
import dev.threatmodel.rules.RuleEngine;
import dev.threatmodel.rules.RuleOptions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordedCrossingMatchesDrawingTest {

    private static final RuleOptions OPTIONS = new RuleOptions(LocalDate.of(2026, 11, 23), 365);

    private static List<Finding> check(ThreatModel model) {
        return new RuleEngine(List.of(new RecordedCrossingMatchesDrawing()), RuleConfig.DEFAULT).check(model, OPTIONS);
    }

    @Test
    void eachDisagreementBecomesAWarningAtTheRecordedList() throws Exception {
        Path file = Path.of("src/test/resources/fixtures/threat-dragon/recorded-crossings.json");
        MapNode root = (MapNode) new ModelLoader().readTree(file);
        ThreatModel model = new ThreatDragonImporter().read(root, file);

        List<Finding> findings = check(model);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::location, Finding::identity)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("TM701", Level.WARNING, new SourceLocation(file, 13, 56),
                                "TM701/wall"),
                        org.assertj.core.groups.Tuple.tuple("TM701", Level.WARNING, new SourceLocation(file, 15, 60),
                                "TM701/login"));
        assertThat(findings.get(1).message())
                .isEqualTo("flow login \"Login\" is recorded as crossing nothing but its drawn path crosses wall \"Wall\"");
    }

    @Test
    void aModelWithoutNotesHasNoFindings() {
        ThreatModel model = ThreatModel.builder().file(Path.of("m.yaml")).build();
        assertThat(check(model)).isEmpty();
    }

    @Test
    void notesOfOtherTopicsAreLeftToOtherRules() {
        Path file = Path.of("m.json");
        ThreatModel model = ThreatModel.builder().file(file)
                .importNote(new ImportNote("something-else", null, "not ours", new SourceLocation(file, 2, 3)))
                .build();
        assertThat(check(model)).isEmpty();
    }

    @Test
    void aNoteWhoseSubjectIsGonePointsAtItsPlaceAnyway() {
        Path file = Path.of("m.json");
        ThreatModel model = ThreatModel.builder().file(file).origin(Origin.of(SourceLocation.startOf(file)))
                .importNote(new ImportNote(ImportNote.RECORDED_CROSSING, "ghost", "flow ghost disagrees",
                        new SourceLocation(file, 7, 9)))
                .build();
        assertThat(check(model)).singleElement().satisfies(f -> {
            assertThat(f.location()).isEqualTo(new SourceLocation(file, 7, 9));
            assertThat(f.identity()).isEqualTo("TM701/(model)/ghost");
        });
    }

    @Test
    void theRuleIsFoundOnTheClassPathAndDescribesItself() {
        Rule rule = RuleEngine.discover(getClass().getClassLoader()).stream()
                .filter(r -> r.id().equals("TM701")).findFirst().orElseThrow();
        assertThat(rule).isInstanceOf(RecordedCrossingMatchesDrawing.class);
        assertThat(rule.name()).isEqualTo("RecordedCrossingMatchesDrawing");
        assertThat(rule.description()).hasSizeLessThan(1024);
        assertThat(rule.help()).contains("trustBoundaryIds").contains("crossingFlows").contains("```json");
        assertThat(rule.defaultLevel()).isEqualTo(Level.WARNING);
    }
}
