package dev.threatmodel.rules;

import dev.threatmodel.model.SourceLocation;

/** A second place that explains a finding, such as the boundary a flow crosses or the assumption that broke. */
public record RelatedLocation(SourceLocation location, String message) {
}
