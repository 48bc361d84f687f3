package dev.threatmodel.check.testrules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * A class loader that offers exactly the test rules listed in {@code test-rules/META-INF/services}: service files of
 * the class path (the built-in catalogue) are hidden, so these tests do not change when rules are added.
 */
public final class TestRules extends URLClassLoader {

    private TestRules(URL dir, ClassLoader parent) {
        super(new URL[] {dir}, parent);
    }

    public static ClassLoader loader() {
        URL dir = TestRules.class.getResource("/test-rules/");
        if (dir == null) {
            throw new IllegalStateException("test-rules directory is missing from the test class path");
        }
        return new TestRules(dir, TestRules.class.getClassLoader());
    }

    /** A loader that offers no rules at all. */
    public static ClassLoader none() {
        try {
            return new TestRules(java.nio.file.Files.createTempDirectory("no-rules").toUri().toURL(),
                    TestRules.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        if (name.startsWith("META-INF/services/")) {
            return findResources(name);
        }
        return super.getResources(name);
    }
}
