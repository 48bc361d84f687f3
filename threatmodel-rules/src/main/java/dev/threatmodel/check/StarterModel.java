package dev.threatmodel.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** The commented starter model that {@code threatmodel:init} writes: every part of the format, filled in briefly. */
public final class StarterModel {

    public static final String RESOURCE = "/dev/threatmodel/starter-threatmodel.yaml";

    private StarterModel() {
    }

    /**
     * The starter, reviewed on {@code today}, so that a fresh model is not reported as stale, and with its acceptance
     * running six months from today, within the longest term an acceptance may have (TM603) and not yet expired.
     */
    public static String text(LocalDate today) {
        try (InputStream in = StarterModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the library jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceFirst("(?m)^reviewed: \\d{4}-\\d{2}-\\d{2}$", "reviewed: " + today)
                    .replaceFirst("(?m)^(\\s+expires: )\\d{4}-\\d{2}-\\d{2}$", "$1" + today.plusMonths(6));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The starter as a team leaves it once it has made it its own: without the {@code draft:} key and its folded
     * text, which make the check refuse the model. For the launcher's training run and for tests of a filled-in
     * starter.
     */
    public static String withoutDraftMark(String starter) {
        return starter.replaceFirst("(?m)^draft: >-\n(  .*\n)+", "");
    }
}
