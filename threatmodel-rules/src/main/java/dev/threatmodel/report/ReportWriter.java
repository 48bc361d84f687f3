package dev.threatmodel.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a checked model into one kind of report. Same input, byte-identical output: no clock, no hash order. */
public interface ReportWriter {

    ReportFormat format();

    /** The whole report as text with {@code \n} line ends. */
    String render(ReportInput input);

    /** Writes the report as UTF-8, creating the parent directories. */
    default void write(ReportInput input, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(input), StandardCharsets.UTF_8);
    }
}
