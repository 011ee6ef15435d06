package uk.interimexchange.domain.model.scoping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** The sections of a scoping document, as written; {@link ScopingVersion} holds and freezes them. */
public record ScopingContent(
        List<Objective> objectives,
        String inScope,
        String outOfScope,
        List<Deliverable> deliverables,
        String successMeasures,
        List<Stakeholder> stakeholders,
        String governance,
        String risks,
        WorkingArrangements workingArrangements,
        String confidentiality) {

    public ScopingContent {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        deliverables = deliverables == null ? List.of() : List.copyOf(deliverables);
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
    }

    public static ScopingContent empty() {
        return new ScopingContent(List.of(), null, null, List.of(), null, List.of(), null, null, null, null);
    }

    /** Each section as readable text, in document order: the basis of the differences between versions. */
    public Map<String, String> sections() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("Objectives", lines(objectives));
        s.put("In scope", text(inScope));
        s.put("Out of scope", text(outOfScope));
        s.put("Deliverables", lines(deliverables));
        s.put("Success measures", text(successMeasures));
        s.put("Stakeholders", lines(stakeholders));
        s.put("Governance and reporting", text(governance));
        s.put("Risks and dependencies", text(risks));
        s.put("Working arrangements", workingArrangements == null ? "" : workingArrangements.toString());
        s.put("Confidentiality", text(confidentiality));
        return s;
    }

    private static String lines(List<?> items) {
        return items.stream().map(Objects::toString).collect(Collectors.joining("\n"));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
