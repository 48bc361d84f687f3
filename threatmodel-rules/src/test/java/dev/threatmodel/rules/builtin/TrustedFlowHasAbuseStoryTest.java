package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.testing.ModelFixture;
import org.junit.jupiter.api.Test;

class TrustedFlowHasAbuseStoryTest {

    private final TrustedFlowHasAbuseStory rule = new TrustedFlowHasAbuseStory();
    private final ModelFixture m = new ModelFixture();
    private final DataFlow f1;

    TrustedFlowHasAbuseStoryTest() {
        m.zone("internet", 0, null);
        m.zone("app", 60, null);
        m.entity("user", "internet");
        m.process("api", "app");
        f1 = m.flow("f1", 1, "user", "api");
        m.flow("f2", 2, "api", "user");
    }

    @Test
    void aFlowIntoAMoreTrustedZoneNamedByAMisuseStoryPasses() {
        m.story("S1", StoryKind.MISUSE, "f1");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aFlowIntoAMoreTrustedZoneWithoutAbuseOrMisuseStoryIsAWarning() {
        m.story("S1", StoryKind.NEGLIGENCE, "f1");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::rank)
                .containsExactly(tuple("TM501", Level.WARNING, "The flow f1 \"Data f1\" (crosses into a more trusted "
                                + "zone) is named by no abuse or misuse story: add a story whose flows list f1.",
                        f1.origin().at(), 90));
    }

    @Test
    void aFormatWithoutStoriesGetsOneNote() {
        m.gap(FormatGap.STORIES);
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }

    @Test
    void aFlowBetweenZonesOfUnknownTrustNeedsAStoryAsIfItEnteredAMoreTrustedZone() {
        ModelFixture unknown = new ModelFixture();
        unknown.zone("internet", null, null);
        unknown.zone("app", 60, null);
        unknown.entity("user", "internet");
        unknown.process("api", "app");
        DataFlow in = unknown.flow("f1", 1, "user", "api");
        DataFlow out = unknown.flow("f2", 2, "api", "user");
        assertThat(unknown.check(rule)).extracting(Finding::message, Finding::location, Finding::rank)
                .containsExactly(
                        tuple("The flow f1 \"Data f1\" (crosses between zones whose trust is not known, so it is "
                                + "checked as entering a more trusted zone) is named by no abuse or misuse story: "
                                + "add a story whose flows list f1.", in.origin().at(), 90),
                        tuple("The flow f2 \"Data f2\" (crosses between zones whose trust is not known, so it is "
                                + "checked as entering a more trusted zone) is named by no abuse or misuse story: "
                                + "add a story whose flows list f2.", out.origin().at(), 90));
    }

    @Test
    void aBidirectionalFlowOutOfTheAppSaysItCountsBecauseItAlsoFlowsBack() {
        ModelFixture both = new ModelFixture();
        both.zone("internet", 0, null);
        both.zone("app", 60, null);
        both.entity("user", "internet");
        both.process("api", "app");
        both.bidirectionalFlow("f1", 1, "api", "user");
        assertThat(both.check(rule)).extracting(Finding::message)
                .containsExactly("The flow f1 \"Data f1\" (crosses into a more trusted zone on its way back, since "
                        + "it runs both ways) is named by no abuse or misuse story: add a story whose flows list f1.");
    }

    @Test
    void anAgentBypassStoryCoversAFlowIntoAnAiAgent() {
        ModelFixture agent = new ModelFixture();
        agent.zone("internet", 0, null);
        agent.zone("agents", 40, null);
        agent.entity("user", "internet");
        agent.agent("bot", "agents");
        agent.flow("f1", 1, "user", "bot");
        agent.story("S1", StoryKind.AGENT_BYPASS, "f1");
        assertThat(agent.check(rule)).isEmpty();
    }

    @Test
    void anAgentBypassStoryDoesNotCoverAFlowIntoAProcess() {
        m.story("S1", StoryKind.AGENT_BYPASS, "f1");
        assertThat(m.check(rule)).extracting(Finding::message).containsExactly("The flow f1 \"Data f1\" (crosses "
                + "into a more trusted zone) is named by no abuse or misuse story: add a story whose flows list f1.");
    }

    @Test
    void aFlowIntoAnAgentWithoutAnyStoryNamesEveryKindThatWouldFit() {
        ModelFixture agent = new ModelFixture();
        agent.zone("internet", 0, null);
        agent.zone("agents", 40, null);
        agent.entity("user", "internet");
        agent.agent("bot", "agents");
        agent.flow("f1", 1, "user", "bot");
        assertThat(agent.check(rule)).extracting(Finding::message).containsExactly("The flow f1 \"Data f1\" "
                + "(crosses into a more trusted zone) is named by no abuse, misuse or agent-bypass story: add a story "
                + "whose flows list f1.");
    }
}
