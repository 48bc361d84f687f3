package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.Element;
import dev.threatmodel.model.TrustZone;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentHasOwnZoneTest {

    private final AgentHasOwnZone rule = new AgentHasOwnZone();
    private final ModelFixture m = new ModelFixture();

    @Test
    void agentsInAZoneWithoutOtherElementsPass() {
        m.zone("ci", 50, null);
        m.zone("bots", 40, "ci");
        m.agent("reviewer", "bots");
        m.agent("triage", "bots");
        m.process("build", "ci");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anAgentSharingItsZoneIsAnErrorAtItsZoneField() {
        TrustZone ci = m.zone("ci", 50, null);
        Element bot = m.agent("bot", "ci");
        m.process("build", "ci");
        m.store("cache", "ci");

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM401", Level.ERROR, "AI agent bot \"Bot\" shares zone ci \"Ci\" with build "
                                + "\"Build\", cache \"Cache\": give the agent a zone of its own so that its exchanges "
                                + "cross a boundary.", bot.origin().of("zone")));
        assertThat(findings.get(0).related()).containsExactly(
                new RelatedLocation(ci.origin().at(), "zone ci \"Ci\""));
    }
}
