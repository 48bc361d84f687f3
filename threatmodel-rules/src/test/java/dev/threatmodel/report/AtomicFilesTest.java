package dev.threatmodel.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    /** A report gets the permissions any file the build writes gets (the umask decides), not owner-only ones. */
    @Test
    void aReportIsWrittenWithThePermissionsOfEveryOtherBuildOutput() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "file permissions are POSIX permissions");
        Path plain = Files.writeString(dir.resolve("plain.txt"), "written as the JDK writes any file");

        AtomicFiles.write(dir.resolve("threatmodel.sarif"), "{}".getBytes());

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("threatmodel.sarif"))))
                .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
        assertThat(dir.resolve("threatmodel.sarif")).hasContent("{}");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("plain.txt",
                    "threatmodel.sarif");
        }
    }
}
