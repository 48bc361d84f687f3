package dev.threatmodel.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePatternTest {

    @ParameterizedTest
    @CsvSource({
            "services/payments/**, services/payments/a/B.java, true",
            "services/payments/**, services/payments, true",
            "services/payments/**, services/paymentsX/B.java, false",
            "services/payments, services/payments/a/B.java, true",
            "services/payments/, services/payments/B.java, true",
            "src/Login.java, src/Login.java, true",
            "src/Login.java, src/Login.java.bak, false",
            "src/*.java, src/A.java, true",
            "src/*.java, src/a/A.java, false",
            "src/**/*Controller.java, src/a/b/LoginController.java, true",
            "src/**/*Controller.java, src/LoginController.java, true",
            "src/**/*Controller.java, src/a/Login.java, false",
            "**/pom.xml, pom.xml, true",
            "**/pom.xml, a/b/pom.xml, true",
            "src/?.java, src/A.java, true",
            "src/?.java, src/AB.java, false",
    })
    void matches(String pattern, String path, boolean expected) {
        assertThat(CodePattern.of(pattern).matches(path)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/etc/passwd | is not relative to the repository root (write it without a leading / or drive)",
            "C:/code | is not relative to the repository root (write it without a leading / or drive)",
            "https://example.com/x | is not relative to the repository root (write it without a leading / or drive)",
            "src/../../etc | has a '..' segment; write the path from the repository root",
            "./src | has a '.' segment; write the path from the repository root",
            "src//a | has an empty path segment (//)",
            "src\\a | contains a backslash; separate directories with /",
            "src/a**b | uses ** inside a segment; ** stands alone between slashes",
    })
    void refusesWhatIsNotAPathInsideTheRepository(String text, String problem) {
        assertThat(CodePattern.problem(text)).isEqualTo(problem);
    }

    @Test
    void theLiteralPrefixIsWhereTheHistoryWalkLooks() {
        assertThat(CodePattern.of("services/payments/**/*.java").literalPrefix()).isEqualTo("services/payments");
        assertThat(CodePattern.of("src/Login.java").literalPrefix()).isEqualTo("src/Login.java");
        assertThat(CodePattern.of("**/pom.xml").literalPrefix()).isEmpty();
    }

    @Test
    void aReferenceIsARepositoryPathOnlyWhenItLooksLikeOne() {
        assertThat(CodePattern.isRepositoryPath("src/main/java/A.java#L12")).isTrue();
        assertThat(CodePattern.isRepositoryPath("deploy/nginx/tls.conf")).isTrue();
        assertThat(CodePattern.isRepositoryPath("IDP-142")).isFalse();
        assertThat(CodePattern.isRepositoryPath("https://wiki.example.com/page")).isFalse();
        assertThat(CodePattern.isRepositoryPath("see ADR 12/3")).isFalse();
        assertThat(CodePattern.withoutFragment("src/A.java#L12")).isEqualTo("src/A.java");
    }

    @Test
    void manyWildcardsOnALongPathStayCheap() {
        CodePattern hostile = CodePattern.of("*a*a*a*a*a*a*a*a*a*a*a*a*b/**/*a*a*a*a*a*a*a*a*b");
        String path = "a".repeat(1000) + "/" + "x/".repeat(500) + "a".repeat(1000);

        assertThat(hostile.matches(path)).isFalse();
    }
}
