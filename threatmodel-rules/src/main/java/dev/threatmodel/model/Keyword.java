package dev.threatmodel.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A value of the format that is written as one fixed word, such as {@code information-disclosure}. */
public interface Keyword {

    /** The spelling used in model files. */
    String keyword();

    /** Finds the constant whose keyword is {@code text}; the comparison ignores case and treats {@code _} as {@code -}. */
    static <E extends Enum<E> & Keyword> Optional<E> parse(Class<E> type, String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (E e : type.getEnumConstants()) {
            if (e.keyword().equals(wanted)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Every keyword of the type, in declaration order. */
    static <E extends Enum<E> & Keyword> List<String> keywords(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::keyword).toList();
    }
}
