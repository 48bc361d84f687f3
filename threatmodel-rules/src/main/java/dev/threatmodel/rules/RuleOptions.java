package dev.threatmodel.rules;

import java.time.LocalDate;

/**
 * Settings that rules read.
 *
 * @param today              the date the check runs on; fixed in tests so that expiry and staleness are repeatable
 * @param maxReviewAgeDays   how old the model's review date may be before it is reported as stale
 * @param maxAcceptanceDays  how far after today a risk acceptance may expire before it is reported as too long
 */
public record RuleOptions(LocalDate today, int maxReviewAgeDays, int maxAcceptanceDays) {

    public static final int DEFAULT_MAX_REVIEW_AGE_DAYS = 365;
    public static final int DEFAULT_MAX_ACCEPTANCE_DAYS = 365;

    public RuleOptions {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        if (maxReviewAgeDays < 1) {
            throw new IllegalArgumentException("the review age must be at least one day, got " + maxReviewAgeDays);
        }
        if (maxAcceptanceDays < 1) {
            throw new IllegalArgumentException("the acceptance term must be at least one day, got "
                    + maxAcceptanceDays);
        }
    }

    /** Options with the default acceptance term. */
    public RuleOptions(LocalDate today, int maxReviewAgeDays) {
        this(today, maxReviewAgeDays, DEFAULT_MAX_ACCEPTANCE_DAYS);
    }

    public static RuleOptions defaults() {
        return new RuleOptions(LocalDate.now(java.time.ZoneOffset.UTC), DEFAULT_MAX_REVIEW_AGE_DAYS,
                DEFAULT_MAX_ACCEPTANCE_DAYS);
    }
}
