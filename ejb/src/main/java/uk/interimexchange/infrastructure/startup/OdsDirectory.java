package uk.interimexchange.infrastructure.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;

/** Reads the ODS "etr" extract of NHS trusts (CSV, no header, every field quoted). */
public final class OdsDirectory {

    public static final String RESOURCE = "reference/ods-trusts-etr.csv";

    /** One trust in NHS England, as the directory lists it. */
    public record Trust(String odsCode, String name, OrganisationType type, Region region, String icbCode,
            String postcode, boolean open) {
    }

    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "the", "for", "in", "on", "at", "upon", "with");
    private static final Set<String> KEEP_UPPER = Set.of("NHS", "ICB", "UK", "CIC", "LLP", "II");

    private OdsDirectory() {
    }

    /** The trusts in NHS England regions; rows for Wales or without a region are left out. */
    public static List<Trust> read(InputStream csv) {
        List<Trust> trusts = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                List<String> f = fields(line);
                if (f.size() < 12) {
                    continue;
                }
                Optional<Region> region = Region.fromOdsCode(f.get(2));
                if (region.isEmpty()) {
                    continue;
                }
                String name = titleCase(f.get(1));
                trusts.add(new Trust(f.get(0).strip(), name, OrganisationType.fromName(f.get(1)), region.get(),
                        blankToNull(f.get(3)), blankToNull(f.get(9)), f.get(11).isBlank()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ODS directory", e);
        }
        return trusts;
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }

    /** "GUY'S AND ST THOMAS' NHS FOUNDATION TRUST" becomes "Guy's and St Thomas' NHS Foundation Trust". */
    public static String titleCase(String upper) {
        String[] words = upper.strip().toLowerCase(Locale.ROOT).split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(titleWord(words[i], i == 0));
        }
        return out.toString();
    }

    private static String titleWord(String word, boolean first) {
        if (KEEP_UPPER.contains(word.toUpperCase(Locale.ROOT))) {
            return word.toUpperCase(Locale.ROOT);
        }
        if (!first && SMALL_WORDS.contains(word)) {
            return word;
        }
        StringBuilder out = new StringBuilder();
        String[] parts = word.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                out.append('-');
            }
            String part = parts[i];
            boolean small = i > 0 && SMALL_WORDS.contains(part);
            out.append(part.isEmpty() || small ? part : Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        return out.toString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
