package dev.threatmodel.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a synthetic threat model of a chosen size in the native format, as YAML or JSON, for benchmarks.
 *
 * <p>For {@code n} elements: a tenth external entities, six tenths processes and three tenths data stores, spread over
 * {@code n / 20} trust zones (a tenth of them outside zones of low trust, about a third of the others nested in an
 * earlier zone and more trusted than it); about {@code 2n} flows, of which about 30% cross a trust boundary, and
 * stores only ever talk to processes; two threats on every element and one on every flow, each in a STRIDE category
 * that applies to its target; about 70% of threats mitigated, the rest open or accepted (some acceptances expired);
 * plus assets, objectives, attacker goals, assumptions and stories that refer to all of these, so that most rules
 * find work. The random choices come from a {@link SplittableRandom} with a fixed seed: the same {@code n} and
 * format always give byte-identical text.
 *
 * <p>Command line: {@code ModelGenerator <elements> <file>}; a file name ending in {@code .json} gets JSON.
 */
public final class ModelGenerator {

    /** The two spellings of the native format. */
    public enum Format { YAML, JSON }

    static final long SEED = 0x7A3E_51C0_D1F7L;

    private static final String[] ELEMENT_THREATS_ENTITY = {"spoofing", "repudiation"};
    private static final String[] ELEMENT_THREATS_PROCESS = {"spoofing", "tampering", "repudiation",
        "information-disclosure", "denial-of-service", "elevation-of-privilege"};
    private static final String[] ELEMENT_THREATS_STORE = {"tampering", "repudiation", "information-disclosure",
        "denial-of-service"};
    private static final String[] FLOW_THREATS = {"tampering", "information-disclosure", "denial-of-service"};
    private static final String[] SEVERITIES = {"low", "medium", "high", "critical"};
    private static final String[] CLASSIFICATIONS = {"public", "internal", "confidential", "restricted"};
    private static final String[] PROPERTIES = {"confidentiality", "integrity", "availability", "authentication",
        "authorization", "non-repudiation"};
    private static final String[] ASSUMPTION_TYPES = {"infrastructure", "trust-boundary",
        "identity-and-permissions", "data-classification", "automation"};
    private static final String[] DOMAINS = {"access-control", "secure-development", "cryptography", "network",
        "operations", "security-architecture", "incident-response", "asset-management"};
    private static final String[] PROTOCOLS = {"HTTPS", "gRPC over mTLS", "PostgreSQL over TLS", "AMQP",
        "file system", "SMTP with STARTTLS"};
    private static final String[] STORY_KINDS = {"abuse", "misuse", "negligence"};

    private final int n;
    private final SplittableRandom random;

    private ModelGenerator(int n) {
        if (n < 10) {
            throw new IllegalArgumentException("a generated model needs at least 10 elements, got " + n);
        }
        this.n = n;
        this.random = new SplittableRandom(SEED);
    }

    /** Writes the model of {@code elements} elements in the given format. */
    public static void write(int elements, Format format, Writer out) throws IOException {
        new ModelGenerator(elements).emit(ModelEmitter.of(format, out));
        out.flush();
    }

