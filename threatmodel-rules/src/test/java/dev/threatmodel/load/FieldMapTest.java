package dev.threatmodel.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.threatmodel.model.SourceLocation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldMapTest {

    private static final SourceLocation AT = new SourceLocation(Path.of("m.yaml"), 1, 1);

    private static Map<String, MapNode.Field> fields(int count) {
        Map<String, MapNode.Field> fields = new LinkedHashMap<>();
        for (int i = count; i > 0; i--) { // keys not in sorted order: the order of the file must be kept
            String key = "k" + i;
            fields.put(key, new MapNode.Field(key, AT, new ScalarNode("v" + i, ScalarNode.Type.STRING, AT)));
        }
        return fields;
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {0, 1, 16, 17, 1000}) // scanned up to 16 keys, indexed beyond
    void behavesAsTheLinkedMapItCopies(int count) {
        Map<String, MapNode.Field> original = fields(count);
        FieldMap copy = FieldMap.copyOf(original);
        assertThat(copy).isEqualTo(original).hasSameHashCodeAs(original).hasSize(count);
        assertThat(copy.keySet()).containsExactlyElementsOf(original.keySet());
        assertThat(copy.values()).containsExactlyElementsOf(original.values());
        assertThat(copy.entrySet()).containsExactlyElementsOf(original.entrySet());
        for (String key : original.keySet()) {
            assertThat(copy.get(key)).isSameAs(original.get(key));
            assertThat(copy.containsKey(key)).isTrue();
            assertThat(copy.keySet().contains(key)).isTrue();
        }
        assertThat(copy.get("absent")).isNull();
        assertThat(copy.get(null)).isNull();
        assertThat(copy.containsKey("k0")).isFalse();
        assertThat(FieldMap.copyOf(copy)).isSameAs(copy);
    }

    @ParameterizedTest(name = "{0} keys")
    @ValueSource(ints = {3, 40})
    void cannotBeChanged(int count) {
        FieldMap map = FieldMap.copyOf(fields(count));
        assertThatThrownBy(() -> map.put("x", null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.remove("k1")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.values().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.keySet().iterator().remove()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(map).hasSize(count);
    }
}
