package dev.threatmodel.diff;

import java.util.Comparator;

/**
 * One change between two versions of a model, in a reviewer's words.
 *
 * @param kind    what kind of change
 * @param subject the id of the part of the model that changed (the flow, threat, zone...)
 * @param text    what changed, naming parts by id and label; raw model text, escaped by whoever shows it
 */
public record ModelChange(ChangeKind kind, String subject, String text) {

    /** By kind, then subject id, then text: the same changes are always listed in the same order. */
    public static final Comparator<ModelChange> ORDER = Comparator.comparing(ModelChange::kind)
            .thenComparing(ModelChange::subject).thenComparing(ModelChange::text);
}
