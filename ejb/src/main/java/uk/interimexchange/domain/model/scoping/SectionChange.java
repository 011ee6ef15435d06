package uk.interimexchange.domain.model.scoping;

/** One section that differs between two scoping versions. */
public record SectionChange(String section, String before, String after) {
}
