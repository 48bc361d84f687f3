package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.AgentAccess;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Hosting;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PrivilegedAgentHostedInternallyTest {

    private final PrivilegedAgentHostedInternally rule = new PrivilegedAgentHostedInternally();
    private final ModelFixture m = new ModelFixture();

    PrivilegedAgentHostedInternallyTest() {
        m.zone("internet", 0, null);
        m.zone("agents", 40, null);
        m.zone("app", 60, null);
        m.entity("outsider", "internet");
        m.process("api", "app");
    }

    private Element agent(Hosting hosting, AgentAccess... access) {
        return m.add(new Element("bot", "Bot", ElementType.AI_AGENT, null, "agents", false, null, Set.of(access),
                hosting, null, List.of(), m.elementOrigin()));
    }

    @Test
    void anInternallyHostedAgentWithTerminalAccessPasses() {
        agent(Hosting.INTERNAL, AgentAccess.TERMINAL);
        m.flow("f1", 1, "outsider", "bot");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aThirdPartyAgentWithoutTerminalOrFileSystemAccessPasses() {
        agent(Hosting.THIRD_PARTY, AgentAccess.READ_ONLY, AgentAccess.NETWORK);
        m.flow("f1", 1, "outsider", "bot");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aThirdPartyAgentWithFileSystemAccessIsAnError() {
        Element bot = agent(Hosting.THIRD_PARTY, AgentAccess.FILE_SYSTEM);
        m.flow("f1", 1, "bot", "api");
        assertThat(m.check(rule)).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::rank)
                .containsExactly(tuple("TM404", Level.ERROR, "AI agent bot \"Bot\" has file-system access but is "
                        + "hosted by a third party: an agent someone else runs is low trust, and file-system access "
                        + "is high authority. Run it yourself, or take the file-system access away.",
                        bot.origin().of("hosting"), 80));
    }

    @Test
    void untrustedInputMakesItTheStrongestFinding() {
        Element bot = agent(Hosting.THIRD_PARTY, AgentAccess.TERMINAL);
        DataFlow in = m.flow("f1", 1, "outsider", "bot");
        List<Finding> findings = m.check(rule);
        assertThat(findings).extracting(Finding::message, Finding::rank).containsExactly(tuple("AI agent bot \"Bot\" "
                + "has terminal access but is hosted by a third party: an agent someone else runs is low trust, and "
                + "terminal access is high authority. Run it yourself, or take the terminal access away. It also "
                + "takes input from a less trusted zone or one of unknown trust (flow f1 \"Data f1\"), so whoever "
                + "writes that input can steer it.", 100));
        assertThat(findings.get(0).related()).containsExactly(
                new RelatedLocation(in.origin().at(), "untrusted input into the agent"));
        assertThat(findings.get(0).location()).isEqualTo(bot.origin().of("hosting"));
    }

    @Test
    void anAgentThatDoesNotSayWhoHostsItCountsAsThirdPartyHosted() {
        Element bot = agent(null, AgentAccess.TERMINAL, AgentAccess.FILE_SYSTEM);
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                "AI agent bot \"Bot\" has file-system and terminal access and does not say who hosts it, so it "
                        + "counts as hosted by a third party: set hosting to internal if you run it, or take the "
                        + "file-system and terminal access away.", bot.origin().of("access")));
    }
}
