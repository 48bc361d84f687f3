package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.AgentAccess;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class PrivilegedAgentInputGuardedTest {

    private static final String INTO_BOT = "Flow f1 \"Data f1\" carries input from a less trusted zone into AI agent "
            + "bot \"Bot\", which has file-system and terminal access";

    private final PrivilegedAgentInputGuarded rule = new PrivilegedAgentInputGuarded();
    private final ModelFixture m = new ModelFixture();
    private final DataFlow f1;

    PrivilegedAgentInputGuardedTest() {
        m.zone("internet", 0, null);
        m.zone("agents", 40, null);
        m.entity("outsider", "internet");
        m.agent("bot", "agents", AgentAccess.TERMINAL, AgentAccess.FILE_SYSTEM);
        f1 = m.flow("f1", 1, "outsider", "bot");
    }

    private void elevationThreat(StrideCategory category, String target, MitigationStatus status) {
        m.threat("T1", category, target, ThreatStatus.MITIGATED,
                m.mitigation(category.control(), SecurityDomain.SECURITY_ARCHITECTURE, status));
    }

    @Test
    void aMitigatedElevationThreatAndAnAgentBypassStoryPass() {
        elevationThreat(StrideCategory.ELEVATION_OF_PRIVILEGE, "bot", MitigationStatus.IMPLEMENTED);
        m.story("S1", StoryKind.AGENT_BYPASS, "f1");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aMitigatedTamperingThreatOnTheFlowAlsoGuardsIt() {
        elevationThreat(StrideCategory.TAMPERING, "f1", MitigationStatus.IMPLEMENTED);
        m.story("S1", StoryKind.AGENT_BYPASS, "f1");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anUnguardedFlowGetsOneErrorThatNamesBothTheMissingThreatAndTheMissingStory() {
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::rank, Finding::identity)
                .containsExactly(
                        tuple("TM403", Level.ERROR, INTO_BOT + ", but no mitigated elevation-of-privilege or "
                                        + "tampering threat is aimed at the flow or the agent and no agent-bypass "
                                        + "story names the flow: add a threat of either kind on the flow or the agent "
                                        + "with an implemented mitigation, and a story with kind agent-bypass whose "
                                        + "flows list f1.",
                                f1.origin().at(), 90, "TM403/f1/bot"));
    }

    @Test
    void aMissingStoryAloneIsNamedAlone() {
        elevationThreat(StrideCategory.ELEVATION_OF_PRIVILEGE, "bot", MitigationStatus.IMPLEMENTED);
        assertThat(m.check(rule)).extracting(Finding::message)
                .containsExactly(INTO_BOT + ", but no agent-bypass story names the flow: add a story with kind "
                        + "agent-bypass whose flows list f1.");
    }

    @Test
    void inputFromAZoneWithoutTrustLevelCountsAsUntrusted() {
        ModelFixture unknown = new ModelFixture();
        unknown.zone("internet", null, null);
        unknown.zone("agents", 40, null);
        unknown.entity("outsider", "internet");
        unknown.agent("bot", "agents", AgentAccess.TERMINAL);
        unknown.flow("f1", 1, "outsider", "bot");
        assertThat(unknown.check(rule)).extracting(Finding::identity, Finding::message)
                .containsExactly(tuple("TM403/f1/bot", "Flow f1 \"Data f1\" carries input from a zone of unknown "
                        + "trust into AI agent bot \"Bot\", which has terminal access, but no mitigated "
                        + "elevation-of-privilege or tampering threat is aimed at the flow or the agent and no "
                        + "agent-bypass story names the flow: add a threat of either kind on the flow or the agent "
                        + "with an implemented mitigation, and a story with kind agent-bypass whose flows list f1."));
    }

    @Test
    void anAgentInAZoneWithoutTrustLevelIsCheckedAsTheMoreTrustedSide() {
        ModelFixture unknown = new ModelFixture();
        unknown.zone("internet", 0, null);
        unknown.zone("agents", null, null);
        unknown.entity("outsider", "internet");
        unknown.agent("bot", "agents", AgentAccess.FILE_SYSTEM);
        unknown.flow("f1", 1, "outsider", "bot");
        assertThat(unknown.check(rule)).extracting(Finding::identity).containsExactly("TM403/f1/bot");
    }

    @Test
    void aThreatWhoseMitigationIsOnlyPlannedDoesNotGuard() {
        elevationThreat(StrideCategory.ELEVATION_OF_PRIVILEGE, "bot", MitigationStatus.PLANNED);
        m.story("S1", StoryKind.ABUSE, "f1");
        assertThat(m.check(rule)).extracting(Finding::identity)
                .containsExactly("TM403/f1/bot");
    }

    @Test
    void anAgentWithoutFileSystemOrTerminalAccessIsNotChecked() {
        m.agent("reader", "agents", AgentAccess.READ_ONLY, AgentAccess.NETWORK);
        m.flow("f2", 2, "outsider", "reader");
        elevationThreat(StrideCategory.ELEVATION_OF_PRIVILEGE, "bot", MitigationStatus.IMPLEMENTED);
        m.story("S1", StoryKind.AGENT_BYPASS, "f1");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aFormatWithoutStoriesGetsOneNoteInsteadOfTheStoryFinding() {
        m.gap(FormatGap.STORIES);
        elevationThreat(StrideCategory.ELEVATION_OF_PRIVILEGE, "bot", MitigationStatus.IMPLEMENTED);
        m.flow("f2", 2, "outsider", "bot");
        assertThat(m.check(rule)).extracting(Finding::level, Finding::identity)
                .containsExactly(tuple(Level.NOTE, "TM403/(model)/format-gap-stories"));
    }
}
