package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.threatmodel.model.AgentAccess;
import dev.threatmodel.model.AiService;
import dev.threatmodel.model.AssumptionStatus;
import dev.threatmodel.model.AssumptionType;
import dev.threatmodel.model.DataClassification;
import dev.threatmodel.model.ElementType;
import dev.threatmodel.model.Hosting;
import dev.threatmodel.model.Keyword;
import dev.threatmodel.model.MitigationStatus;
import dev.threatmodel.model.SecurityDomain;
import dev.threatmodel.model.SecurityProperty;
import dev.threatmodel.model.Severity;
import dev.threatmodel.model.StoryKind;
import dev.threatmodel.model.StrideCategory;
import dev.threatmodel.model.ThreatStatus;
import dev.threatmodel.model.ZoneKind;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON Schema of the native format agrees with the loader on the blog example and refuses unknown keys. */
class SchemaTest {

    static final Path SCHEMA = Path.of("../schema/threatmodel.schema.json");
    static final String PACKAGED = "/dev/threatmodel/threatmodel.schema.json";

    static Schema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream(PACKAGED)) {
            assertThat(in).as("schema packaged in the jar").isNotNull();
            JsonNode node = new ObjectMapper().readTree(in);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
        }
    }

    /** The tree the loader reads, as Jackson JSON, so that YAML files can be validated too. */
    static JsonNode toJson(Node node) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (node instanceof MapNode m) {
            ObjectNode o = f.objectNode();
            m.fields().forEach((k, v) -> o.set(k, toJson(v.value())));
            return o;
        }
        if (node instanceof ListNode l) {
            ArrayNode a = f.arrayNode();
            l.items().forEach(i -> a.add(toJson(i)));
            return a;
        }
        ScalarNode s = (ScalarNode) node;
        return switch (s.type()) {
            case STRING -> f.textNode(s.text());
            case INTEGER -> f.numberNode(new BigInteger(s.text()));
            case DECIMAL -> f.numberNode(new BigDecimal(s.text()));
            case BOOLEAN -> f.booleanNode(Boolean.parseBoolean(s.text()));
            case NULL -> f.nullNode();
        };
    }

    static List<String> validate(Path file) throws ModelLoadException {
        return schema.validate(toJson(new ModelLoader().readTree(file))).stream().map(Error::toString).toList();
    }

    @Test
    void packagedSchemaIsTheRepositorySchema() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream(PACKAGED)) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SCHEMA));
        }
    }

    @Test
    void blogExampleIsValidInYamlAndJson() throws ModelLoadException {
        assertThat(validate(BlogExampleTest.YAML)).isEmpty();
        assertThat(validate(BlogExampleTest.JSON)).isEmpty();
    }

    @Test
    void yamlExampleNamesTheSchemaInItsModeline() throws IOException {
        assertThat(Files.readAllLines(BlogExampleTest.YAML).get(0))
                .isEqualTo("# yaml-language-server: $schema=../../schema/threatmodel.schema.json");
        assertThat(BlogExampleTest.YAML.resolveSibling("../../schema/threatmodel.schema.json").normalize())
                .isEqualTo(SCHEMA.normalize());
    }

    /** Every key the schema declares, written once in a file that both the schema and the loader accept. */
    @Test
    void schemaAndLoaderAgreeOnEveryKey() throws Exception {
        Path file = Path.of(SchemaTest.class.getResource("every-key.yaml").toURI());
        assertThat(validate(file)).isEmpty();
        assertThat(new ModelLoader().load(file).threats().get(0).acceptance().acceptedBy()).isEqualTo("Security lead");

        String text = Files.readString(file);
        JsonNode root = new ObjectMapper().readTree(Files.readAllBytes(SCHEMA));
        List<String> missing = new ArrayList<>();
        root.get("properties").fieldNames().forEachRemaining(key -> {
            // draft: the loader refuses every model that carries it (NativeModelReaderTest), so no loadable file has it
            if (!key.equals("$schema") && !key.equals("draft") && !text.contains("\n" + key + ":")) {
                missing.add(key);
            }
        });
        root.get("$defs").fields().forEachRemaining(def -> {
            JsonNode properties = def.getValue().get("properties");
            if (properties != null) {
                properties.fieldNames().forEachRemaining(key -> {
                    if (!text.contains(" " + key + ":") && !text.contains("{" + key + ":")) {
                        missing.add(def.getKey() + "." + key);
                    }
                });
            }
        });
        assertThat(missing).as("schema keys that every-key.yaml does not write").isEmpty();
    }

    /** The words the schema allows are the keywords of the model's enums. */
    @Test
    void schemaEnumsAreTheModelKeywords() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(Files.readAllBytes(SCHEMA)).get("$defs");
        assertThat(words(defs.at("/asset/properties/classification")))
                .isEqualTo(Keyword.keywords(DataClassification.class));
        assertThat(words(defs.at("/securityProperty"))).isEqualTo(Keyword.keywords(SecurityProperty.class));
        assertThat(words(defs.at("/assumption/properties/type"))).isEqualTo(Keyword.keywords(AssumptionType.class));
        assertThat(words(defs.at("/assumption/properties/status"))).isEqualTo(Keyword.keywords(AssumptionStatus.class));
        assertThat(words(defs.at("/zone/properties/kind"))).isEqualTo(Keyword.keywords(ZoneKind.class));
        assertThat(words(defs.at("/element/properties/type"))).isEqualTo(Keyword.keywords(ElementType.class));
        assertThat(words(defs.at("/element/properties/access/items"))).isEqualTo(Keyword.keywords(AgentAccess.class));
        assertThat(words(defs.at("/element/properties/hosting"))).isEqualTo(Keyword.keywords(Hosting.class));
        assertThat(words(defs.at("/element/properties/aiService"))).isEqualTo(Keyword.keywords(AiService.class));
        assertThat(words(defs.at("/threat/properties/category"))).isEqualTo(Keyword.keywords(StrideCategory.class));
        assertThat(words(defs.at("/threat/properties/severity"))).isEqualTo(Keyword.keywords(Severity.class));
        assertThat(words(defs.at("/threat/properties/status"))).isEqualTo(Keyword.keywords(ThreatStatus.class));
        assertThat(words(defs.at("/mitigation/properties/domain"))).isEqualTo(Keyword.keywords(SecurityDomain.class));
        assertThat(words(defs.at("/mitigation/properties/status"))).isEqualTo(Keyword.keywords(MitigationStatus.class));
        assertThat(words(defs.at("/story/properties/kind"))).isEqualTo(Keyword.keywords(StoryKind.class));
    }

    private static List<String> words(JsonNode enumHolder) {
        List<String> words = new ArrayList<>();
        enumHolder.get("enum").forEach(w -> words.add(w.asText()));
        return words;
    }

    @Test
    void unknownKeyFailsValidation() throws Exception {
        Path file = Files.createTempFile("unknown-key", ".yaml");
        try {
            Files.writeString(file, """
                    name: x
                    elements:
                      - id: e
                        type: process
                        colour: red
                    """);
            assertThat(validate(file)).singleElement().asString().contains("colour");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void wordOutsideAnEnumAndTrustLevelAboveOneHundredFailValidation() throws Exception {
        Path file = Files.createTempFile("bad-enum", ".yaml");
        try {
            Files.writeString(file, """
                    threats:
                      - {id: T1, category: tampering, target: e, status: closed}
                    zones:
                      - {id: z, trustLevel: 101}
                    """);
            assertThat(validate(file)).hasSize(2);
        } finally {
            Files.delete(file);
        }
    }
}
