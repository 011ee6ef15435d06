package uk.interimexchange.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the programme holds about one person, for them to download (UK GDPR, the right of access): their account,
 * their profile, applications, placements, lessons, notifications and the history of what was done to their records and
 * by them. Each section is a list of records, each record its fields in order, written as people read them.
 */
public record PersonalData(String fullName, String email, Instant madeAt, List<Section> sections) {

    public PersonalData {
        sections = List.copyOf(sections);
    }

    /** One kind of record: {@code key} names it in the machine-readable file, {@code title} in the readable one. */
    public record Section(String key, String title, List<Map<String, String>> records) {

        public Section {
            records = List.copyOf(records);
        }
    }
}
