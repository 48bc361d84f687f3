package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeModelReaderTest {

    @TempDir
    Path dir;

    LoadProblems problems;

    @BeforeEach
    void setUp() {
        problems = new LoadProblems(dir);
    }

    @Test
    void unknownKeySuggestsTheNearestKnownKey() {
        assertThat(problems.of("""
                name: x
                assets:
                  - id: a
                    nmae: Asset
                colour: red
                """)).containsExactly(
                "4:5 unknown key 'nmae' in an asset; did you mean 'name'?",
                "5:1 unknown key 'colour' in the model");
    }

    @Test
    void jsonProblemsPointAtTheJsonKeysAndValues() {
        assertThat(problems.json("""
                {
                  "zones": [
                    {"id": "z", "trustLevel": "high", "nmae": "Zone"}
                  ],
                  "reviewed": "2026-02-30"
                }
                """)).containsExactly(
                "3:31 'trustLevel' in a zone must be a whole number, found a string ('high')",
                "3:39 unknown key 'nmae' in a zone; did you mean 'name'?",
                "5:15 'reviewed' in the model must be a date written as YYYY-MM-DD, found '2026-02-30'");
    }

    @Test
    void duplicateKeyInYamlIsRefused() {
        assertThat(problems.of("""
                name: x
                owner: me
                name: y
                """)).containsExactly("3:1 duplicate key 'name': first written at line 1, column 1");
    }

    @Test
    void duplicateKeyInJsonIsRefused() {
        assertThat(problems.json("""
                {"name": "x",
                  "owner": "me",
                  "name": "y"}
                """)).containsExactly("3:3 duplicate key 'name': first written at line 1, column 2");
    }

    @Test
    void wrongTypesSayWhatWasExpectedAndWhatWasFound() {
        assertThat(problems.of("""
                name: [a, b]
                zones:
                  - id: z
                    trustLevel: high
                elements:
                  - id: e
                    type: process
                    outOfScope: maybe
                    access: network
                flows: {id: f}
                """)).containsExactly(
                "1:7 'name' in the model must be a string, found a list",
                "4:17 'trustLevel' in a zone must be a whole number, found a string ('high')",
                "8:17 'outOfScope' in an element must be true or false, found a string ('maybe')",
                "9:13 'access' in an element must be a list, found a string ('network')",
                "10:8 'flows' in the model must be a list, found a mapping");
    }

    @Test
    void unquotedNumberWhereTextBelongsAsksForQuotes() {
        assertThat(problems.of("""
                assets:
                  - id: 42
                """)).containsExactly("2:9 'id' in an asset must be a string (put the value in quotes to write it "
                + "as text), found a whole number ('42')");
    }

    @Test
    void itemThatIsNotAMappingIsRefused() {
        assertThat(problems.of("""
                assets:
                  - credentials
                """)).containsExactly(
                "2:5 an asset must be a mapping of keys to values, found a string ('credentials')");
    }

    @Test
    void invalidEnumValueListsTheAllowedWordsAndSuggestsTheNearest() {
        assertThat(problems.of("""
                elements:
                  - id: web
                    type: proces
                threats:
                  - id: T1
                    category: tamperin
                    target: web
                    status: closed
                """)).containsExactly(
                "3:11 'type' in an element cannot be 'proces': allowed are entity, process, store, agent;"
                        + " did you mean 'process'?",
                "6:15 'category' in a threat cannot be 'tamperin': allowed are spoofing, tampering, repudiation,"
                        + " information-disclosure, denial-of-service, elevation-of-privilege;"
                        + " did you mean 'tampering'?",
                "8:13 'status' in a threat cannot be 'closed': allowed are open, mitigated, accepted, transferred,"
                        + " not-applicable");
    }

    @Test
    void invalidDatesAreRefused() {
        assertThat(problems.of("""
                reviewed: 2026-13-01
                """)).containsExactly(
                "1:11 'reviewed' in the model must be a date written as YYYY-MM-DD, found '2026-13-01'");
        assertThat(problems.of("""
                elements:
                  - id: e
                    type: entity
                threats:
                  - id: T1
                    category: spoofing
                    target: e
                    status: accepted
                    acceptance:
                      expires: 31.12.2028
                reviewed: 20261102
                """)).containsExactly(
                "10:16 'expires' in an acceptance must be a date written as YYYY-MM-DD, found '31.12.2028'",
                "11:11 'reviewed' in the model must be a date written as YYYY-MM-DD, found a whole number"
                        + " ('20261102')");
    }

    @Test
    void duplicateIdsAreRefusedWithinAKindAndAcrossElementsAndFlows() {
        assertThat(problems.of("""
                assets:
                  - id: a
                  - id: a
                zones:
                  - id: a
                elements:
                  - id: web
                    type: process
                flows:
                  - id: web
                    source: web
                    target: web
                """)).containsExactly(
                "3:9 duplicate id 'a': the asset at line 2, column 9 already has it",
                "10:9 duplicate id 'web': the element at line 7, column 9 already has it");
    }

    @Test
    void duplicateMitigationIdsAreRefusedIncludingGeneratedOnes() {
        assertThat(problems.of("""
                elements:
                  - id: e
                    type: process
                threats:
                  - id: T1
                    category: spoofing
                    target: e
                    status: open
                    mitigations:
                      - name: first
                      - name: second
                        id: T1.m1
                """)).containsExactly(
                "12:13 duplicate id 'T1.m1': the mitigation at line 10, column 9 already has it");
    }

    @Test
    void everyKindOfDanglingReferenceIsReported() {
        assertThat(problems.of("""
                assets:
                  - id: posts
                objectives:
                  - id: o
                    asset: post
                    assumptions: [tls]
                attackerGoals:
                  - id: g
                    assets: [posts, secrets]
                assumptions:
                  - id: tls-everywhere
                zones:
                  - id: web
                    parent: dmz
                    assumptions: [tls-everywere]
                elements:
                  - id: server
                    type: process
                    zone: internet
                flows:
                  - id: f1
                    source: browser
                    target: servr
                threats:
                  - id: T1
                    category: tampering
                    target: f2
                    status: mitigated
                    mitigations:
                      - reliesOn: [hashes]
                stories:
                  - id: S1
                    kind: abuse
                    flows: [f1, f9]
                    elements: [f1]
                    threats: [T2]
                """)).containsExactly(
                "5:12 'asset' of objective 'o' refers to asset 'post', which does not exist; did you mean 'posts'?",
                "6:19 'assumptions' of objective 'o' refers to assumption 'tls', which does not exist;"
                        + " did you mean 'tls-everywhere'?",
                "9:21 'assets' of attacker goal 'g' refers to asset 'secrets', which does not exist",
                "14:13 'parent' of zone 'web' refers to zone 'dmz', which does not exist",
                "15:19 'assumptions' of zone 'web' refers to assumption 'tls-everywere', which does not exist;"
                        + " did you mean 'tls-everywhere'?",
                "19:11 'zone' of element 'server' refers to zone 'internet', which does not exist",
                "22:13 'source' of flow 'f1' refers to element 'browser', which does not exist",
                "23:13 'target' of flow 'f1' refers to element 'servr', which does not exist;"
                        + " did you mean 'server'?",
                "27:13 'target' of threat 'T1' refers to an element or flow 'f2', which does not exist;"
                        + " did you mean 'f1'?",
                "30:20 'reliesOn' of mitigation 'T1.m1' refers to assumption 'hashes', which does not exist",
                "34:17 'flows' of story 'S1' refers to flow 'f9', which does not exist; did you mean 'f1'?",
                "35:16 'elements' of story 'S1' refers to element 'f1', but 'f1' is a flow",
                "36:15 'threats' of story 'S1' refers to threat 'T2', which does not exist; did you mean 'T1'?");
    }

    @Test
    void aShortenedWordOfAFixedListGetsDidYouMean() {
        assertThat(problems.of("""
                threats:
                  - id: T1
                    category: tampering
                    target: f1
                    status: mitigated
                    mitigations:
                      - control: integrity
                        domain: Crypto
                """)).contains("8:17 'domain' in a mitigation cannot be 'Crypto': allowed are access-control, "
                + "secure-development, business-continuity, cryptography, asset-management, legal, incident-response, "
                + "network, operations, physical-and-environmental, governance, security-architecture, supplier-risk; "
                + "did you mean 'cryptography'?");
    }

    @Test
    void aReferenceToAnIdOfAnotherKindSaysWhichKindItIs() {
        assertThat(problems.of("""
                zones:
                  - id: internet
                    trustLevel: 0
                elements:
                  - id: browser
                    type: entity
                    zone: internet
                flows:
                  - id: f1
                    source: internet
                    target: browser
                """)).containsExactly(
                "10:13 'source' of flow 'f1' refers to element 'internet', but 'internet' is a zone");
    }

    @Test
    void zoneParentLoopsAreReportedOncePerLoop() {
        assertThat(problems.of("""
                zones:
                  - id: a
                    parent: b
                  - id: b
                    parent: a
                  - id: c
                    parent: a
                  - id: self
                    parent: self
                """)).containsExactly(
                "3:13 zone 'a' is its own ancestor: a -> b -> a",
                "9:13 zone 'self' is its own ancestor: self -> self");
    }

    @Test
    void trustLevelMustLieBetweenZeroAndOneHundred() {
        assertThat(problems.of("""
                zones:
                  - id: a
                    trustLevel: 101
                  - id: b
                    trustLevel: -1
                  - id: c
                    trustLevel: 100
                  - id: d
                    trustLevel: 0
                """)).containsExactly(
                "3:17 'trustLevel' in a zone must be between 0 and 100, found 101",
                "5:17 'trustLevel' in a zone must be between 0 and 100, found -1");
    }

    @Test
    void missingRequiredKeysAreReportedAtTheEntry() {
        assertThat(problems.of("""
                assets:
                  - name: nameless
                elements:
                  - id: e
                flows:
                  - id: f
                threats:
                  - id: T1
                stories:
                  - id: S1
                suppressions:
                  - rule: TM101
                  - rule: TM102
                    reason: "  "
                """)).containsExactly(
                "2:5 an asset needs 'id'",
                "4:5 an element needs 'type'",
                "6:5 a flow needs 'source'",
                "6:5 a flow needs 'target'",
                "8:5 a threat needs 'category'",
                "8:5 a threat needs 'status'",
                "8:5 a threat needs 'target'",
                "10:5 a story needs 'kind'",
                "12:5 a suppression needs 'reason'",
                "14:13 'reason' in a suppression must not be empty");
    }

    @Test
    void whatRulesJudgeIsLoadedAsWritten() throws ModelLoadException {
        ThreatModel model = problems.load("""
                assumptions:
                  - id: a
                elements:
                  - id: e
                    type: process
                threats:
                  - id: T1
                    category: spoofing
                    target: e
                    status: open
                    mitigations:
                      - name: sign-in
                """);
        assertThat(model.name()).isNull();
        assertThat(model.assumptions().get(0).owner()).isNull();
        assertThat(model.element("e").orElseThrow().zone()).isNull();
        assertThat(model.threats().get(0).mitigations().get(0).domain()).isNull();
    }

    @Test
    void severalProblemsAreReportedInOnePassSortedByLocation() {
        assertThat(problems.of("""
                zones:
                  - id: z
                    trustLevel: 200
                    colour: red
                elements:
                  - id: e
                    type: robot
                    zone: zz
                reviewed: yesterday
                """)).containsExactly(
                "3:17 'trustLevel' in a zone must be between 0 and 100, found 200",
                "4:5 unknown key 'colour' in a zone",
                "7:11 'type' in an element cannot be 'robot': allowed are entity, process, store, agent",
                "8:11 'zone' of element 'e' refers to zone 'zz', which does not exist; did you mean 'z'?",
                "9:11 'reviewed' in the model must be a date written as YYYY-MM-DD, found 'yesterday'");
    }

    @Test
    void mitigationsWithoutIdAreNumberedPerThreat() throws ModelLoadException {
        ThreatModel model = problems.load("""
                elements:
                  - id: e
                    type: process
                threats:
                  - id: T1
                    category: spoofing
                    target: e
                    status: mitigated
                    mitigations:
                      - name: first
                        status: implemented
                      - id: mfa
                        name: second
                      - name: third
                """);
        assertThat(model.threats().get(0).mitigations()).extracting(Mitigation::id)
                .containsExactly("T1.m1", "mfa", "T1.m3");
        Mitigation first = model.threats().get(0).mitigations().get(0);
        assertThat(first.origin().at()).extracting(l -> l.line(), l -> l.column()).containsExactly(10, 9);
        assertThat(first.origin().of("status")).extracting(l -> l.line(), l -> l.column()).containsExactly(11, 17);
    }

    @Test
    void suppressionsAreReadOnItemsAndOnTheModel() throws ModelLoadException {
        ThreatModel model = problems.load("""
                suppressions:
                  - rule: TM001
                    reason: reviewed by hand
                assets:
                  - id: a
                    suppressions:
                      - {rule: TM101, reason: "public data"}
                """);
        assertThat(model.suppressions()).singleElement()
                .satisfies(s -> assertThat(s.rule()).isEqualTo("TM001"))
                .satisfies(s -> assertThat(s.origin().of("reason").line()).isEqualTo(3));
        assertThat(model.assets().get(0).suppressions()).singleElement()
                .satisfies(s -> assertThat(s.reason()).isEqualTo("public data"));
    }
}
