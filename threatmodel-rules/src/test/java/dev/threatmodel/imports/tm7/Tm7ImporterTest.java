package dev.threatmodel.imports.tm7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import dev.threatmodel.imports.Samples;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ImportNote;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.ModelItem;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Tm7ImporterTest {

    @TempDir
    Path dir;

    private static ThreatModel sample(String name) throws ModelLoadException {
        return new ModelLoader().load(Samples.path("samples/tmt/" + name));
    }

    /** Crossing flows by flow name (with the flow's id when names repeat) -> names of the boundaries crossed. */
    private static Map<String, List<String>> crossingsByName(ThreatModel m) {
        Map<String, List<String>> byName = new TreeMap<>();
        Samples.crossings(m).forEach((flowId, zones) -> {
            DataFlow f = m.flow(flowId).orElseThrow();
            byName.put(f.name() + " " + f.source().substring(0, 4) + ">" + f.target().substring(0, 4),
                    zones.stream().map(z -> m.zone(z).map(ModelItem::name).orElse(z)).toList());
        });
        return byName;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MTMT_example.tm7, 4, 6, 2, 43, 2",
        "MTMT_example_coordinates_1_orphan.tm7, 8, 14, 2, 105, 6",
        "MTMT_nested_tz_line.tm7, 4, 3, 3, 16, 2",
        "lineboundaries_inheritance.tm7, 12, 0, 8, 0, 0",
        "missing_coordinates.tm7, 4, 6, 2, 43, 2",
        "model_with_figures_without_name.tm7, 4, 3, 3, 11, 2",
        "mtmt-mobile-api.tm7, 4, 6, 2, 43, 2",
        "test_model.tm7, 5, 8, 4, 10, 8",
        "unmapped-trustzone.tm7, 1, 0, 1, 0, 0",
    })
    void everySampleLoadsWithItsCounts(String file, int elements, int flows, int zones, int threats, int crossing)
            throws ModelLoadException {
        ThreatModel m = sample(file);
        assertThat(m.format()).isEqualTo(ModelFormat.MICROSOFT_THREAT_MODELING_TOOL);
        assertThat(m.elements()).hasSize(elements);
        assertThat(m.flows()).hasSize(flows);
        assertThat(m.zones()).hasSize(zones);
        assertThat(m.threats()).hasSize(threats);
        assertThat(Samples.crossings(m)).hasSize(crossing);
        assertThat(m.gaps()).containsExactlyInAnyOrderElementsOf(FormatGap.allButDiagram());
    }

    /**
     * Worked out by hand from the coordinates: the box "Sandbox environment" (131,121 174x168) holds only "Sandbox
     * Mongo" (160,161); the HTTPS flow's path (745,307)-(606,272)-(462,303) meets the Internet line
     * (723,125)-(661,318)-(731,487) near (670,289) and the generic line (449,84)-(541,288)-(443,505) near (535,287);
     * "Production data" starts loose (source GUID all zeros) and meets no boundary.
     */
    @Test
    void nestedBoxAndLineBoundariesOfTheNestedSample() throws ModelLoadException {
        ThreatModel m = sample("MTMT_nested_tz_line.tm7");
        assertThat(crossingsByName(m)).containsOnly(
                entry("HTTPS a38c>eef3", List.of("Internet Boundary", "Generic Trust Line Boundary")),
                entry("Sandbox data eef3>4820", List.of("Sandbox environment")));
        DataFlow production = Samples.flowNamed(m, "Production data");
        assertThat(production.source()).isNull();
        assertThat(Samples.flowNamed(m, "HTTPS").protocol()).isEqualTo("HTTPS");
        Element mongo = m.elements().stream().filter(e -> "Sandbox Mongo".equals(e.name())).findFirst().orElseThrow();
        assertThat(mongo.type()).isEqualTo(ElementType.DATA_STORE);
        assertThat(mongo.description()).as("the stencil").isEqualTo("Non Relational Database");
    }

    /**
     * By hand: "Local Network Boundary" (10,10 707x355) holds "Device Physical Boundary" (23,17 465x329), which holds
     * "SoC Boundary" (65,32 240x171); My_MCU (145,57) is in the SoC box, the SD card (119,227) and the Attacker
     * (369,43) only in the device box, the Phone (602,235) only in the local network, the Server (994,212) in
     * "Company Internet Boundary" (938,171 231x188). A custom template: its types are GUIDs, so the drawn shape
     * decides the kind.
     */
    @Test
    void nestingThreeBoxesDeepInACustomTemplate() throws ModelLoadException {
        ThreatModel m = sample("test_model.tm7");
        Map<String, String> parentByName = new TreeMap<>();
        for (TrustZone z : m.zones()) {
            parentByName.put(z.name(), z.parent() == null ? "-" : m.zone(z.parent()).orElseThrow().name());
        }
        assertThat(parentByName).containsOnly(entry("Local Network Boundary", "-"),
                entry("Device Physical Boundary", "Local Network Boundary"),
                entry("SoC Boundary", "Device Physical Boundary"), entry("Company Internet Boundary", "-"));
        Map<String, List<String>> crossings = crossingsByName(m);
        assertThat(crossings).containsOnly(
                entry("SD SPI Out 294a>436f", List.of("SoC Boundary")),
                entry("SD SPI In 436f>294a", List.of("SoC Boundary")),
                entry("BLE Out 294a>5b0b", List.of("SoC Boundary", "Device Physical Boundary")),
                entry("BLE In 5b0b>294a", List.of("SoC Boundary", "Device Physical Boundary")),
                entry("HTTPS Out 5b0b>158a", List.of("Local Network Boundary", "Company Internet Boundary")),
                entry("HTTPS In 158a>5b0b", List.of("Company Internet Boundary", "Local Network Boundary")),
                entry("Attacker Out ca3c>294a", List.of("SoC Boundary")),
                entry("Attacker In 294a>ca3c", List.of("SoC Boundary")));
        assertThat(m.elements()).extracting(Element::name, Element::type).contains(
                org.assertj.core.groups.Tuple.tuple("Attacker", ElementType.PROCESS),
                org.assertj.core.groups.Tuple.tuple("Phone", ElementType.EXTERNAL_ENTITY));
    }

    /** By hand: the Internet box (386,151 202x281) holds the Mobile Client (433,240); the cloud box holds the rest. */
    @Test
    void theMobileApiSampleCrossesBothBoxesOnTheClientFlows() throws ModelLoadException {
        ThreatModel m = sample("MTMT_example.tm7");
        assertThat(crossingsByName(m)).containsOnly(
                entry("API Request 6183>5d15", List.of("Internet", "Public Cloud")),
                entry("API Response 5d15>6183", List.of("Public Cloud", "Internet")));
        Threat t = m.threats().get(0);
        assertThat(t.status()).isEqualTo(ThreatStatus.OPEN);
        assertThat(t.category()).isEqualTo(StrideCategory.ELEVATION_OF_PRIVILEGE);
        assertThat(t.target()).isEqualTo("eb072144-af37-4b75-b46b-b78111850d3e");
        assertThat(t.severity()).hasToString("HIGH");
        assertThat(t.origin().of("status").line()).isEqualTo(1);
        assertThat(t.origin().of("status").column()).isGreaterThan(1);
    }

    @Test
    void aBoundaryWithoutPositionIsNotedOnce() throws ModelLoadException {
        ThreatModel m = sample("missing_coordinates.tm7");
        assertThat(m.importNotes()).extracting(ImportNote::topic, ImportNote::subject).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ImportNote.UNPLACED_BOUNDARY,
                        "75605184-4ca0-43be-ba4c-5fa5ad15e367"));
        assertThat(m.importNotes().get(0).message()).contains("\"Internet\" has no position");
    }

    @Test
    void statesMapOntoOurStatusesAndAnUnreviewedThreatIsOpen() {
        assertThat(Tm7Importer.status("AutoGenerated")).isEqualTo(ThreatStatus.OPEN);
        assertThat(Tm7Importer.status("NeedsInvestigation")).isEqualTo(ThreatStatus.OPEN);
        assertThat(Tm7Importer.status("NotApplicable")).isEqualTo(ThreatStatus.NOT_APPLICABLE);
        assertThat(Tm7Importer.status("Mitigated")).isEqualTo(ThreatStatus.MITIGATED);
        assertThat(Tm7Importer.status(null)).isEqualTo(ThreatStatus.OPEN);
        assertThat(Tm7Importer.status("Whatever")).isEqualTo(ThreatStatus.OPEN);
        assertThat(Tm7Importer.stride("Elevation Of Privileges")).isEqualTo(StrideCategory.ELEVATION_OF_PRIVILEGE);
        assertThat(Tm7Importer.stride("Denial Of Service")).isEqualTo(StrideCategory.DENIAL_OF_SERVICE);
        assertThat(Tm7Importer.stride("Physical theft")).isNull();
    }

    @Test
    void aMitigatedThreatKeepsItsJustificationAsTheMitigation() throws ModelLoadException {
        ThreatModel m = load("""
                <ThreatModel><DrawingSurfaceList><DrawingSurfaceModel><Borders/><Lines/></DrawingSurfaceModel>\
                </DrawingSurfaceList><ThreatInstances><KeyValueOfstringThreat><Key>k</Key><Value>\
                <FlowGuid>f1</FlowGuid><Id>7</Id><Priority>Medium</Priority><Properties>\
                <KeyValueOfstringstring><Key>Title</Key><Value>Token theft</Value></KeyValueOfstringstring>\
                <KeyValueOfstringstring><Key>UserThreatCategory</Key><Value>Spoofing</Value></KeyValueOfstringstring>\
                </Properties><State>Mitigated</State><StateInformation>mTLS everywhere</StateInformation>\
                </Value></KeyValueOfstringThreat></ThreatInstances></ThreatModel>""");
        Threat t = m.threats().get(0);
        assertThat(t.id()).isEqualTo("threat-7");
        assertThat(t.name()).isEqualTo("Token theft");
        assertThat(t.status()).isEqualTo(ThreatStatus.MITIGATED);
        assertThat(t.mitigations()).extracting(mi -> mi.name()).containsExactly("mTLS everywhere");
        assertThat(t.target()).as("a flow GUID that names no flow stays written").isEqualTo("f1");
        assertThat(m.importNotes()).extracting(ImportNote::topic, ImportNote::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ImportNote.DANGLING_REFERENCE,
                        "threat threat-7 names the flow 'f1', which no connector of the file has"));
    }

    @Test
    void anEntityBombIsRefusedAtItsDoctype() {
        assertThat(problems(Samples.path("dev/threatmodel/load/ModelLoaderFuzzTestInputs/tm7/entity-bomb.tm7")))
                .singleElement().asString().startsWith("2:").contains("declares a document type");
    }

    @Test
    void anExternalEntityIsNeverRead() {
        assertThat(problems(Samples.path("dev/threatmodel/load/ModelLoaderFuzzTestInputs/tm7/external-entity.tm7")))
                .singleElement().asString().contains("declares a document type").doesNotContain("root:");
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        assertThat(problemsOf("<ThreatModel><MetaInformation><Owner>&who;</Owner></MetaInformation></ThreatModel>"))
                .singleElement().asString().contains("'&who;'");
    }

    @Test
    void aTruncatedFileIsALocatedError() {
        assertThat(problems(Samples.path("dev/threatmodel/load/ModelLoaderFuzzTestInputs/tm7/truncated.tm7")))
                .singleElement().asString().startsWith("2:").contains("not well-formed XML");
    }

    @Test
    void anotherXmlDocumentIsNamedAsSuch() {
        assertThat(problemsOf("<?xml version=\"1.0\"?>\n<project/>")).containsExactly(
                "2:1 the XML file's top element is <project>, but a Microsoft Threat Modeling Tool model has"
                        + " <ThreatModel>");
    }

    @Test
    void wrongTypesAndMissingIdsAreLocated() {
        assertThat(problemsOf("""
                <ThreatModel><DrawingSurfaceList><DrawingSurfaceModel><Borders>
                <KeyValueOfguidanyType><Key>a</Key><Value><GenericTypeId>GE.P</GenericTypeId><Guid>a</Guid>\
                <Left>ten</Left><Top>1</Top><Width>1</Width><Height>1</Height></Value></KeyValueOfguidanyType>
                <KeyValueOfguidanyType><Value><GenericTypeId>GE.DS</GenericTypeId></Value></KeyValueOfguidanyType>
                </Borders></DrawingSurfaceModel></DrawingSurfaceList></ThreatModel>""")).containsExactly(
                "2:92 <Left> should be a number, found 'ten'",
                "3:24 this shape has no <Guid>, so flows and threats cannot name it");
        assertThat(problemsOf("<ThreatModel/>")).containsExactly("1:1 the model has no <DrawingSurfaceList>, so"
                + " no diagram; a file saved by the Threat Modeling Tool always has one");
    }

    @Test
    void tooManyBoundariesOnOneSurfaceAreRefusedToKeepTheCostLinear() {
        StringBuilder xml = new StringBuilder("<ThreatModel><DrawingSurfaceList>\n<DrawingSurfaceModel><Lines>");
        for (int i = 0; i <= Tm7Importer.MAX_BOUNDARIES_PER_SURFACE; i++) {
            xml.append("<KeyValueOfguidanyType><Value><GenericTypeId>GE.TB.L</GenericTypeId><Guid>b").append(i)
                    .append("</Guid></Value></KeyValueOfguidanyType>");
        }
        xml.append("</Lines></DrawingSurfaceModel></DrawingSurfaceList></ThreatModel>");
        assertThat(problemsOf(xml.toString())).containsExactly("2:1 this drawing surface has 1001 trust boundaries,"
                + " more than the limit of 1000; split the diagram");
    }

    @Test
    void aCompanionFileSuppliesWhatTheToolCannotRecord() throws Exception {
        Path model = dir.resolve("design.tm7");
        Files.copy(Samples.path("samples/tmt/MTMT_example.tm7"), model);
        Files.writeString(dir.resolve("design.threatmodel.yaml"), """
                reviewed: 2026-11-01
                zones:
                  - id: 7537441a-1c03-48c0-b9c8-f82d5906c139
                    trustLevel: 0
                  - id: 24cdf4da-ac7f-4a35-bab0-29256d4169bf
                    trustLevel: 60
                """, StandardCharsets.UTF_8);
        ThreatModel m = new ModelLoader().load(model);
        assertThat(m.reviewed()).hasToString("2026-11-01");
        assertThat(m.gaps()).doesNotContain(FormatGap.REVIEW_DATE, FormatGap.TRUST_LEVELS)
                .contains(FormatGap.ASSUMPTIONS);
        assertThat(m.zones()).extracting(TrustZone::trustLevel).containsExactly(0, 60);
    }

    private ThreatModel load(String xml) throws ModelLoadException {
        Path file = dir.resolve("model.tm7");
        try {
            Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return new ModelLoader().load(file);
    }

    private List<String> problemsOf(String xml) {
        Path file = dir.resolve("model.tm7");
        try {
            Files.writeString(file, xml, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return problems(file);
    }

    private static List<String> problems(Path file) {
        try {
            new ModelLoader().load(file);
            throw new AssertionError("expected " + file + " to be refused");
        } catch (ModelLoadException e) {
            return e.problems().stream().map(Tm7ImporterTest::shown).toList();
        }
    }

    private static String shown(LoadProblem p) {
        return p.location().line() + ":" + p.location().column() + " " + p.message();
    }
}
