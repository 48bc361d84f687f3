package dev.threatmodel.imports.otm;

import static dev.threatmodel.imports.Samples.crossings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.analysis.CrossingDirection;
import dev.threatmodel.imports.Samples;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.model.Asset;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.Mitigation;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OtmImporterTest {

    @Test
    void minimalContentHasANameAndNothingElse() throws ModelLoadException {
        ThreatModel m = Samples.otm("samples/otm/minimal_content.yaml");
        assertThat(m.format()).isEqualTo(ModelFormat.OPEN_THREAT_MODEL);
        assertThat(m.name()).isEqualTo("Minimal Project");
        assertThat(m.zones()).isEmpty();
        assertThat(m.elements()).isEmpty();
        assertThat(m.flows()).isEmpty();
        assertThat(crossings(m)).isEmpty();
        assertThat(m.gaps()).doesNotContain(FormatGap.TRUST_LEVELS).contains(FormatGap.ASSUMPTIONS);
    }

    /* User (Internet, 1) -> Web server (Public, 1) -> Database (Private Secured, 100): both flows change zone. */
    @Test
    void manualModelCrossesIntoEachZone() throws ModelLoadException {
        ThreatModel m = Samples.otm("samples/otm/manual_threat_model.yaml");
        assertThat(m.zones()).extracting(TrustZone::name, TrustZone::trustLevel)
                .containsExactly(tuple("Internet", 1), tuple("Public", 1), tuple("Private Secured", 100));
        assertThat(m.elements()).extracting(Element::id, Element::type).containsExactly(
                tuple("user", ElementType.EXTERNAL_ENTITY), tuple("web-server", ElementType.PROCESS),
                tuple("database", ElementType.DATA_STORE));
        assertThat(m.flows()).hasSize(2);
        assertThat(crossings(m)).containsExactly(
                entry("client-connection", List.of("f0ba7722-39b6-4c81-8290-a30a248bb8d9",
                        "6376d53e-6461-412b-8e04-7b3fe2b397de")),
                entry("database-connection", List.of("6376d53e-6461-412b-8e04-7b3fe2b397de",
                        "2ab4effa-40b7-4cd2-ba81-8247d29a6f2d")));
        BoundaryAnalysis analysis = BoundaryAnalysis.of(m);
        assertThat(analysis.of("client-connection").orElseThrow().direction())
                .isEqualTo(CrossingDirection.BETWEEN_EQUALS);
        assertThat(analysis.of("database-connection").orElseThrow().direction())
                .isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
    }

    @Test
    void exampleReadsTheSameFromJsonAndYaml() throws ModelLoadException {
        ThreatModel json = Samples.otm("samples/otm/EXAMPLE.json");
        ThreatModel yaml = Samples.otm("samples/otm/EXAMPLE.yaml");
        for (ThreatModel m : List.of(json, yaml)) {
            assertThat(m.name()).isEqualTo("Test project");
            assertThat(m.owner()).isEqualTo("John Doe");
            assertThat(m.assets()).extracting(Asset::id).containsExactly("cc-data", "public-info");
            assertThat(m.zones()).extracting(TrustZone::trustLevel).containsExactly(20, 100);
            assertThat(m.elements()).extracting(Element::id, Element::type).containsExactly(
                    tuple("web-client", ElementType.EXTERNAL_ENTITY), tuple("web-service", ElementType.PROCESS),
                    tuple("customer-database", ElementType.DATA_STORE),
                    tuple("class-customerdatabase", ElementType.PROCESS));
            assertThat(m.flows()).extracting(DataFlow::id, DataFlow::bidirectional)
                    .containsExactly(tuple("webclient-to-webservice", true), tuple("cc-store-in-db", true));
            assertThat(crossings(m)).containsOnlyKeys("webclient-to-webservice");
            assertThat(m.threats()).extracting(Threat::id, Threat::category, Threat::status).containsExactly(
                    tuple("22724267-be7e-44c0-8b1f-d7d33e9a34ec@web-service/spoofing", StrideCategory.SPOOFING,
                            ThreatStatus.OPEN),
                    tuple("22724267-be7e-44c0-8b1f-d7d33e9a34ec@web-service/tampering", StrideCategory.TAMPERING,
                            ThreatStatus.OPEN),
                    tuple("22724267-be7e-44c0-8b1f-d7d33e9a34ec@cc-store-in-db/spoofing", StrideCategory.SPOOFING,
                            ThreatStatus.OPEN),
                    tuple("22724267-be7e-44c0-8b1f-d7d33e9a34ec@cc-store-in-db/tampering", StrideCategory.TAMPERING,
                            ThreatStatus.OPEN));
            assertThat(m.threat("22724267-be7e-44c0-8b1f-d7d33e9a34ec@web-service/spoofing").orElseThrow()
                    .mitigations()).extracting(Mitigation::name, Mitigation::status)
                    .containsExactly(tuple("This is the name of mitigation 1", MitigationStatus.IMPLEMENTED));
            assertThat(m.threat("22724267-be7e-44c0-8b1f-d7d33e9a34ec@cc-store-in-db/spoofing").orElseThrow()
                    .mitigations()).extracting(Mitigation::status).containsExactly(MitigationStatus.PLANNED);
        }
        for (ThreatModel m : List.of(json, yaml)) {
            // the flow crosses out of the internet zone into the one the web service runs in
            assertThat(crossings(m)).containsExactly(entry("webclient-to-webservice",
                    List.of("f0ba7722-39b6-4c81-8290-a30a248bb8d9", "2ab4effa-40b7-4cd2-ba81-8247d29a6f2d")));
        }
        assertThat(yaml.flows()).extracting(f -> f.origin().at().line() + ":" + f.origin().at().column())
                .containsExactly("138:5", "148:5");
        assertThat(json.flows()).extracting(f -> f.origin().at().line() + ":" + f.origin().at().column())
                .containsExactly("187:5", "199:5");
        assertThat(yaml.zones()).extracting(z -> z.origin().at().line() + ":" + z.origin().at().column())
                .containsExactly("168:5", "184:5");
        assertThat(yaml.threat("22724267-be7e-44c0-8b1f-d7d33e9a34ec@cc-store-in-db/spoofing").orElseThrow()
                .origin().at().line()).isEqualTo(160);
        assertThat(yaml.element("web-service").orElseThrow().origin().at().line()).isEqualTo(67);
        assertThat(yaml.element("web-service").orElseThrow().origin().at().column()).isEqualTo(5);
    }

    @Test
    void anElementLiesInTheNearestZoneUpItsParentChain() throws ModelLoadException {
        ThreatModel m = Samples.otm("fixtures/otm/nested-components.yaml");
        assertThat(m.owner()).isEqualTo("Platform team");
        assertThat(m.zone("vault-zone").orElseThrow().parent()).isEqualTo("cluster");
        assertThat(m.elements()).extracting(Element::id, Element::zone, Element::type).containsExactly(
                tuple("browser", "internet", ElementType.EXTERNAL_ENTITY),
                tuple("pod", "cluster", ElementType.PROCESS),
                tuple("api", "cluster", ElementType.PROCESS),
                tuple("secrets", "vault-zone", ElementType.DATA_STORE),
                tuple("orphan", null, ElementType.PROCESS),
                tuple("helper", "cluster", ElementType.AI_AGENT));
        BoundaryAnalysis analysis = BoundaryAnalysis.of(m);
        assertThat(crossings(m)).containsExactly(
                entry("call", List.of("internet", "cluster")),
                entry("read-secret", List.of("vault-zone")),
                entry("reply", List.of("cluster", "internet")));
        assertThat(analysis.of("call").orElseThrow().direction()).isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
        assertThat(analysis.of("reply").orElseThrow().direction()).isEqualTo(CrossingDirection.INTO_LESS_TRUSTED);
    }

    @Test
    void threatInstancesTakeTheirStateAndTheStrideCategoriesTheyName() throws ModelLoadException {
        ThreatModel m = Samples.otm("fixtures/otm/nested-components.yaml");
        assertThat(m.threats()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("sniff@call");
            assertThat(t.name()).isEqualTo("Traffic read on the way");
            assertThat(t.target()).isEqualTo("call");
            assertThat(t.category()).isEqualTo(StrideCategory.INFORMATION_DISCLOSURE);
            assertThat(t.status()).isEqualTo(ThreatStatus.MITIGATED);
            assertThat(t.mitigations()).extracting(Mitigation::id, Mitigation::name, Mitigation::status)
                    .containsExactly(tuple("tls", "TLS everywhere", MitigationStatus.IMPLEMENTED));
            assertThat(t.origin().at().line()).isEqualTo(58);
        });
    }

    @ParameterizedTest
    @CsvSource({
        "web-client, EXTERNAL_ENTITY", "generic-client, EXTERNAL_ENTITY", "android-device-client, EXTERNAL_ENTITY",
        "postgresql, DATA_STORE", "database, DATA_STORE", "s3, DATA_STORE", "redis, DATA_STORE",
        "web-service, PROCESS", "web-application-server-side, PROCESS", "code-class, PROCESS",
        "ai-agent, AI_AGENT", "unheard-of, PROCESS"
    })
    void componentTypesMapToElementTypes(String word, ElementType expected) {
        assertThat(OtmImporter.elementType(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "mitigated, MITIGATED", "exposed, OPEN", "Accepted, ACCEPTED", "transferred, TRANSFERRED",
        "not-applicable, NOT_APPLICABLE", "Not Applicable, NOT_APPLICABLE", "something, OPEN"
    })
    void threatStatesMapToStatuses(String word, ThreatStatus expected) {
        assertThat(OtmImporter.status(word)).isEqualTo(expected);
    }
}
