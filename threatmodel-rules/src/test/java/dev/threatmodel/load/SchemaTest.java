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
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
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
