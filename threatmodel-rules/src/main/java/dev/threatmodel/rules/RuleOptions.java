package dev.threatmodel.rules;

import java.time.LocalDate;

/**
 * Settings that rules read.
 *
 * @param today           the date the check runs on; fixed in tests so that expiry and staleness are repeatable
 * @param maxReviewAgeDays how old the model's review date may be before it is reported as stale
 */
public record RuleOptions(LocalDate today, int maxReviewAgeDays) {

    public static final int DEFAULT_MAX_REVIEW_AGE_DAYS = 365;

    public RuleOptions {
        if (today == null) {
            throw new IllegalArgumentException("today is required");
        }
        if (maxReviewAgeDays < 1) {
            throw new IllegalArgumentException("the review age must be at least one day, got " + maxReviewAgeDays);
        }
    }

    public static RuleOptions defaults() {
        return new RuleOptions(LocalDate.now(java.time.ZoneOffset.UTC), DEFAULT_MAX_REVIEW_AGE_DAYS);
    }
}
