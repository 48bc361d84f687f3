package dev.threatmodel.imports.threagile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.groups.Tuple.tuple;

import dev.threatmodel.imports.Samples;
import dev.threatmodel.load.ModelLoadException;
import dev.threatmodel.load.ModelLoader;
import dev.threatmodel.model.Asset;
import dev.threatmodel.model.DataClassification;
import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.FormatGap;
import dev.threatmodel.model.ModelFormat;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThreagileImporterTest {

    @TempDir
    Path dir;

    private static ThreatModel demo() throws ModelLoadException {
        return new ModelLoader().load(Samples.path("samples/threagile/threagile.yaml"));
    }

    @Test
    void theDemoLoadsWithItsCounts() throws ModelLoadException {
        ThreatModel m = demo();
        assertThat(m.format()).isEqualTo(ModelFormat.THREAGILE);
        assertThat(m.name()).isEqualTo("Some Example Application");
        assertThat(m.owner()).isEqualTo("John Doe");
        assertThat(m.reviewed()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(m.elements()).hasSize(14);
        assertThat(m.flows()).hasSize(20);
        assertThat(m.zones()).hasSize(5);
        assertThat(m.assets()).hasSize(12);
        assertThat(m.threats()).hasSize(2);
        assertThat(Samples.crossings(m)).hasSize(16);
        assertThat(m.gaps()).contains(FormatGap.TRUST_LEVELS, FormatGap.ASSUMPTIONS)
                .doesNotContain(FormatGap.DIAGRAM, FormatGap.REVIEW_DATE);
    }

    /**
     * By hand from the YAML: "Application Network" holds the load balancer and nests "Web DMZ", "ERP DMZ" and "Auth
     * Handling Environment"; "Dev Network" stands alone. So the admin client (Dev Network) reaching the database (ERP
     * DMZ) crosses Dev Network, ERP DMZ and Application Network; the customer client (in no boundary) reaching the
     * load balancer crosses Application Network only; the ERP system reaching its database (both in ERP DMZ) and
     * Jenkins reaching Git (both in Dev Network) cross nothing.
     */
    @Test
    void nestingGivesTheCrossings() throws ModelLoadException {
        ThreatModel m = demo();
        assertThat(m.zones()).extracting(TrustZone::id, TrustZone::parent).containsExactly(
                tuple("web-dmz", "application-network"), tuple("erp-dmz", "application-network"),
                tuple("application-network", null), tuple("auth-env", "application-network"),
                tuple("dev-network", null));
        assertThat(Samples.crossings(m)).contains(
                entry("backend-admin-client>db-update-access", List.of("dev-network", "erp-dmz",
                        "application-network")),
                entry("customer-client>customer-traffic", List.of("application-network")),
                entry("load-balancer>web-application-traffic", List.of("web-dmz")))
                .doesNotContainKeys("erp-system>database-traffic", "jenkins-build-server>git-repo-code-read-access",
                        "identity-provider>ldap-credential-check-traffic", "erp-system>nfs-filesystem-access");
        DataFlow traffic = m.flow("customer-client>customer-traffic").orElseThrow();
        assertThat(traffic.protocol()).isEqualTo("https");
        assertThat(traffic.encrypted()).isTrue();
        assertThat(traffic.authenticated()).isTrue();
        assertThat(m.flow("load-balancer>cms-content-traffic").orElseThrow())
                .extracting(DataFlow::encrypted, DataFlow::authenticated).containsExactly(false, false);
        Element client = m.element("customer-client").orElseThrow();
        assertThat(client.type()).isEqualTo(ElementType.EXTERNAL_ENTITY);
        assertThat(client.outOfScope()).isTrue();
        assertThat(client.outOfScopeReason()).isNotBlank();
    }

    @Test
    void mergeKeysOfTheDemoAreHonouredAndWrittenFieldsWin() throws ModelLoadException {
        ThreatModel m = demo();
        Asset summaries = m.assets().stream().filter(a -> a.id().equals("contract-summaries")).findFirst()
                .orElseThrow();
        assertThat(summaries.classification()).isEqualTo(DataClassification.RESTRICTED);
        Asset operational = m.assets().stream().filter(a -> a.id().equals("customer-operational-data"))
                .findFirst().orElseThrow();
        assertThat(operational.classification()).as("merged from customer-contracts")
                .isEqualTo(DataClassification.CONFIDENTIAL);
        assertThat(operational.description()).contains("availability critical");
    }

    @Test
    void trackedRisksNamingAnAssetOrLinkBecomeThreats() throws ModelLoadException {
        ThreatModel m = demo();
        assertThat(m.threats()).extracting(Threat::id, Threat::target, Threat::status).containsExactly(
                tuple("untrusted-deserialization@erp-system", "erp-system", ThreatStatus.ACCEPTED),
                tuple("ldap-injection@*@ldap-auth-server@*", "ldap-auth-server", ThreatStatus.MITIGATED));
        Threat accepted = m.threats().get(0);
        assertThat(accepted.acceptance().acceptedBy()).isEqualTo("John Doe");
        assertThat(accepted.acceptance().expires()).as("Threagile records no expiry").isNull();
        assertThat(m.threats().get(1).mitigations()).singleElement()
                .satisfies(mi -> assertThat(mi.reference()).isEqualTo("XYZ-5678"));
    }

    @Test
    void statusesMapOntoOurs() {
        assertThat(ThreagileImporter.status("mitigated")).isEqualTo(ThreatStatus.MITIGATED);
        assertThat(ThreagileImporter.status("accepted")).isEqualTo(ThreatStatus.ACCEPTED);
        assertThat(ThreagileImporter.status("false-positive")).isEqualTo(ThreatStatus.NOT_APPLICABLE);
        assertThat(ThreagileImporter.status("in-progress")).isEqualTo(ThreatStatus.OPEN);
        assertThat(ThreagileImporter.status("unchecked")).isEqualTo(ThreatStatus.OPEN);
        assertThat(ThreagileImporter.status(null)).isEqualTo(ThreatStatus.OPEN);
        assertThat(ThreagileImporter.slug("Git-Repo Web-UI Access")).isEqualTo("git-repo-web-ui-access");
    }

    @Test
    void aLinkToATrackedLinkIsItsTarget() throws ModelLoadException {
        ThreatModel m = load("""
                threagile_version: 1.0.0
                technical_assets:
                  Web:
                    id: web
                    type: process
                    communication_links:
                      Calls DB:
                        target: db
                        protocol: jdbc
                  DB:
                    id: db
                    type: datastore
                trust_boundaries:
                  Inner:
                    id: inner
                    technical_assets_inside: [db]
                risk_tracking:
                  sql-injection@web@db@web>calls-db:
                    status: false-positive
                  missing-vault@*:
                    status: mitigated
                """);
        assertThat(m.threats()).extracting(Threat::target, Threat::status)
                .containsExactly(tuple("web>calls-db", ThreatStatus.NOT_APPLICABLE));
        assertThat(Samples.crossings(m)).containsOnly(entry("web>calls-db", List.of("inner")));
        assertThat(m.gaps()).contains(FormatGap.REVIEW_DATE);
    }

    @Test
    void brokenFilesAreLocatedErrors() {
        assertThat(problems("""
                threagile_version: 1.0.0
                technical_assets:
                  A:
                    type: process
                  B:
                    id: b
                    communication_links:
                      Out:
                        protocol: https
                  C: just words
                trust_boundaries:
                  One:
                    id: one
                    technical_assets_inside: [b]
                  Two:
                    id: two
                    technical_assets_inside: [b, ghost]
                    trust_boundaries_nested: nope
                """)).containsExactly(
                "1:1 technical_assets_inside names 'ghost', which is no technical asset's id",
                "4:5 this technical asset has no 'id'",
                "9:9 this communication link has no 'target'",
                "10:6 'C' under 'technical_assets' must be a mapping, found a string",
                "17:31 the technical asset 'b' is already inside the trust boundary 'one'; an asset sits in one"
                        + " boundary, and boundaries nest through trust_boundaries_nested",
                "18:30 'trust_boundaries_nested' in a Threagile entry must be a list, found a string ('nope')");
    }

    @Test
    void boundariesNestedInACircleAreRefused() {
        assertThat(problems("""
                threagile_version: 1.0.0
                technical_assets:
                  A: {id: a, type: process}
                trust_boundaries:
                  One: {id: one, trust_boundaries_nested: [two]}
                  Two: {id: two, trust_boundaries_nested: [one]}
                """)).containsExactly(
                "5:8 the trust boundary 'one' ends up nested in itself (one in two in one)",
                "6:8 the trust boundary 'two' ends up nested in itself (two in one in two)");
    }

    @Test
    void theHostileSeedIsALocatedError() {
        assertThat(problemsIn(Samples.path(
                "dev/threatmodel/load/ModelLoaderFuzzTestInputs/threagile/hostile-merge.yaml")))
                .contains("11:6 the trust boundary 't' ends up nested in itself (t in t)")
                .allMatch(p -> p.matches("\\d+:\\d+ .*"));
    }

    @Test
    void theNativeFormatStillRefusesMergeKeys() {
        assertThat(problems("name: x\nbase: &b {owner: o}\nother:\n  <<: *b\n")).singleElement().asString()
                .contains("merge keys ('<<') are not supported");
    }

    private ThreatModel load(String yaml) throws ModelLoadException {
        return new ModelLoader().load(write(yaml));
    }

    private Path write(String yaml) {
        Path file = dir.resolve("threagile.yaml");
        try {
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    private List<String> problems(String yaml) {
        return problemsIn(write(yaml));
    }

    private static List<String> problemsIn(Path file) {
        try {
            new ModelLoader().load(file);
            throw new AssertionError("expected the file to be refused");
        } catch (ModelLoadException e) {
            return e.problems().stream().sorted()
                    .map(p -> p.location().line() + ":" + p.location().column() + " " + p.message()).toList();
        }
    }
}
