package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.ThreatModel;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A misspelt key inside a mitigation, an acceptance or a suppression must be reported like one anywhere else: a typo
 * there silently drops a decision. And a flow written as not encrypted must stay not encrypted. Mutation testing
 * showed both unguarded.
 */
class NestedItemsAndBooleansTest {

    @TempDir
    Path dir;

    LoadProblems problems;

    @BeforeEach
    void setUp() {
        problems = new LoadProblems(dir);
    }

    private static final String FLOW = """
            elements:
              - id: a
                type: entity
              - id: b
                type: process
            flows:
              - id: f1
                source: a
                target: b
            """;

    @Test
    void unknownKeysInsideAThreatsPartsAreReported() {
        assertThat(problems.of(FLOW + """
                threats:
                  - id: T1
                    name: Tampered order
                    category: tampering
                    target: f1
                    status: accepted
                    mitigations:
                      - name: Signed requests
                        stauts: implemented
                    acceptance:
                      justification: ok
                      acceptedBy: lead
                      expiers: 2027-01-01
                    suppressions:
                      - rule: TM101
                        reason: decided
                        reasn: typo
                """)).containsExactly(
                "18:9 unknown key 'stauts' in a mitigation; did you mean 'status'?",
                "22:7 unknown key 'expiers' in an acceptance; did you mean 'expires'?",
                "26:9 unknown key 'reasn' in a suppression; did you mean 'reason'?");
    }

    @Test
    void falseAndNoStayFalse() throws ModelLoadException {
        ThreatModel model = problems.load(FLOW.replace("    target: b\n",
                "    target: b\n    authenticated: false\n    encrypted: no\n    bidirectional: off\n"));
        DataFlow f1 = model.flows().get(0);
        assertThat(f1.authenticated()).isFalse();
        assertThat(f1.encrypted()).isFalse();
        assertThat(f1.bidirectional()).isFalse();
    }

    @Test
    void trueYesAndOnAreTrue() throws ModelLoadException {
        ThreatModel model = problems.load(FLOW.replace("    target: b\n",
                "    target: b\n    authenticated: true\n    encrypted: yes\n    bidirectional: on\n"));
        DataFlow f1 = model.flows().get(0);
        assertThat(f1.authenticated()).isTrue();
        assertThat(f1.encrypted()).isTrue();
        assertThat(f1.bidirectional()).isTrue();
    }
}
