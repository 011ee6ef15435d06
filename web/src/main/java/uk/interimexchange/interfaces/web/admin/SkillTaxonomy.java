package uk.interimexchange.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.interfaces.web.PageSteps;

/** The skill taxonomy for admins (/admin/skills.xhtml): every skill by area, renamed in place, and new ones added. */
@Named
@RequestScoped
public class SkillTaxonomy {

    private static final String PAGE = "/admin/skills.xhtml";

    @Inject
    SkillService skills;

    @Inject
    PageSteps steps;

    private List<Skill> taxonomy;
    private List<String> areas;
    private final Map<Long, String> names = new HashMap<>();
    private String area;
    private String skillName;

    @PostConstruct
    void load() {
        taxonomy = skills.taxonomy();
        areas = taxonomy.stream().map(s -> s.getArea().getName()).distinct().toList();
        taxonomy.forEach(s -> names.put(s.getId(), s.getName()));
    }

    public void add() {
        steps.take("skill taxonomy", "add:area", () -> {
            skills.addSkill(area, skillName);
            return PAGE;
        }, "The skill is added. Hosts and associates can choose it now.");
    }

    public void rename(long skillId) {
        steps.take("skill", null, () -> {
            skills.renameSkill(skillId, names.get(skillId));
            return PAGE;
        }, "The skill is renamed. Needs and profiles that hold it show the new name.");
    }

    public List<Skill> getTaxonomy() {
        return taxonomy;
    }

    public List<String> getAreas() {
        return areas;
    }

    /** The name typed for each skill, by id: every row's field posts, and the row whose button was pressed is used. */
    public Map<Long, String> getNames() {
        return names;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getSkillName() {
        return skillName;
    }

    public void setSkillName(String skillName) {
        this.skillName = skillName;
    }
}
