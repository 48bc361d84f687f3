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

class StoreConnectsToProcessTest {

    private final StoreConnectsToProcess rule = new StoreConnectsToProcess();
    private final ModelFixture m = new ModelFixture();

    @Test
    void storesConnectedToProcessesAndAgentsPass() {
        m.process("api", "app");
        m.agent("bot", "bots");
        m.store("db", "app");
        m.flow("f1", 1, "api", "db");
        m.flow("f2", 2, "db", "bot");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aStoreReadDirectlyByAnEntityIsAWarningAtTheTarget() {
        m.store("db", "app");
        Element reader = m.entity("reader", "internet");
        DataFlow f1 = m.flow("f1", 1, "db", "reader");

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location)
                .containsExactly(tuple("TM303", Level.WARNING, "Flow f1 \"Data f1\" connects data store db \"Db\" "
                                + "directly to the external entity reader \"Reader\": route it through the process "
                                + "that moves the data.", f1.origin().of("target")));
        assertThat(findings.get(0).related()).containsExactly(
                new RelatedLocation(reader.origin().at(), "the element that is not a process"));
    }

    @Test
    void aStoreWrittenByAnotherStoreIsReportedAtTheSource() {
        m.store("db", "app");
        m.store("backup", "app");
        DataFlow f1 = m.flow("f1", 1, "backup", "db");
        assertThat(m.check(rule)).extracting(Finding::message, Finding::location).containsExactly(tuple(
                "Flow f1 \"Data f1\" connects data store backup \"Backup\" directly to another data store db \"Db\": "
                        + "route it through the process that moves the data.", f1.origin().of("target")));
    }
}
