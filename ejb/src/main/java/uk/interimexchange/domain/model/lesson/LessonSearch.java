package uk.interimexchange.domain.model.lesson;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;

/**
 * A search of the library: words (each must appear in the title or text), and optionally a kind and the tags a
 * lesson carries. Most relevant first ranks a word in the title above one in the lesson, and that above one in
 * the story; newest first is by publication.
 */
public record LessonSearch(String words, LessonKind kind, String skillTag, OrganisationType organisationType, Region region,
        LessonSort sort) {

    /** More words than this add nothing a reader would notice and make the query long. */
    static final int MAX_TERMS = 8;

    public LessonSearch {
        words = words == null || words.isBlank() ? null : words.strip();
        skillTag = skillTag == null || skillTag.isBlank() ? null : skillTag.strip();
        sort = sort == null ? (words == null ? LessonSort.NEWEST : LessonSort.RELEVANT) : sort;
    }

    public static LessonSearch everything() {
        return new LessonSearch(null, null, null, null, null, LessonSort.NEWEST);
    }

    public static LessonSearch forWords(String words) {
        return new LessonSearch(words, null, null, null, null, null);
    }

    /** The separate words searched for, lower case, at most {@value #MAX_TERMS}. */
    public List<String> terms() {
        if (words == null) {
            return List.of();
        }
        return Arrays.stream(words.toLowerCase(Locale.ROOT).split("\\s+")).filter(t -> !t.isBlank()).distinct()
                .limit(MAX_TERMS).toList();
    }
}
