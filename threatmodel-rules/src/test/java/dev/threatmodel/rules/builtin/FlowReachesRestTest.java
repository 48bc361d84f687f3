package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlowReachesRestTest {

    private final FlowReachesRest rule = new FlowReachesRest();
    private final ModelFixture m = new ModelFixture();

    @Test
    void dataThatFlowsOnToAStorePasses() {
        m.entity("author", "internet");
        m.process("edit", "app");
        m.store("posts", "app");
        m.flow("f1", 1, "author", "edit");
        m.flow("f2", 2, "edit", "posts");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aFlowIntoAProcessThatSendsNothingOnIsAWarningAtTheTarget() {
        m.entity("author", "internet");
        Element edit = m.process("edit", "app");
        DataFlow f1 = m.flow("f1", 1, "author", "edit");

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM304", Level.WARNING, "Flow f1 \"Data f1\" ends at process edit \"Edit\", "
                                + "which sends nothing on: add the flow that carries the data to the store or entity "
                                + "where it comes to rest.", f1.origin().of("target")));
        assertThat(findings.get(0).related()).containsExactly(
                new RelatedLocation(edit.origin().at(), "the process with no outgoing flow"));
    }

    @Test
    void aBidirectionalFlowCarriesDataBack() {
        m.entity("author", "internet");
        m.agent("bot", "bots");
        m.bidirectionalFlow("f1", 1, "author", "bot");
        m.process("edit", "app");
        m.bidirectionalFlow("f2", 2, "edit", "author");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void anAgentWithNoOutgoingFlowIsADeadEndToo() {
        m.entity("author", "internet");
        m.agent("bot", "bots");
        m.flow("f1", 1, "author", "bot");
        assertThat(m.check(rule)).extracting(Finding::message).containsExactly("Flow f1 \"Data f1\" ends at agent "
                + "bot \"Bot\", which sends nothing on: add the flow that carries the data to the store or entity "
                + "where it comes to rest.");
    }

    @Test
    void dataLeavingTheScopeForAnOutOfScopeProcessIsLeftToTm308() {
        m.process("edit", "app");
        m.outOfScope("relay", dev.threatmodel.model.ElementType.PROCESS, "Run by the mail team");
        m.flow("f1", 1, "edit", "relay");
        assertThat(m.check(rule)).isEmpty();
        assertThat(m.check(new ScopeExitGoesToEntity())).extracting(Finding::identity).containsExactly("TM308/f1");
    }
}
