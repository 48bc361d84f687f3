package dev.threatmodel.check;

import dev.threatmodel.model.DataFlow;
import dev.threatmodel.model.Element;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Origin;
import dev.threatmodel.model.Severity;
import dev.threatmodel.model.SourceLocation;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.Suppression;
import dev.threatmodel.model.Threat;
import dev.threatmodel.model.ThreatModel;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.TrustZone;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small models built in memory, as the loader would build them, with lines that tests can shift. */
public final class TestModels {

    private TestModels() {
    }

    /**
     * Zones {@code internet} (trust 0) and {@code app} (trust 80); a user on the internet, an API and a database in the
     * app zone. Flow {@code f1} (user to API) crosses into the app zone and has no threat; {@code f2} stays inside;
     * {@code f3} (API to user) crosses out and has threat T1. Every line is moved down by {@code shift}.
     */
    public static ThreatModel crossing(Path file, int shift, String owner, String f1Name, boolean suppressF1) {
        ThreatModel.Builder b = ThreatModel.builder()
                .file(file)
                .name("Shop")
                .owner(owner)
                .origin(Origin.of(new SourceLocation(file, 1, 1)));
        b.zone(new TrustZone("internet", "Internet", 0, null, null, null, List.of(), List.of(), at(file, 5 + shift, 5)));
        b.zone(new TrustZone("app", "Application", 80, null, null, null, List.of(), List.of(), at(file, 8 + shift, 5)));
        b.element(element(file, "user", "Customer", ElementType.EXTERNAL_ENTITY, "internet", 12 + shift));
        b.element(element(file, "api", "Order API", ElementType.PROCESS, "app", 15 + shift));
        b.element(element(file, "db", "Orders", ElementType.DATA_STORE, "app", 18 + shift));
        List<Suppression> suppressions = suppressF1
                ? List.of(new Suppression("TEST1", "the gateway team models this flow",
                        "gateway-team", java.time.LocalDate.of(2027, 6, 30), at(file, 25 + shift, 9)))
                : List.of();
        b.flow(new DataFlow("f1", f1Name, 1, "user", "api", List.of("order"), "HTTPS", true, true, false,
                suppressions, new Origin(new SourceLocation(file, 22 + shift, 5),
                Map.of("source", new SourceLocation(file, 23 + shift, 13)))));
        b.flow(new DataFlow("f2", "Order row", 2, "api", "db", List.of("order"), "SQL", true, true, false,
                List.of(), at(file, 28 + shift, 5)));
        b.flow(new DataFlow("f3", "Receipt", 3, "api", "user", List.of("receipt"), "HTTPS", false, true, false,
                List.of(), at(file, 32 + shift, 5)));
        b.threat(new Threat("T1", "Receipt read by others", StrideCategory.INFORMATION_DISCLOSURE, null, "f3", null,
                Severity.MEDIUM, ThreatStatus.MITIGATED, List.of(), null, List.of(), at(file, 40 + shift, 5)));
        return b.build();
    }

    public static ThreatModel crossing(Path file) {
        return crossing(file, 0, "shop-team", "Order", false);
    }

    /** The same diagram with a threat on every crossing flow and an owner: nothing for the test rules to find. */
    public static ThreatModel clean(Path file) {
        ThreatModel base = crossing(file);
        ThreatModel.Builder b = ThreatModel.builder().file(file).name("Shop").owner("shop-team")
                .origin(base.origin());
        base.zones().forEach(b::zone);
        base.elements().forEach(b::element);
        base.flows().forEach(b::flow);
        base.threats().forEach(b::threat);
        b.threat(new Threat("T2", "Order tampered with", StrideCategory.TAMPERING, null, "f1", null,
                Severity.HIGH, ThreatStatus.MITIGATED, List.of(), null, List.of(), at(file, 45, 5)));
        return b.build();
    }

    private static Element element(Path file, String id, String name, ElementType type, String zone, int line) {
        return new Element(id, name, type, null, zone, false, null, null, null, null, List.of(), at(file, line, 5));
    }

    private static Origin at(Path file, int line, int column) {
        return Origin.of(new SourceLocation(file, line, column));
    }
}
