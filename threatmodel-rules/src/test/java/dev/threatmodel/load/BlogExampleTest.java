package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The blog example is the contract of the native format: it must load, in YAML and in JSON, to the same model. */
class BlogExampleTest {

    static final Path YAML = Path.of("../examples/blog/threatmodel.yaml");
    static final Path JSON = Path.of("../examples/blog-json/threatmodel.json");

    private static String at(SourceLocation location) {
        return location.line() + ":" + location.column();
    }

    @Test
    void yamlExampleLoadsWithEveryPart() throws ModelLoadException {
        ThreatModel model = new ModelLoader().load(YAML);

        assertThat(model.format()).isEqualTo(ModelFormat.NATIVE_YAML);
        assertThat(model.name()).isEqualTo("Blog authentication and publishing");
        assertThat(model.reviewed()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(model.assets()).hasSize(3);
        assertThat(model.objectives()).hasSize(3);
        assertThat(model.attackerGoals()).hasSize(2);
        assertThat(model.assumptions()).hasSize(5);
        assertThat(model.zones()).hasSize(3);
        assertThat(model.elements()).hasSize(9);
        assertThat(model.flows()).hasSize(9);
        assertThat(model.threats()).hasSize(10);
        assertThat(model.threats().stream().mapToInt(t -> t.mitigations().size()).sum()).isEqualTo(9);
        assertThat(model.stories()).hasSize(4);
        assertThat(model.zone("account-db").orElseThrow().parent()).isEqualTo("web-server");
        assertThat(model.threat("T1").orElseThrow().mitigations()).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo("T1.m1"))
                .satisfies(m -> assertThat(m.domain()).isEqualTo(SecurityDomain.CRYPTOGRAPHY))
                .satisfies(m -> assertThat(m.reliesOn()).containsExactly("tls-everywhere"));
        Threat t10 = model.threat("T10").orElseThrow();
        assertThat(t10.category()).isEqualTo(StrideCategory.REPUDIATION);
        assertThat(t10.status()).isEqualTo(ThreatStatus.ACCEPTED);
        assertThat(t10.acceptance().expires()).isEqualTo(LocalDate.of(2027, 9, 30));
        assertThat(t10.acceptance().acceptedBy()).isEqualTo("Head of engineering");
    }

    @Test
    void yamlOriginsPointAtEntriesAndValues() throws ModelLoadException {
        ThreatModel model = new ModelLoader().load(YAML);

        assertThat(model.origin().of("reviewed").file()).isEqualTo(YAML);
        assertThat(at(model.origin().of("reviewed"))).isEqualTo("11:11");
        Origin zone = model.zone("account-db").orElseThrow().origin();
        assertThat(at(zone.at())).isEqualTo("88:5");
        assertThat(at(zone.of("parent"))).isEqualTo("91:13");
        Threat t10 = model.threat("T10").orElseThrow();
        assertThat(at(t10.origin().at())).isEqualTo("330:5");
        assertThat(at(t10.origin().of("status"))).isEqualTo("335:13");
        assertThat(at(t10.acceptance().origin().of("expires"))).isEqualTo("339:16");
        Mitigation tls = model.threat("T1").orElseThrow().mitigations().get(0);
        assertThat(at(tls.origin().at())).isEqualTo("223:9");
        assertThat(at(model.flow("f9").orElseThrow().origin().of("id"))).isEqualTo("205:9");
    }

    @Test
    void jsonCopyLoadsToTheSameModel() throws ModelLoadException {
        ThreatModel yaml = new ModelLoader().load(YAML);
        ThreatModel json = new ModelLoader().load(JSON);

        assertThat(json.format()).isEqualTo(ModelFormat.NATIVE_JSON);
        assertThat(json).usingRecursiveComparison()
                .ignoringFields("file", "format")
                .ignoringFieldsOfTypes(Origin.class)
                .isEqualTo(yaml);
        assertThat(at(json.threat("T10").orElseThrow().origin().of("id"))).isEqualTo("498:13");
    }
}
