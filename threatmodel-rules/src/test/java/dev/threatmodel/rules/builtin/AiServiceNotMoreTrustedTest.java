package dev.threatmodel.rules.builtin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.model.AiService;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Hosting;
import dev.threatmodel.rules.Finding;
import dev.threatmodel.rules.Level;
import dev.threatmodel.rules.RelatedLocation;
import dev.threatmodel.testing.ModelFixture;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AiServiceNotMoreTrustedTest {

    private final AiServiceNotMoreTrusted rule = new AiServiceNotMoreTrusted();
    private final ModelFixture m = new ModelFixture();
    private final Element bot;

    AiServiceNotMoreTrustedTest() {
        m.zone("agents", 40, null);
        bot = m.agent("bot", "agents");
    }

    @Test
    void aServiceNoMoreTrustedThanItsCallerPasses() {
        m.zone("vendor", 40, null);
        m.aiService("llm", "vendor", AiService.MODEL_API);
        m.flow("f1", 1, "bot", "llm");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aModelApiAboveItsCallerIsAnErrorAtTheServicesZone() {
        m.zone("vendor", 80, null);
        Element llm = m.aiService("llm", "vendor", AiService.MODEL_API);
        DataFlow f1 = m.flow("f1", 1, "bot", "llm");
        m.flow("f2", 2, "bot", "llm");

        List<Finding> findings = m.check(rule);

        assertThat(findings).extracting(Finding::ruleId, Finding::level, Finding::message, Finding::location,
                        Finding::identity)
                .containsExactly(tuple("TM402", Level.ERROR, "The model-api llm \"Llm\" sits at trust level 80, "
                                + "above agent bot \"Bot\" (trust level 40) that calls it through flow f1 \"Data "
                                + "f1\": place it in a zone no more trusted than the agent.",
                        llm.origin().of("zone"), "TM402/llm/bot"));
        assertThat(findings.get(0).related()).containsExactly(
                new RelatedLocation(bot.origin().of("zone"), "the calling agent's zone"),
                new RelatedLocation(f1.origin().at(), "the agent's call"));
    }

    @Test
    void aThirdPartyElementCalledThroughABidirectionalFlowCounts() {
        m.zone("vendor", 80, null);
        m.add(new Element("tools", "Tools", ElementType.PROCESS, null, "vendor", false, null, Set.of(),
                Hosting.THIRD_PARTY, null, List.of(), m.elementOrigin()));
        m.bidirectionalFlow("f1", 1, "tools", "bot");
        assertThat(m.check(rule)).extracting(Finding::message).containsExactly("The third-party service tools "
                + "\"Tools\" sits at trust level 80, above agent bot \"Bot\" (trust level 40) that calls it through "
                + "flow f1 \"Data f1\": place it in a zone no more trusted than the agent.");
    }

    @Test
    void anInternalServiceOrAFlowFromTheServiceIsNotChecked() {
        m.zone("vendor", 80, null);
        m.process("internal", "vendor");
        m.aiService("llm", "vendor", AiService.TOOL_SERVER);
        m.flow("f1", 1, "bot", "internal");
        m.flow("f2", 2, "llm", "bot");
        assertThat(m.check(rule)).isEmpty();
    }

    @Test
    void aFormatWithoutTrustLevelsGetsOneNote() {
        m.gap(FormatGap.TRUST_LEVELS);
        assertThat(m.check(rule)).extracting(Finding::level).containsExactly(Level.NOTE);
    }

    @Test
    void aModelWithoutAgentsGetsNoNoteAboutTrustLevels() {
        ModelFixture noAgents = new ModelFixture().gap(FormatGap.TRUST_LEVELS);
        noAgents.process("api", null);
        assertThat(noAgents.check(rule)).isEmpty();
    }
}
