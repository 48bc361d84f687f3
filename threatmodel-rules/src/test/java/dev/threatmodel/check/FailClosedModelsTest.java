package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RuleOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: leaving a fact out of a model never turns a failing verdict into a pass. Each test loads a small model
 * through the real loader and runs every built-in rule, as the build does, so it shows the verdict a user gets.
 */
class FailClosedModelsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    /**
     * A complete model of an internet user whose issue text reaches an agent with terminal access. The flow into the
     * agent is guarded (threat T1 mitigated, story S1), so every rule passes; {@code %s} markers let tests change it.
     */
    static String agentModel(String internetTrust, String agentTrust, String hosting) {
        return """
                name: Clinic triage
                owner: clinic-team
                reviewed: 2026-11-01
                assets:
                  - id: records
                    name: Appointment records
                    classification: confidential
                objectives:
                  - id: keep-records
                    name: Records stay private
                    asset: records
                    protects: [confidentiality]
                    assumptions: [sandbox]
                assumptions:
                  - id: sandbox
                    text: The agent's terminal runs in a throw-away container.
                    type: infrastructure
                    owner: platform-team
                    status: validated
                zones:
                  - id: internet
                    name: Internet
                %s    assumptions: [sandbox]
                  - id: agents
                    name: Agent sandbox
                %s    assumptions: [sandbox]
                elements:
                  - id: patient
                    name: Patient
                    type: entity
                    zone: internet
                  - id: triage
                    name: Triage agent
                    type: agent
                    access: [terminal]
                %s    zone: agents
                flows:
                  - id: f1
                    number: 1
                    name: Symptom text
                    source: patient
                    target: triage
                  - id: f2
                    number: 2
                    name: Triage answer
                    source: triage
                    target: patient
                threats:
                  - id: T1
                    name: Symptom text makes the agent run commands
                    category: elevation-of-privilege
                    target: triage
                    severity: high
                    status: mitigated
                    mitigations:
                      - name: Terminal limited to an allow-list in a throw-away container
                        control: authorization
                        domain: security-architecture
                        status: implemented
                        reliesOn: [sandbox]
                  - id: T2
                    name: Symptom text altered on the way
                    category: tampering
                    target: f1
                    severity: medium
                    status: mitigated
                    mitigations:
                      - name: TLS
                        control: integrity
                        domain: cryptography
                        status: implemented
                        reliesOn: [sandbox]
                  - id: T3
                    name: Answer read on the way
                    category: information-disclosure
                    target: f2
                    severity: medium
                    status: mitigated
                    mitigations:
                      - name: TLS
                        control: confidentiality
                        domain: cryptography
                        status: implemented
                        reliesOn: [sandbox]
                stories:
                  - id: S1
                    kind: agent-bypass
                    name: Prompt injection through symptom text
                    narrative: A patient writes instructions into the symptom field.
                    flows: [f1]
                    threats: [T1]
                  - id: S2
                    kind: abuse
                    name: Flooding the triage
                    narrative: A script submits thousands of symptom forms.
                    flows: [f1]
                """.formatted(internetTrust, agentTrust, hosting);
    }

    static final String TRUST_0 = "    trustLevel: 0\n";
    static final String TRUST_50 = "    trustLevel: 50\n";
    static final String INTERNAL = "    hosting: internal\n";

    CheckResult check(String yaml) throws IOException, ModelLoadException, CheckConfigurationException {
        Path model = dir.resolve("threatmodel.yaml");
        Files.writeString(model, yaml);
        return ThreatModelCheck.run(CheckRequest.builder(model).topDirectory(dir)
                .ruleOptions(new RuleOptions(TODAY, RuleOptions.DEFAULT_MAX_REVIEW_AGE_DAYS)).build());
    }

    static List<String> unsuppressed(CheckResult result, Level level) {
        return result.findings().stream().filter(f -> !f.isSuppressed() && f.level() == level)
                .map(Finding::ruleId).toList();
    }

    @Test
    void theCompleteAgentModelPasses() throws Exception {
        CheckResult result = check(agentModel(TRUST_0, TRUST_50, INTERNAL));
        assertThat(result.findings()).extracting(Finding::message).isEmpty();
    }

    @Test
    void hole1_anUnguardedFlowIntoATerminalAgentFailsWhenTheInternetZoneHasNoTrustLevel() throws Exception {
        String yaml = agentModel("", TRUST_50, INTERNAL).replace("category: elevation-of-privilege",
                "category: denial-of-service").replace("flows: [f1]\n    threats: [T1]", "flows: [f2]");
        CheckResult result = check(yaml);
        assertThat(unsuppressed(result, Level.ERROR)).contains("TM309", "TM403");
    }

    @Test
    void hole1_anUnguardedFlowIntoATerminalAgentFailsWhenTheAgentZoneHasNoTrustLevel() throws Exception {
        String yaml = agentModel(TRUST_0, "", INTERNAL).replace("category: elevation-of-privilege",
                "category: denial-of-service").replace("flows: [f1]\n    threats: [T1]", "flows: [f2]");
        CheckResult result = check(yaml);
        assertThat(unsuppressed(result, Level.ERROR)).contains("TM309", "TM403");
    }

    @Test
    void hole1_aZoneWithoutTrustLevelIsAnErrorEvenWhenEverythingElseIsGuarded() throws Exception {
        CheckResult result = check(agentModel("", TRUST_50, INTERNAL));
        assertThat(unsuppressed(result, Level.ERROR)).containsExactly("TM309");
    }

    @Test
    void hole2_aModelWithOnlyANameFails() throws Exception {
        CheckResult result = check("name: Clinic\n");
        assertThat(unsuppressed(result, Level.ERROR)).containsExactly("TM310");
    }

    @Test
    void hole2_anEmptyJsonObjectFails() throws Exception {
        Path model = dir.resolve("threatmodel.json");
        Files.writeString(model, "{}");
        CheckResult result = ThreatModelCheck.run(CheckRequest.builder(model).topDirectory(dir)
                .ruleOptions(new RuleOptions(TODAY, RuleOptions.DEFAULT_MAX_REVIEW_AGE_DAYS)).build());
        assertThat(unsuppressed(result, Level.ERROR)).containsExactly("TM310");
    }

    @Test
    void hole2_deletingEveryZoneFromAFailingModelDoesNotMakeItPass() throws Exception {
        String failing = agentModel(TRUST_0, TRUST_50, INTERNAL).replace("status: mitigated", "status: open");
        assertThat(unsuppressed(check(failing), Level.ERROR)).contains("TM102");
        String zoneless = failing.replaceAll("(?s)zones:.*?elements:", "elements:").replace("    zone: internet\n", "")
                .replace("    zone: agents\n", "");
        assertThat(zoneless).doesNotContain("zone");
        assertThat(unsuppressed(check(zoneless), Level.ERROR)).contains("TM310");
    }

    @Test
    void hole3_aThirdPartyHostedAgentWithTerminalAccessFailsEvenWhenItsInputIsGuarded() throws Exception {
        CheckResult result = check(agentModel(TRUST_0, TRUST_50, "    hosting: third-party\n"));
        assertThat(unsuppressed(result, Level.ERROR)).containsExactly("TM404");
        assertThat(result.findings().get(0).rank()).as("untrusted input reaches it: the strongest finding")
                .isEqualTo(100);
    }

    @Test
    void hole3_anAgentWithTerminalAccessThatDoesNotSayWhoHostsItFails() throws Exception {
        CheckResult result = check(agentModel(TRUST_0, TRUST_50, ""));
        assertThat(unsuppressed(result, Level.ERROR)).containsExactly("TM404");
    }

    /** The agent model with threat T2 (on the crossing flow f1) open, suppressed with the given extra lines. */
    static String openT2Suppressed(String rule, String extra) {
        return agentModel(TRUST_0, TRUST_50, INTERNAL).replace(
                "    target: f1\n    severity: medium\n    status: mitigated\n",
                "    target: f1\n    severity: medium\n    status: open\n    suppressions:\n      - rule: " + rule
                        + "\n        reason: The gateway strips the field.\n" + extra);
    }

    @Test
    void hole7_aSuppressionOfAnUnknownRuleIsALoadErrorWithDidYouMean() throws Exception {
        String yaml = openT2Suppressed("TM1O2", "");
        Path model = dir.resolve("threatmodel.yaml");
        Files.writeString(model, yaml);
        int line = yaml.lines().toList().indexOf("      - rule: TM1O2") + 1;
        assertThatThrownBy(() -> check(yaml)).isInstanceOf(ModelLoadException.class)
                .satisfies(e -> assertThat(((ModelLoadException) e).problems()).singleElement().satisfies(p -> {
                    assertThat(p.message()).isEqualTo("a suppression names rule 'TM1O2', which does not exist; did "
                            + "you mean 'TM102'?");
                    assertThat(p.location().line()).isEqualTo(line);
                }));
    }

    @Test
    void hole7_aSuppressionOfAnErrorWithoutByAndUntilSuppressesNothingAndSaysWhy() throws Exception {
        CheckResult result = check(openT2Suppressed("TM102", ""));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("TM102")).singleElement().satisfies(f -> {
            assertThat(f.isSuppressed()).isFalse();
            assertThat(f.level()).isEqualTo(Level.ERROR);
            assertThat(f.message()).endsWith("does not apply: suppressing an error needs by and until, who "
                    + "accepted it and until when.)");
        });
    }

    @Test
    void hole7_anExpiredSuppressionSuppressesNothingAndSaysSo() throws Exception {
        CheckResult result = check(openT2Suppressed("TM102",
                "        by: Head of security\n        until: 2026-11-22\n"));
        assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("TM102")).singleElement().satisfies(f -> {
            assertThat(f.isSuppressed()).isFalse();
            assertThat(f.message()).endsWith("does not apply: it expired on 2026-11-22.)");
        });
    }

    @Test
    void hole7_aSuppressionWithOwnerAndEndDateWaivesTheErrorAndTheConsoleListsIt() throws Exception {
        CheckResult result = check(openT2Suppressed("TM102",
                "        by: Head of security\n        until: 2026-11-23\n"));
        assertThat(result.errors()).isZero();
        assertThat(result.suppressed()).isEqualTo(1);
        assertThat(ConsoleReport.findings(result)).extracting(ConsoleReport.Line::text).singleElement()
                .satisfies(line -> assertThat(line).startsWith("threatmodel.yaml:").contains(": SUPPRESSED TM102 ")
                        .endsWith("(error suppressed: The gateway strips the field.; by Head of security; until "
                                + "2026-11-23)"));
    }

    @Test
    void hole2_takingBothEndsOfAnUnguardedFlowOutOfTheirZonesDoesNotMakeItPass() throws Exception {
        String failing = agentModel(TRUST_0, TRUST_50, INTERNAL).replace("category: elevation-of-privilege",
                "category: denial-of-service").replace("flows: [f1]\n    threats: [T1]", "flows: [f2]");
        assertThat(unsuppressed(check(failing), Level.ERROR)).contains("TM403");
        String unplaced = failing.replace("    zone: internet\n", "").replace("    zone: agents\n", "");
        assertThat(unsuppressed(check(unplaced), Level.ERROR)).contains("TM403");
    }

    /** The agent model with one more threat on the agent, given as its lines after {@code target: triage}. */
    static String withThreatOnTheAgent(String rest) {
        return agentModel(TRUST_0, TRUST_50, INTERNAL).replace("stories:\n", """
                  - id: T9
                    name: A second risk on the agent
                    category: elevation-of-privilege
                    target: triage
                """ + rest + "stories:\n");
    }

    @Test
    void hole4_anAcceptanceThatExpiredOffTheCrossingFlowsFails() throws Exception {
        CheckResult result = check(withThreatOnTheAgent("""
                    severity: low
                    status: accepted
                    acceptance:
                      justification: The container is rebuilt nightly.
                      acceptedBy: Head of platform
                      expires: 2026-11-22
                """));
        assertThat(unsuppressed(result, Level.ERROR)).containsExactly("TM107");
    }

    @Test
    void hole4_anOpenCriticalThreatOffTheCrossingFlowsIsAtLeastAWarning() throws Exception {
        CheckResult result = check(withThreatOnTheAgent("    severity: critical\n    status: open\n"));
        assertThat(unsuppressed(result, Level.WARNING)).containsExactly("TM108");
    }

    @Test
    void hole5_aReviewDateInTheFutureFails() throws Exception {
        CheckResult result = check(agentModel(TRUST_0, TRUST_50, INTERNAL).replace("reviewed: 2026-11-01",
                "reviewed: 2031-01-01"));
        assertThat(unsuppressed(result, Level.ERROR)).containsExactly("TM602");
    }

    @Test
    void hole5_anAcceptanceBeyondTheTermIsAWarning() throws Exception {
        CheckResult result = check(withThreatOnTheAgent("""
                    severity: low
                    status: accepted
                    acceptance:
                      justification: The container is rebuilt nightly.
                      acceptedBy: Head of platform
                      expires: 2031-01-01
                """));
        assertThat(unsuppressed(result, Level.WARNING)).containsExactly("TM603");
    }

    @Test
    void hole6_aMitigationWithoutControlFails() throws Exception {
        CheckResult result = check(agentModel(TRUST_0, TRUST_50, INTERNAL).replace(
                "        control: authorization\n", ""));
        assertThat(unsuppressed(result, Level.ERROR)).containsExactly("TM106");
    }

    @Test
    void hole8_anAgentBypassStoryCoversTheFlowIntoTheAgent() throws Exception {
        String yaml = agentModel(TRUST_0, TRUST_50, INTERNAL);
        String withoutAbuseStory = yaml.substring(0, yaml.indexOf("  - id: S2"));
        CheckResult result = check(withoutAbuseStory);
        assertThat(result.findings()).extracting(Finding::ruleId).isEmpty();
    }
}
