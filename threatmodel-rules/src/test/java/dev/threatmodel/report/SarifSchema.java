package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates SARIF documents against the OASIS schema and against the copy GitHub's upload action uses. */
public final class SarifSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Schema OASIS = load("/sarif/sarif-schema-2.1.0.json", SpecificationVersion.DRAFT_4);
    private static final Schema CODEQL = load("/sarif/codeql-action-sarif-schema-2.1.0.json",
            SpecificationVersion.DRAFT_2020_12);

    private SarifSchema() {
    }

    /** Parses the document and asserts that both schemas accept it; returns the parsed tree. */
    public static JsonNode assertValid(String sarif) {
        JsonNode doc;
        try {
            doc = MAPPER.readTree(sarif);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Error> oasis = OASIS.validate(doc);
        assertThat(oasis).as("errors against the OASIS SARIF 2.1.0 schema").isEmpty();
        List<Error> codeql = CODEQL.validate(doc);
        assertThat(codeql).as("errors against the codeql-action SARIF schema").isEmpty();
        return doc;
    }

    /** Validation errors of a document, for tests that show the validator does reject bad SARIF. */
    public static List<Error> errors(String sarif) throws IOException {
        return OASIS.validate(MAPPER.readTree(sarif));
    }

    private static Schema load(String resource, SpecificationVersion version) {
        try (InputStream in = SarifSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            JsonNode schema = MAPPER.readTree(in);
            JsonNode regionProperties = schema.at("/definitions/region/properties");
            if (regionProperties.isObject() && regionProperties.path("anyOf").isArray()) {
                // The codeql-action copy declares a property named "anyOf" whose schema is an array (an anyOf that
                // slipped one level down). The validator refuses such a schema; dropping that one declaration only
                // matters for a region with a property called "anyOf", which we never write.
                ((com.fasterxml.jackson.databind.node.ObjectNode) regionProperties).remove("anyOf");
            }
            return SchemaRegistry.withDefaultDialect(version).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
