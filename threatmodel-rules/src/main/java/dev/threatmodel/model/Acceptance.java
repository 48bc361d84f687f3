package dev.threatmodel.model;

import java.time.LocalDate;

/** Why a risk was accepted, who accepted it, and until when the acceptance holds. */
public record Acceptance(String justification, String acceptedBy, LocalDate expires, Origin origin) {
}
