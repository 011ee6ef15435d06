package uk.interimexchange.infrastructure.startup;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillArea;
import uk.interimexchange.domain.model.skill.SkillRepository;

/**
 * Loads the organisation directory and the skill taxonomy on every start. Idempotent: a trust already
 * present is brought in line with the directory, a skill already present is left alone.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
public class ReferenceData {

    private static final Logger LOG = Logger.getLogger(ReferenceData.class.getName());

    /** The taxonomy of the specification: areas and the skills within them. */
    static final Map<String, List<String>> TAXONOMY = taxonomy();

    @PersistenceContext
    EntityManager em;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SkillRepository skills;

    @PostConstruct
    void load() {
        StartUpLock.hold(em);
        int[] counts = loadOrganisations();
        int added = loadTaxonomy();
        LOG.info(() -> "Reference data: " + counts[0] + " trusts in the directory (" + counts[1] + " added or updated); "
                + added + " skills added.");
    }

    private int[] loadOrganisations() {
        List<OdsDirectory.Trust> trusts;
        try (InputStream csv = getClass().getClassLoader().getResourceAsStream(OdsDirectory.RESOURCE)) {
            if (csv == null) {
                throw new IllegalStateException("The organisation directory " + OdsDirectory.RESOURCE + " is missing from the build.");
            }
            trusts = OdsDirectory.read(csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int changed = 0;
        for (OdsDirectory.Trust t : trusts) {
            var existing = organisations.findByOdsCode(t.odsCode());
            if (existing.isPresent()) {
                if (existing.get().refreshFromDirectory(t.name(), t.region(), t.icbCode(), t.postcode(), t.open())) {
                    changed++;
                }
            } else {
                Organisation o = new Organisation(t.odsCode(), t.name(), t.type(), t.region());
                o.refreshFromDirectory(t.name(), t.region(), t.icbCode(), t.postcode(), t.open());
                organisations.store(o);
                changed++;
            }
        }
        return new int[] {trusts.size(), changed};
    }

    private int loadTaxonomy() {
        int added = 0;
        for (Map.Entry<String, List<String>> area : TAXONOMY.entrySet()) {
            SkillArea skillArea = skills.findAreaByName(area.getKey()).orElseGet(() -> {
                SkillArea a = new SkillArea(area.getKey());
                skills.store(a);
                return a;
            });
            for (String name : area.getValue()) {
                if (skills.findByName(name).isEmpty()) {
                    skills.store(new Skill(skillArea, name));
                    added++;
                }
            }
        }
        return added;
    }

    private static Map<String, List<String>> taxonomy() {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put("Service redesign", List.of("Pathway redesign", "Demand and capacity modelling", "Service evaluation", "Outpatient transformation"));
        t.put("Clinical governance", List.of("Governance frameworks", "Incident investigation", "Clinical audit", "Patient safety (PSIRF)"));
        t.put("Programme management", List.of("Programme planning", "Benefits realisation", "Risk and issue management", "PMO set-up"));
        t.put("Finance and turnaround", List.of("Financial recovery planning", "Cost improvement programmes", "Business cases", "Budget management"));
        t.put("Workforce and organisational development", List.of("Workforce planning", "Organisational development", "Recruitment and retention", "Change management"));
        t.put("Commissioning", List.of("Contract management", "Needs assessment", "Procurement", "Place-based partnerships"));
        t.put("Operational management", List.of("Patient flow", "Elective recovery", "Urgent and emergency care", "Performance management"));
        t.put("Digital and data", List.of("Electronic patient record implementation", "Data analysis and reporting", "Digital transformation", "Information governance"));
        t.put("Quality improvement", List.of("QI methodology", "Measurement for improvement", "Lean process improvement", "Quality assurance"));
        t.put("Stakeholder engagement", List.of("Public consultation", "Clinical engagement", "Board reporting", "Partnership working"));
        t.put("Estates and facilities", List.of("Estates strategy", "Space utilisation", "Sustainability and net zero"));
        return java.util.Collections.unmodifiableMap(t);
    }
}
