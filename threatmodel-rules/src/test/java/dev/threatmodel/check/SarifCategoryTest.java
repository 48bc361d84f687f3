package dev.threatmodel.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SarifCategoryTest {

    private static final Map<String, String> SHOP = Map.of("artifactId", "shop", "groupId", "com.example");

    @Test
    void placeholdersTakeTheModulesValues() {
        assertThat(SarifCategory.expand("threatmodel/@{artifactId}", SHOP)).isEqualTo("threatmodel/shop");
        assertThat(SarifCategory.expand("@{groupId}/@{artifactId}/tm", SHOP)).isEqualTo("com.example/shop/tm");
        assertThat(SarifCategory.expand(SarifCategory.DEFAULT_TEMPLATE, Map.of("artifactId", "a$1\\b")))
                .isEqualTo("threatmodel/a$1\\b");
        assertThat(SarifCategory.expand("threatmodel/my-service", SHOP)).isEqualTo("threatmodel/my-service");
        assertThat(SarifCategory.perModule("threatmodel/my-service")).isFalse();
        assertThat(SarifCategory.perModule("threatmodel/@{artifactId}")).isTrue();
    }

    @Test
    void anUnknownPlaceholderIsRefused() {
        assertThatThrownBy(() -> SarifCategory.expand("threatmodel/@{module}", SHOP))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown placeholder @{module} in \"threatmodel/@{module}\"; use @{artifactId} or @{groupId}");
    }
}
