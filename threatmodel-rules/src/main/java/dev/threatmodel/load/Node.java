package dev.threatmodel.load;

import dev.threatmodel.model.SourceLocation;

/**
 * A value read from a model file, YAML or JSON alike, with the place it was written. The loaders turn either syntax
 * into this one tree, so that everything after parsing (the native format, Threat Dragon, Open Threat Model) reads
 * one kind of input and reports problems at exact locations.
 */
public sealed interface Node permits MapNode, ListNode, ScalarNode {

    SourceLocation location();

    /** What kind of value this is, in words for error messages: {@code a mapping}, {@code a list}, {@code a number}. */
    String kindInWords();
}