    /** The model of {@code elements} elements as text. */
    public static String text(int elements, Format format) {
        StringWriter out = new StringWriter((int) Math.min(1L << 30, elements * 1500L));
        try {
            write(elements, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /** Writes the model of {@code elements} elements to a file, in JSON if its name ends in {@code .json}. */
    public static void write(int elements, Path file) throws IOException {
        Format format = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
                ? Format.JSON : Format.YAML;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(elements, format, out);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ModelGenerator <elements> <file.yaml|file.json>");
            System.exit(2);
        }
        int elements;
        try {
            elements = Integer.parseInt(args[0].replace("_", "").replace(",", ""));
            write(elements, Path.of(args[1]));
        } catch (IllegalArgumentException e) {
            System.err.println("ModelGenerator: " + e.getMessage());
            System.exit(2);
            return;
        }
        System.out.println("wrote " + args[1] + " (" + Files.size(Path.of(args[1])) + " bytes, " + elements
                + " elements)");
    }

    // ---------------------------------------------------------------------------------------------------------

    private record Zone(String id, int trust, int parent) {
    }

    private record Elem(String id, char type, int zone) {
    }

    private String pick(String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static Map<String, Object> fields() {
        return new LinkedHashMap<>();
    }

    /** {@code count} distinct indexes in [0, bound), in the order drawn. */
    private List<Integer> distinct(int count, int bound) {
        List<Integer> chosen = new ArrayList<>(count);
        int c = Math.min(count, bound);
        while (chosen.size() < c) {
            int i = random.nextInt(bound);
            if (!chosen.contains(i)) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    private void emit(ModelEmitter out) {
        int assetCount = Math.max(3, n / 100);
        int goalCount = Math.max(2, n / 200);
        int assumptionCount = Math.max(5, n / 50);
        int zoneCount = Math.max(2, n / 20);
        int externalZones = Math.max(1, zoneCount / 10);
        int flowCount = 2 * n;
        int storyCount = Math.max(4, n / 100);

        out.begin();
        out.scalar("name", "Generated model of " + n + " elements");
        out.scalar("owner", "benchmark-team");
        out.scalar("scope", "Synthetic system for measuring how the checks scale with the size of the model.");
        out.scalar("reviewed", LocalDate.of(2026, 11, 2));
        out.scalar("description", "Written by ModelGenerator with a fixed seed, so that every run writes the same text.");

        out.beginList("assets");
        for (int i = 1; i <= assetCount; i++) {
            Map<String, Object> a = fields();
            a.put("id", "asset-" + i);
            a.put("name", "Asset " + i);
            a.put("classification", pick(CLASSIFICATIONS));
            out.entry(a);
        }
        out.endList();

        out.beginList("objectives");
        for (int i = 1; i <= assetCount; i++) {
            Map<String, Object> o = fields();
            o.put("id", "objective-" + i);
            o.put("name", "Objective " + i + " keeps asset " + i + " safe");
            o.put("asset", "asset-" + i);
            List<String> protects = new ArrayList<>();
            for (int p : distinct(2, PROPERTIES.length)) {
                protects.add(PROPERTIES[p]);
            }
            o.put("protects", protects);
            o.put("assumptions", refs("assumption-", distinct(1 + random.nextInt(2), assumptionCount)));
            out.entry(o);
        }
        out.endList();

        out.beginList("attackerGoals");
        for (int i = 1; i <= goalCount; i++) {
            Map<String, Object> g = fields();
            g.put("id", "goal-" + i);
            g.put("name", "Attacker goal " + i);
            g.put("assets", refs("asset-", distinct(1 + random.nextInt(3), assetCount)));
            out.entry(g);
        }
        out.endList();

        out.beginList("assumptions");
        for (int i = 1; i <= assumptionCount; i++) {
            Map<String, Object> a = fields();
            a.put("id", "assumption-" + i);
            a.put("text", "Condition " + i + " holds for every component that relies on it.");
            a.put("type", pick(ASSUMPTION_TYPES));
            a.put("owner", "team-" + (1 + random.nextInt(20)));
            int s = random.nextInt(20);
            a.put("status", s < 16 ? "validated" : s < 19 ? "unvalidated" : "refuted");
            out.entry(a);
        }
        out.endList();

        List<Zone> zones = new ArrayList<>(zoneCount);
        out.beginList("zones");
        for (int i = 0; i < zoneCount; i++) {
            int trust;
            int parent = -1;
            if (i < externalZones) {
                trust = 10 * random.nextInt(3);
            } else if (i > externalZones && random.nextInt(3) == 0) {
                parent = externalZones + random.nextInt(i - externalZones);
                trust = Math.min(100, zones.get(parent).trust + 10 * (1 + random.nextInt(3)));
            } else {
                trust = 30 + 10 * random.nextInt(5);
            }
            Zone zone = new Zone("zone-" + (i + 1), trust, parent);
            zones.add(zone);
            Map<String, Object> z = fields();
            z.put("id", zone.id);
            z.put("name", (i < externalZones ? "External zone " : "Zone ") + (i + 1));
            z.put("trustLevel", trust);
            if (parent >= 0) {
                z.put("parent", zones.get(parent).id);
            }
            z.put("assumptions", refs("assumption-", distinct(1 + random.nextInt(2), assumptionCount)));
            out.entry(z);
        }
        out.endList();

        // Elements: the pattern E P P S P P S P P S gives exactly 10% / 60% / 30%.
        final String pattern = "EPPSPPSPPS";
        int internalZones = zoneCount - externalZones;
        List<Elem> elements = new ArrayList<>(n);
        List<Integer> entities = new ArrayList<>();
        List<Integer> processes = new ArrayList<>();
        List<Integer> stores = new ArrayList<>();
        List<List<Integer>> processesIn = new ArrayList<>();
        List<List<Integer>> storesIn = new ArrayList<>();
        for (int z = 0; z < zoneCount; z++) {
            processesIn.add(new ArrayList<>());
            storesIn.add(new ArrayList<>());
        }
        int processSeen = 0;
        int storeSeen = 0;
        out.beginList("elements");
        for (int i = 0; i < n; i++) {
            char type = pattern.charAt(i % pattern.length());
            int zone;
            if (type == 'E') {
                zone = random.nextInt(externalZones);
            } else if (type == 'P' && processSeen < internalZones) {
                zone = externalZones + processSeen;   // every inner zone gets a process ...
            } else if (type == 'S' && storeSeen < internalZones) {
                zone = externalZones + storeSeen;     // ... and a store
            } else {
                zone = externalZones + random.nextInt(internalZones);
            }
            Elem e = new Elem((type == 'E' ? "entity-" : type == 'P' ? "process-" : "store-") + (i + 1), type, zone);
            elements.add(e);
            if (type == 'E') {
                entities.add(i);
            } else if (type == 'P') {
                processes.add(i);
                processesIn.get(zone).add(i);
                processSeen++;
            } else {
                stores.add(i);
                storesIn.get(zone).add(i);
                storeSeen++;
            }
            Map<String, Object> el = fields();
            el.put("id", e.id);
            el.put("name", (type == 'E' ? "External user " : type == 'P' ? "Service " : "Data store ") + (i + 1));
            el.put("type", type == 'E' ? "entity" : type == 'P' ? "process" : "store");
            el.put("zone", zones.get(zone).id);
            out.entry(el);
        }
        out.endList();

        // Flows: a tenth connect an entity with a process (always across a boundary); of the rest, 2 in 9 cross.
        List<String[]> flows = new ArrayList<>(flowCount);
        out.beginList("flows");
        for (int i = 1; i <= flowCount; i++) {
            int source;
            int target;
            int kind = random.nextInt(10);
            if (kind == 0) {
                int entity = entities.get(random.nextInt(entities.size()));
                int process = processes.get(random.nextInt(processes.size()));
                boolean inbound = random.nextBoolean();
                source = inbound ? entity : process;
                target = inbound ? process : entity;
            } else {
                int process = processes.get(random.nextInt(processes.size()));
                boolean crossing = random.nextInt(9) < 2 && internalZones > 1;
                int shape = random.nextInt(4);   // 0,1: process -> process; 2: process -> store; 3: store -> process
                boolean toStore = shape >= 2;
                int zone = elements.get(process).zone;
                int other;
                if (crossing) {
                    List<Integer> pool = toStore ? stores : processes;
                    do {
                        other = pool.get(random.nextInt(pool.size()));
                    } while (elements.get(other).zone == zone);
                } else {
                    List<Integer> pool = toStore ? storesIn.get(zone) : processesIn.get(zone);
                    if (pool.size() < (toStore ? 1 : 2)) {
                        pool = storesIn.get(zone);
                        toStore = true;
                    }
                    do {
                        other = pool.get(random.nextInt(pool.size()));
                    } while (other == process);
                }
                boolean reverse = shape == 3 || shape == 1;
                source = reverse ? other : process;
                target = reverse ? process : other;
            }
            String id = "f" + i;
            Map<String, Object> f = fields();
            f.put("id", id);
            f.put("number", i);
            f.put("name", "Flow " + i);
            f.put("source", elements.get(source).id);
            f.put("target", elements.get(target).id);
            f.put("data", List.of("record " + i));
            f.put("protocol", pick(PROTOCOLS));
            f.put("authenticated", random.nextInt(4) != 0);
            f.put("encrypted", random.nextInt(4) != 0);
            out.entry(f);
            flows.add(new String[] {id, elements.get(source).id, elements.get(target).id});
        }
        out.endList();

        out.beginList("threats");
        int threatNumber = 0;
        List<String> flowThreats = new ArrayList<>(flowCount);
        for (Elem e : elements) {
            String[] categories = e.type == 'E' ? ELEMENT_THREATS_ENTITY
                    : e.type == 'P' ? ELEMENT_THREATS_PROCESS : ELEMENT_THREATS_STORE;
            for (int c : distinct(2, categories.length)) {
                threatNumber++;
                out.entry(threat(threatNumber, categories[c], e.id, assumptionCount));
            }
        }
        for (String[] flow : flows) {
            threatNumber++;
            flowThreats.add("T" + threatNumber);
            out.entry(threat(threatNumber, pick(FLOW_THREATS), flow[0], assumptionCount));
        }
        out.endList();

        out.beginList("stories");
        for (int i = 1; i <= storyCount; i++) {
            Map<String, Object> s = fields();
            s.put("id", "S" + i);
            s.put("kind", pick(STORY_KINDS));
            s.put("name", "Story " + i);
            s.put("narrative", "Someone follows flows of story " + i + " to reach an asset they should not.");
            List<Integer> chosen = distinct(2 + random.nextInt(2), flowCount);
            List<String> storyFlows = new ArrayList<>();
            List<String> storyThreats = new ArrayList<>();
            for (int f : chosen) {
                storyFlows.add(flows.get(f)[0]);
                storyThreats.add(flowThreats.get(f));
            }
            s.put("flows", storyFlows);
            if (i % 4 == 0) {
                s.put("elements", List.of(flows.get(chosen.get(0))[1]));
            }
            s.put("threats", storyThreats);
            out.entry(s);
        }
        out.endList();
        out.end();
    }

    private static List<String> refs(String prefix, List<Integer> indexes) {
        List<String> result = new ArrayList<>(indexes.size());
        for (int i : indexes) {
            result.add(prefix + (i + 1));
        }
        return result;
    }

    private static String control(String category) {
        return switch (category) {
            case "spoofing" -> "authentication";
            case "tampering" -> "integrity";
            case "repudiation" -> "non-repudiation";
            case "information-disclosure" -> "confidentiality";
            case "denial-of-service" -> "availability";
            case "elevation-of-privilege" -> "authorization";
            default -> throw new IllegalArgumentException(category);
        };
    }

    private Map<String, Object> threat(int number, String category, String target, int assumptionCount) {
        Map<String, Object> t = fields();
        t.put("id", "T" + number);
        t.put("name", "Threat " + number + " against " + target);
        t.put("category", category);
        t.put("target", target);
        t.put("severity", pick(SEVERITIES));
        int r = random.nextInt(10);
        if (r < 7) {
            t.put("status", "mitigated");
            List<Map<String, Object>> mitigations = new ArrayList<>(2);
            int count = random.nextInt(5) == 0 ? 2 : 1;
            for (int m = 0; m < count; m++) {
                Map<String, Object> mitigation = fields();
                mitigation.put("name", "Control " + number + "." + (m + 1) + " answers " + category);
                mitigation.put("control", control(category));
                mitigation.put("domain", pick(DOMAINS));
                mitigation.put("status", random.nextInt(10) == 0 ? "planned" : "implemented");
                mitigation.put("reference", "src/main/java/app/Control" + number + ".java");
                if (random.nextBoolean()) {
                    mitigation.put("reliesOn", List.of("assumption-" + (1 + random.nextInt(assumptionCount))));
                }
                mitigations.add(mitigation);
            }
            t.put("mitigations", mitigations);
        } else if (r < 9) {
            t.put("status", "open");
        } else {
            t.put("status", "accepted");
            Map<String, Object> acceptance = fields();
            acceptance.put("justification", "Risk " + number + " is low enough for now.");
            acceptance.put("acceptedBy", "Head of engineering");
            acceptance.put("expires", random.nextInt(5) == 0 ? LocalDate.of(2025, 6, 30) : LocalDate.of(2028, 12, 31));
            t.put("acceptance", acceptance);
        }
        return t;
    }
}
