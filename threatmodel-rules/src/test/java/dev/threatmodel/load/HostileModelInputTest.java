package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile catalogue at the level of the whole loader: what a model file can do once it parses. Ids get the most
 * attention, because references and suppressions name items by id: two ids that look alike but differ would let a
 * reference, or a suppression, land on another item than the reader believes.
 */
class HostileModelInputTest {

    @TempDir
    Path dir;

    LoadProblems problems;

    @BeforeEach
    void setUp() {
        problems = new LoadProblems(dir);
    }

    @Test
    void zonesWhoseParentsLoopAreRefused() {
        assertThat(problems.of("""
                zones:
                  - id: outer
                    parent: inner
                  - id: inner
                    parent: outer
                """)).containsExactly("3:13 zone 'outer' is its own ancestor: outer -> inner -> outer");
    }

    @Test
    void aFlowFromAnElementToItselfLoadsAndCrossesNothing() throws ModelLoadException {
        ThreatModel model = problems.load("""
                zones:
                  - id: inside
                    trustLevel: 50
                elements:
                  - id: cache
                    type: process
                    zone: inside
                flows:
                  - id: refresh
                    source: cache
                    target: cache
                """);
        DataFlow refresh = model.flows().get(0);
        assertThat(refresh.source()).isEqualTo(refresh.target()).isEqualTo("cache");
        assertThat(BoundaryAnalysis.of(model).crossingFlows()).isEmpty();
    }

    @Test
    void anIdWithAZeroWidthSpaceIsRefused() {
        assertThat(problems.of("""
                elements:
                  - id: "adm\\u200Bin"
                    type: entity
                """)).containsExactly("2:9 id 'adm\\u200Bin' contains the invisible character U+200B ZERO WIDTH"
                + " SPACE; ids must be plain visible text");
    }

    @Test
    void anIdWithABidirectionalOverrideIsRefused() {
        assertThat(problems.of("""
                assets:
                  - id: "report\\u202Etxt.exe"
                """)).containsExactly("2:9 id 'report\\u202Etxt.exe' contains the invisible character U+202E"
                + " RIGHT-TO-LEFT OVERRIDE; ids must be plain visible text");
    }

    @Test
    void anIdWithANonBreakingSpaceIsRefusedButAPlainSpaceIsNot() {
        assertThat(problems.of("""
                assets:
                  - id: "card\\u00A0data"
                  - id: card data
                """)).containsExactly("2:9 id 'card\\u00A0data' contains the invisible character U+00A0 NO-BREAK"
                + " SPACE; ids must be plain visible text");
    }

    @Test
    void anIdMixingLatinAndCyrillicLettersIsRefused() {
        // 'adm' + CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I + 'n' reads as 'admin'
        assertThat(problems.of("""
                elements:
                  - id: admin
                    type: entity
                  - id: adm\u0456n
                    type: entity
                """)).containsExactly("4:9 id 'adm\u0456n' mixes Latin (U+0061 LATIN SMALL LETTER A) and Cyrillic"
                + " (U+0456 CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I) letters, so it can pass for another id;"
                + " write it in one script");
    }

    @Test
    void anIdWrittenEntirelyInLookAlikeLettersIsRefusedNextToTheIdItImitates() {
        // every letter Cyrillic: one script, but drawn exactly like 'scope'
        assertThat(problems.of("""
                assets:
                  - id: scope
                  - id: \u0455\u0441\u043e\u0440\u0435
                """)).containsExactly("3:9 id '\u0455\u0441\u043e\u0440\u0435' looks the same as id 'scope' at line"
                + " 2, column 9 but is different text; a reference could land on the wrong one, so rename one of"
                + " them");
    }

    @Test
    void composedAndDecomposedAccentsAreTheSameLook() {
        assertThat(problems.of("""
                assets:
                  - id: caf\u00e9
                  - id: cafe\u0301
                """)).containsExactly("3:9 id 'cafe\u0301' looks the same as id 'caf\u00e9' at line 2, column 9 but"
                + " is different text; a reference could land on the wrong one, so rename one of them");
    }

    @Test
    void fullWidthLettersLookLikeTheirAsciiTwins() {
        assertThat(problems.of("""
                zones:
                  - id: dmz
                  - id: \uff44\uff4d\uff5a
                """)).containsExactly("3:9 id '\uff44\uff4d\uff5a' looks the same as id 'dmz' at line 2, column 9 but"
                + " is different text; a reference could land on the wrong one, so rename one of them");
    }

    @Test
    void idsOfDifferentKindsMayLookAlike() throws ModelLoadException {
        // a zone and an asset never stand in for each other in a reference
        ThreatModel model = problems.load("""
                assets:
                  - id: dmz
                zones:
                  - id: \uff44\uff4d\uff5a
                """);
        assertThat(model.zones()).hasSize(1);
    }

    @Test
    void idsInOneScriptOtherThanLatinLoad() throws ModelLoadException {
        ThreatModel model = problems.load("""
                assets:
                  - id: kunden-\u00e4nderung
                  - id: \u9867\u5ba2\u30c7\u30fc\u30bf
                  - id: \u0434\u0430\u043d\u043d\u044b\u0435
                  - id: \u03b4\u03b5\u03b4\u03bf\u03bc\u03ad\u03bd\u03b1
                """);
        assertThat(model.assets()).hasSize(4);
    }

    @Test
    void aReferenceWithAnInvisibleCharacterIsShownEscaped() {
        assertThat(problems.of("""
                zones:
                  - id: dmz
                elements:
                  - id: web
                    type: process
                    zone: "dmz\\u200B"
                """)).containsExactly(
                "6:11 'zone' of element 'web' refers to zone 'dmz\\u200B', which does not exist; did you mean 'dmz'?");
    }

    @Test
    void aFileWithThousandsOfProblemsReportsTheFirstHundredAndACount() {
        StringBuilder yaml = new StringBuilder("assets:\n");
        for (int i = 0; i < 1000; i++) {
            yaml.append("  - name: no id ").append(i).append('\n');
        }
        var found = problems.of(yaml.toString());
        assertThat(found).hasSize(LoadLimits.MAX_PROBLEMS + 1);
        assertThat(found.get(0)).isEqualTo("2:5 an asset needs 'id'");
        assertThat(found.get(LoadLimits.MAX_PROBLEMS)).isEqualTo("102:5 and 900 more problems, not shown; fix these"
                + " first");
    }

    @Test
    void aBillionLaughsModelIsRefusedByTheLoader() {
        StringBuilder yaml = new StringBuilder("name: &n0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("x").append(i).append(": &n").append(i).append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(10, "*n" + (i - 1)))).append("]\n");
        }
        assertThat(problems.of(yaml.toString())).containsExactly("7:10 the YAML uses more than 50 aliases to lists"
                + " or mappings; refusing to expand them, since that is how alias bombs ('billion laughs') exhaust"
                + " memory");
    }

    @Test
    void aTagAskingForAJavaObjectIsRefusedByTheLoader() {
        assertThat(problems.of("name: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://x/\"]]\n"))
                .containsExactly(
                        "1:7 YAML tag 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not allowed: a threat"
                                + " model holds plain mappings, lists and values",
                        "1:43 YAML tag 'tag:yaml.org,2002:java.net.URL' is not allowed: a threat model holds plain"
                                + " mappings, lists and values");
    }
}
