package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Schema of the companion file agrees with the companion reader and shares the native definitions. */
class CompanionSchemaTest {

    static final Path SCHEMA = Path.of("../schema/threatmodel-companion.schema.json");
    static final String PACKAGED = "/dev/threatmodel/threatmodel-companion.schema.json";

    static Schema schema;

    @TempDir
    Path dir;

    @BeforeAll
    static void readSchema() throws IOException {
        JsonNode node = new ObjectMapper().readTree(Files.readAllBytes(SCHEMA));
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(node);
    }

    private static List<String> validate(Path file) throws ModelLoadException {
        return schema.validate(SchemaTest.toJson(new ModelLoader().readTree(file))).stream().map(Error::toString)
                .toList();
    }

    @Test
    void packagedSchemaIsTheRepositorySchema() throws IOException {
        try (InputStream in = CompanionSchemaTest.class.getResourceAsStream(PACKAGED)) {
            assertThat(in).as("companion schema packaged in the jar").isNotNull();
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(SCHEMA));
        }
    }

    @Test
    void theTestCompanionIsValid() throws ModelLoadException {
        assertThat(validate(CompanionTest.COMPANION)).isEmpty();
    }

    @Test
    void keysTheReaderRefusesTheSchemaRefusesToo() throws Exception {
        Path file = Files.writeString(dir.resolve("c.yaml"), """
                zones:
                  - id: z1
                    name: Web
                threats:
                  - id: t1
                    status: open
                elements: []
                """, StandardCharsets.UTF_8);
        assertThat(validate(file)).hasSize(3).allMatch(e -> e.contains("name") || e.contains("status")
                || e.contains("elements"));
    }

    /** The native entries of a companion are checked by the very definitions of the native schema. */
    @Test
    void sharedDefinitionsAreThoseOfTheNativeSchema() throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode companion = json.readTree(Files.readAllBytes(SCHEMA));
        JsonNode nativeSchema = json.readTree(Files.readAllBytes(SchemaTest.SCHEMA));
        nativeSchema.get("$defs").fields().forEachRemaining(def ->
                assertThat(companion.get("$defs").get(def.getKey())).as(def.getKey()).isEqualTo(def.getValue()));
        for (String key : List.of("owner", "scope", "reviewed", "description", "assets", "objectives",
                "attackerGoals", "assumptions", "stories", "suppressions")) {
            assertThat(companion.at("/properties/" + key)).as(key).isEqualTo(nativeSchema.at("/properties/" + key));
        }
    }
}
