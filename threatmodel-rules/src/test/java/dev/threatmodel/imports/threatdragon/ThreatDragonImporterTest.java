package dev.threatmodel.imports.threatdragon;

import static dev.threatmodel.imports.Samples.crossedNames;
import static dev.threatmodel.imports.Samples.crossings;
import static dev.threatmodel.imports.Samples.flowNamed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.threatmodel.analysis.BoundaryAnalysis;
import dev.threatmodel.analysis.CrossingDirection;
import dev.threatmodel.analysis.FlowCrossing;
import dev.threatmodel.imports.Samples;
import dev.threatmodel.load.LoadProblem;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ImportNote;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.Severity;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ThreatDragonImporterTest {

    private static final String TD = "samples/threat-dragon/";

    @ParameterizedTest
    @ValueSource(strings = {"stride.json", "threat-dragon-v1.schema.json", "threat-dragon-v2.schema.json"})
    void filesThatAreNotModelsAreNotAccepted(String name) throws ModelLoadException {
        assertThat(new ThreatDragonImporter().accepts(Samples.tree(Samples.path(TD + name)))).isFalse();
    }

    @Test
    void anEmptyNewModelHasNothingButItsSummary() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "v2-new-model.json");
        assertThat(m.format()).isEqualTo(ModelFormat.THREAT_DRAGON_V2);
        assertThat(m.name()).isEqualTo("New threat model");
        assertThat(m.owner()).as("a blank owner is no owner").isNull();
        assertThat(m.elements()).isEmpty();
        assertThat(m.flows()).isEmpty();
        assertThat(m.zones()).isEmpty();
        assertThat(m.threats()).isEmpty();
        assertThat(m.gaps()).containsExactlyInAnyOrderElementsOf(FormatGap.allButDiagram());
    }

    /*
     * The version 1 demo has four boundary curves and no boxes. By hand, for "Web Request": the Browser's centre is
     * (106, 78), the flow bends at (245, 112) and ends at the Web Application's centre (258, 239); curve 64d52ab0 runs
     * (130, 232) - (177, 149) - (291, 150), and the flow's second segment passes y = 149.5 at x = 248.8, between 177
     * and 291: it crosses. "Read web app config" runs (132, 448) - (157, 292) - (258, 239), below that curve's first
     * segment and left of its second: it crosses nothing.
     */
    @Test
    void version1DemoCrossesItsCurvesWhereTheDrawingDoes() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "demo-threat-model.json");
        assertThat(m.format()).isEqualTo(ModelFormat.THREAT_DRAGON_V1);
        assertThat(m.name()).isEqualTo("Demo Threat Model");
        assertThat(m.owner()).isEqualTo("Mike Goodwin");
        assertThat(m.elements()).hasSize(7);
        assertThat(m.flows()).hasSize(10);
        assertThat(m.zones()).hasSize(4);
        assertThat(m.threats()).hasSize(14);
        assertThat(m.elements()).extracting(Element::zone).containsOnlyNulls();
        String browserSide = "64d52ab0-9733-4ae9-af1b-a347cbc13186";
        String queue = "70a1b898-4131-462f-a26e-1adf9f2b2eda";
        String worker = "cc656830-4c72-4ede-8f3b-0daeaa399d16";
        String database = "a61cbe16-7e3f-400c-a0ea-c0695253c6ad";
        assertThat(crossings(m)).containsExactly(
                entry("015880b7-fb7a-4fe3-b729-fbd40bd7afcb", List.of(database)),
                entry("1b1cf1eb-d9ac-463b-a9ae-d816c42e7107", List.of(browserSide)),
                entry("2fd00bd2-c603-4d72-a12f-c20a3a1ba77b", List.of(database)),
                entry("4bbf279c-49c7-436d-9afa-e94435e6ec72", List.of(worker)),
                entry("56b56e8c-751d-4d8a-a9c7-6554c9f142ee", List.of(browserSide)),
                entry("75949d2c-0449-4a10-add3-07ac91a0c608", List.of(database)),
                entry("86347588-6629-45e3-a441-09ca11bce894", List.of(queue)),
                entry("d117ddba-2508-45ce-b9ea-fb9df56a79e5", List.of(database)));
        DataFlow request = flowNamed(m, "Web Request");
        assertThat(BoundaryAnalysis.of(m).of(request).direction()).isEqualTo(CrossingDirection.UNKNOWN);
        assertThat(BoundaryAnalysis.of(m).of(flowNamed(m, "Read web app config")).crosses()).isFalse();
    }

    @Test
    void version1CellsKeepTheirPlaceInTheFile() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "demo-threat-model.json");
        Element browser = m.element("b394f9f7-07ca-42bc-b616-ad77c6fbfcce").orElseThrow();
        assertThat(browser.name()).isEqualTo("Browser");
        assertThat(browser.type()).isEqualTo(ElementType.EXTERNAL_ENTITY);
        assertThat(browser.origin().at().line()).isEqualTo(306);
        assertThat(browser.origin().at().column()).isEqualTo(13);
        Threat first = m.threats().get(0);
        assertThat(first.name()).isEqualTo("Accessing DB credentials");
        assertThat(first.target()).isEqualTo("a25bbb4e-093f-4238-a620-31efdee452dc");
        assertThat(first.category()).isEqualTo(StrideCategory.INFORMATION_DISCLOSURE);
        assertThat(first.status()).isEqualTo(ThreatStatus.OPEN);
        assertThat(first.severity()).isEqualTo(Severity.HIGH);
        assertThat(first.mitigations()).singleElement()
                .satisfies(mit -> assertThat(mit.status()).isEqualTo(MitigationStatus.PLANNED));
    }

    @Test
    void version2DemoMatchesTheVersion1Demo() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "v2-threat-model.json");
        assertThat(m.format()).isEqualTo(ModelFormat.THREAT_DRAGON_V2);
        assertThat(m.elements()).hasSize(7);
        assertThat(m.flows()).hasSize(10);
        assertThat(m.zones()).hasSize(3);
        assertThat(m.threats()).hasSize(14);
        assertThat(crossings(m)).hasSize(8).doesNotContainKeys(
                flowNamed(m, "Read web app config").id(), flowNamed(m, "Read worker config").id());
        assertThat(crossings(m).get(flowNamed(m, "Web Request").id()))
                .containsExactly("0adc088b-ebb1-46be-af7b-36112c60c419");
        Element config = m.element("bdd3e115-4b92-4020-90b7-c3351dba292b").orElseThrow();
        assertThat(config.outOfScope()).isTrue();
        Threat mitigated = m.threat("79cbaf10-e5a2-4fd6-9818-7f180a113938").orElseThrow();
        assertThat(mitigated.status()).isEqualTo(ThreatStatus.MITIGATED);
        assertThat(mitigated.mitigations()).singleElement()
                .satisfies(mit -> {
                    assertThat(mit.status()).isEqualTo(MitigationStatus.IMPLEMENTED);
                    assertThat(mit.control()).isNull();
                    assertThat(mit.domain()).isNull();
                });
    }

    @Test
    void threeTierWebAppCrossesFromInternetBoxIntoCloudBox() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "three-tier-web-app.json");
        assertThat(m.elements()).hasSize(3);
        assertThat(m.flows()).hasSize(3);
        assertThat(m.zones()).extracting(TrustZone::name).containsExactly("Internet", "Public Cloud");
        assertThat(m.element("5170eb10-abe9-48ec-8c74-b5ad508c28ef").orElseThrow().zone())
                .isEqualTo("a10125fd-004a-44d9-b4a8-dffb49de91c4");
        assertThat(crossings(m)).containsOnlyKeys(
                "76b24277-4066-42a3-b75f-6b3e2c5c9d28", "d67a2468-f1c7-4097-8e4a-656ec9f055dc");
        FlowCrossing toCloud = BoundaryAnalysis.of(m).of("76b24277-4066-42a3-b75f-6b3e2c5c9d28").orElseThrow();
        assertThat(toCloud.exited()).extracting(TrustZone::name).containsExactly("Internet");
        assertThat(toCloud.entered()).extracting(TrustZone::name).containsExactly("Public Cloud");
        assertThat(toCloud.lines()).isEmpty();
    }

    /** One sample pinned whole: ids, names, kinds, zones, ends, crossings and the place of every item in the file. */
    @Test
    void threeTierWebAppIsReadCellByCell() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "three-tier-web-app.json");
        String internet = "a10125fd-004a-44d9-b4a8-dffb49de91c4";
        String cloud = "c54864d8-740f-40cb-bbb9-6ba008a336b6";
        String webUi = "5170eb10-abe9-48ec-8c74-b5ad508c28ef";
        String service = "09b86abf-65dd-49c2-9746-0cf9282f82a1";
        String database = "97731369-531c-4c22-b017-8428cff90ac1";
        assertThat(m.zones()).extracting(TrustZone::id, TrustZone::name, z -> place(z.origin().at())).containsExactly(
                tuple(internet, "Internet", "30:11"), tuple(cloud, "Public Cloud", "55:11"));
        assertThat(m.elements()).extracting(Element::id, Element::name, Element::type, Element::zone,
                e -> place(e.origin().at())).containsExactly(
                tuple(webUi, "Web UI", ElementType.PROCESS, internet, "104:11"),
                tuple(service, "Web Service", ElementType.PROCESS, cloud, "223:11"),
                tuple(database, "PostgresSQL", ElementType.PROCESS, cloud, "342:11"));
        assertThat(m.flows()).extracting(DataFlow::id, DataFlow::source, DataFlow::target,
                f -> place(f.origin().at())).containsExactly(
                tuple("76b24277-4066-42a3-b75f-6b3e2c5c9d28", webUi, service, "503:11"),
                tuple("d67a2468-f1c7-4097-8e4a-656ec9f055dc", service, webUi, "585:11"),
                tuple("91ccf804-a9b8-45ca-ab35-992337903633", service, database, "667:11"));
        assertThat(crossings(m)).containsExactly(
                entry("76b24277-4066-42a3-b75f-6b3e2c5c9d28", List.of(internet, cloud)),
                entry("d67a2468-f1c7-4097-8e4a-656ec9f055dc", List.of(cloud, internet)));
        assertThat(m.threats()).extracting(Threat::id, Threat::target, Threat::status, t -> place(t.origin().at()))
                .containsExactly(
                        tuple("264eeb9a-f5b3-4224-93e7-ac0cb72f20de", database, ThreatStatus.MITIGATED, "459:17"),
                        tuple("b8bf0eca-5c7f-49a9-a8a3-fe9094aea72a", database, ThreatStatus.MITIGATED, "472:17"));
    }

    private static String place(SourceLocation at) {
        return at.line() + ":" + at.column();
    }

    @Test
    void genericCmsFlowsIntoAndOutOfTheInternetBox() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "generic-cms.json");
        assertThat(m.elements()).hasSize(5);
        assertThat(m.flows()).hasSize(5);
        assertThat(m.zones()).hasSize(1);
        assertThat(crossings(m)).hasSize(3);
        assertThat(crossedNames(m, "Push to Bucket")).containsExactly("Internet");
        assertThat(crossedNames(m, "Unsecured mySQL\nconnection")).containsExactly("Internet");
        assertThat(BoundaryAnalysis.of(m).of(flowNamed(m, "HTTP")).crosses()).isFalse();
    }

    @Test
    void iotDeviceCrossesItsInternetCurve() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "iot-device.json");
        assertThat(m.elements()).hasSize(11);
        assertThat(m.flows()).hasSize(14);
        assertThat(m.zones()).hasSize(1);
        assertThat(m.threats()).hasSize(4);
        assertThat(crossings(m)).hasSize(4);
        assertThat(crossedNames(m, "Send command")).containsExactly("Internet");
        assertThat(BoundaryAnalysis.of(m).of(flowNamed(m, "Broadcast")).crosses()).isFalse();
    }

    @Test
    void onlineGameCrossesBetweenItsThreeBoxes() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "online-game.json");
        assertThat(m.elements()).hasSize(12);
        assertThat(m.flows()).hasSize(17);
        assertThat(m.zones()).hasSize(3);
        assertThat(crossings(m)).hasSize(5);
        assertThat(crossings(m).get("7c16a7bb-138e-4121-b9aa-f942dbd26a7b")).containsExactly(
                "238818b4-5437-4af9-8abc-24e7de68def9", "539a7d02-c5c3-4a1d-9dd8-e0fff7c034aa");
        assertThat(BoundaryAnalysis.of(m).of(flowNamed(m, "R/W")).crosses()).isFalse();
    }

    @Test
    void paymentOnlineNumbersItsFlowsOnlyInTheirNames() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "payment-online.json");
        assertThat(m.elements()).hasSize(5);
        assertThat(m.flows()).hasSize(10);
        assertThat(m.zones()).hasSize(3);
        assertThat(crossings(m)).hasSize(8);
        assertThat(crossedNames(m, "(5) Return PaymentIntent\nto the Merchant"))
                .containsExactly("Stripe /\nWeb", "Merchant / Web");
        assertThat(BoundaryAnalysis.of(m).of(flowNamed(m, "(9) Attempt payment")).crosses()).isFalse();
        assertThat(m.flows()).extracting(DataFlow::number).containsOnlyNulls();
    }

    @Test
    void rentingCarIsALinddunDiagramWithBoxes() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "renting-car.json");
        assertThat(m.elements()).hasSize(15);
        assertThat(m.flows()).hasSize(15);
        assertThat(m.zones()).hasSize(3);
        assertThat(m.threats()).isEmpty();
        assertThat(crossings(m)).hasSize(5);
        assertThat(crossings(m).get("9115c415-b680-4a10-8440-7a996125a15a")).containsExactly(
                "31df2fc8-9b3f-4785-86d3-f4117e5b4a4a", "b4cca7ff-e149-4997-ae53-eab5196f32d5");
        assertThat(m.zone("31df2fc8-9b3f-4785-86d3-f4117e5b4a4a").orElseThrow().name())
                .as("an unnamed box").isNull();
    }

    @Test
    void cryptocurrencyWalletIsACiaDiagramWithABoxAndACurve() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon(TD + "cryptocurrency-wallet.json");
        assertThat(m.elements()).hasSize(15);
        assertThat(m.flows()).hasSize(17);
        assertThat(m.zones()).extracting(TrustZone::name).containsExactly("Electrum Wallet", "Internet");
        assertThat(crossings(m)).hasSize(7);
        assertThat(crossings(m).get("c0cd4722-49a5-490d-9379-d5321ac3592d")).as("leaves the box, crosses the curve")
                .containsExactly("3145b6c6-ca4d-467f-9403-ac3dfcb1f3b7", "359fe142-a818-4445-839e-c1820a42c5cf");
        Threat cia = m.threats().get(0);
        assertThat(cia.isStride()).isFalse();
        assertThat(cia.category()).isNull();
        assertThat(cia.otherCategory()).isEqualTo("Integrity");
        assertThat(cia.severity()).isEqualTo(Severity.CRITICAL);
    }

    @Test
    void nestedBoxesNestZonesAndHoldTheElementsDrawnInThem() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon("fixtures/threat-dragon/two-diagrams.json");
        assertThat(m.name()).isEqualTo("Two diagrams");
        assertThat(m.owner()).isEqualTo("fixture-team");
        assertThat(m.zones()).extracting(TrustZone::id, TrustZone::parent)
                .containsExactly(tuple("outer", null), tuple("inner", "outer"), tuple("wall", null));
        assertThat(m.zones()).extracting(TrustZone::trustLevel).containsOnlyNulls();
        assertThat(m.elements()).extracting(Element::id, Element::zone).containsExactly(
                tuple("user", null), tuple("web", "outer"), tuple("db", "inner"),
                tuple("d1-web", null), tuple("visitor", null));
        Element db = m.element("db").orElseThrow();
        assertThat(db.outOfScope()).isTrue();
        assertThat(db.outOfScopeReason()).isEqualTo("Run by the hosting team");
        BoundaryAnalysis analysis = BoundaryAnalysis.of(m);
        FlowCrossing request = analysis.of("f1").orElseThrow();
        assertThat(request.entered()).extracting(TrustZone::id).containsExactly("outer");
        assertThat(request.direction()).isEqualTo(CrossingDirection.INTO_MORE_TRUSTED);
        FlowCrossing query = analysis.of("f2").orElseThrow();
        assertThat(query.entered()).extracting(TrustZone::id).as("only the inner boundary").containsExactly("inner");
        assertThat(query.exited()).isEmpty();
    }

    @Test
    void idsStayUniqueAcrossDiagramsAndCurvesCrossByTheDrawnPath() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon("fixtures/threat-dragon/two-diagrams.json");
        assertThat(m.flows()).extracting(DataFlow::id).containsExactly("f1", "f2", "f3", "g1", "g2");
        assertThat(m.flow("g1").orElseThrow().target()).as("the second diagram's own web").isEqualTo("d1-web");
        assertThat(m.crossedBoundaries()).containsExactly(entry("g1", List.of("wall")));
        assertThat(crossings(m)).containsExactly(
                entry("f1", List.of("outer")), entry("f2", List.of("inner")), entry("g1", List.of("wall")));
        FlowCrossing visit = BoundaryAnalysis.of(m).of("g1").orElseThrow();
        assertThat(visit.lines()).extracting(TrustZone::name).containsExactly("Wall");
        assertThat(visit.direction()).isEqualTo(CrossingDirection.UNKNOWN);
    }

    @Test
    void aLooseFlowWithoutANameStillLoads() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon("fixtures/threat-dragon/two-diagrams.json");
        DataFlow loose = m.flow("f3").orElseThrow();
        assertThat(loose.source()).isEqualTo("db");
        assertThat(loose.target()).isNull();
        assertThat(loose.name()).isNull();
        assertThat(BoundaryAnalysis.of(m).of(loose).crosses()).isFalse();
        DataFlow request = m.flow("f1").orElseThrow();
        assertThat(request.protocol()).isEqualTo("HTTPS");
        assertThat(request.encrypted()).isTrue();
        assertThat(request.bidirectional()).isTrue();
        assertThat(request.origin().at()).isEqualTo(new SourceLocation(request.origin().at().file(), 25, 11));
    }

    @Test
    void threatStatusesSeveritiesAndTypesAreRead() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon("fixtures/threat-dragon/two-diagrams.json");
        assertThat(m.threatsOn("web")).extracting(Threat::id, Threat::category, Threat::status, Threat::severity)
                .containsExactly(
                        tuple("t-mitigated", StrideCategory.SPOOFING, ThreatStatus.MITIGATED, Severity.HIGH),
                        tuple("t-na-spaced", StrideCategory.TAMPERING, ThreatStatus.NOT_APPLICABLE, null),
                        tuple("t-na", StrideCategory.REPUDIATION, ThreatStatus.NOT_APPLICABLE, Severity.LOW),
                        tuple("t-accepted", StrideCategory.DENIAL_OF_SERVICE, ThreatStatus.ACCEPTED, Severity.MEDIUM),
                        tuple("t-transferred", StrideCategory.DENIAL_OF_SERVICE, ThreatStatus.TRANSFERRED,
                                Severity.CRITICAL),
                        tuple("web#6", StrideCategory.ELEVATION_OF_PRIVILEGE, ThreatStatus.OPEN, null));
        Threat mitigated = m.threat("t-mitigated").orElseThrow();
        assertThat(mitigated.description()).isEqualTo("A session is forged");
        assertThat(mitigated.mitigations()).singleElement().satisfies(mit -> {
            assertThat(mit.name()).isEqualTo("Signed session cookies");
            assertThat(mit.status()).isEqualTo(MitigationStatus.IMPLEMENTED);
        });
        assertThat(m.threat("web#6").orElseThrow().mitigations()).singleElement()
                .satisfies(mit -> assertThat(mit.status()).isEqualTo(MitigationStatus.PLANNED));
        Threat privacy = m.threat("d1-web#1").orElseThrow();
        assertThat(privacy.target()).isEqualTo("d1-web");
        assertThat(privacy.category()).isNull();
        assertThat(privacy.otherCategory()).isEqualTo("Linkability");
        assertThat(privacy.status()).isEqualTo(ThreatStatus.OPEN);
    }

    @Test
    void recordedCrossingsThatDisagreeWithTheDrawingBecomeNotes() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon("fixtures/threat-dragon/recorded-crossings.json");
        Path file = Samples.path("fixtures/threat-dragon/recorded-crossings.json");
        assertThat(m.importNotes()).containsExactly(
                new ImportNote(ImportNote.RECORDED_CROSSING, "login",
                        "flow login \"Login\" is recorded as crossing nothing but its drawn path crosses wall \"Wall\"",
                        new SourceLocation(file, 15, 60)),
                new ImportNote(ImportNote.RECORDED_CROSSING, "wall",
                        "boundary wall \"Wall\" is recorded as crossed by login \"Login\", save \"Save\" but the drawing"
                                + " shows it crossed by login \"Login\", logout \"Logout\"",
                        new SourceLocation(file, 13, 56)));
        assertThat(crossings(m)).as("the drawing decides").containsOnlyKeys("login", "logout");
    }

    @Test
    void cellsOfTheWrongKindAreReportedWithTheirPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {
                  "version": "2.2.0",
                  "summary": { "title": "Bad" },
                  "detail": { "diagrams": [ { "diagramType": "STRIDE", "cells": "none" } ] }
                }
                """);
        assertThatThrownBy(() -> Samples.read(new ThreatDragonImporter(), file))
                .isInstanceOf(ModelLoadException.class)
                .satisfies(e -> assertThat(((ModelLoadException) e).problems()).containsExactly(
                        new LoadProblem(new SourceLocation(file, 4, 65),
                                "'cells' in a Threat Dragon entry must be a list, found a string ('none')")));
    }

    @Test
    void aTruncatedFileIsRefusedWithItsPlace(@TempDir Path dir) throws Exception {
        String whole = Files.readString(Samples.path(TD + "v2-threat-model.json"));
        Path file = dir.resolve("truncated.json");
        Files.writeString(file, whole.substring(0, whole.length() / 2));
        assertThatThrownBy(() -> new ModelLoader().readTree(file))
                .isInstanceOf(ModelLoadException.class)
                .satisfies(e -> {
                    LoadProblem p = ((ModelLoadException) e).problems().get(0);
                    assertThat(p.location().file()).isEqualTo(file);
                    assertThat(p.location().line()).isGreaterThan(1);
                    assertThat(e.getMessage()).startsWith(file + ":" + p.location().line() + ":");
                });
    }

    @Test
    void oddCellsLoadWithoutCrashing() throws ModelLoadException {
        ThreatModel m = Samples.threatDragon("fixtures/threat-dragon/odd-cells.json");
        assertThat(m.format()).isEqualTo(ModelFormat.THREAT_DRAGON_V1);
        assertThat(m.elements()).extracting(Element::id, Element::name).containsExactly(
                tuple("p", "Process"), tuple("d0-p", "Same id"), tuple("d0-cell2", "No id, no place"));
        assertThat(m.flows()).extracting(DataFlow::id, DataFlow::name, DataFlow::source, DataFlow::target)
                .containsExactly(tuple("to-nowhere", null, "p", "missing"), tuple("loose", "Loose", null, null));
        assertThat(m.zones()).extracting(TrustZone::id).containsExactly("half");
        assertThat(crossings(m)).as("a curve without an end crosses nothing").isEmpty();
        assertThat(m.threats()).singleElement().satisfies(t -> {
            assertThat(t.id()).isEqualTo("loose#1");
            assertThat(t.status()).isEqualTo(ThreatStatus.MITIGATED);
        });
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
