package uk.interimexchange.interfaces.web.lesson;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.LessonService;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.lesson.LessonText;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.interfaces.web.PageSteps;
import uk.interimexchange.interfaces.web.QueryParameters;
import uk.interimexchange.interfaces.web.WebPages;

/**
 * Writing a lesson (/lessons/write.xhtml): from a placement (?placement=7, started with its need, skills and host's
 * type and region filled in), from elsewhere (no parameter), or editing one's own draft or returned lesson
 * (?lesson=9). Saved as a draft or sent straight for moderation.
 */
@Named
@RequestScoped
public class LessonEditor {

    /** Up to this many skill tags, each a choice from the taxonomy. */
    static final int SKILL_TAGS = 3;

    @Inject
    LessonService lessons;

    @Inject
    SkillService skillService;

    @Inject
    FacesContext faces;

    @Inject
    PageSteps steps;

    private Long placementId;
    private Long lessonId;
    private Lesson editing;
    private boolean available = true;
    private boolean missing;
    private List<Skill> skills;
    private String title;
    private String context;
    private String whatHappened;
    private String lesson;
    private LessonKind kind;
    private final String[] skillTags = new String[SKILL_TAGS];
    private OrganisationType organisationType;
    private Region region;
    private boolean anonymised;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        skills = skillService.taxonomy();
        try {
            if (!QueryParameters.blank(params.get("lesson"))) {
                lessonId = WebPages.number(params.get("lesson"));
                editing = lessons.find(lessonId);
                available = editing.isOpenForEdit();
                if (!faces.isPostback()) {
                    fill(new LessonText(editing.getTitle(), editing.getContext(), editing.getWhatHappened(), editing.getLesson(),
                            editing.getKind(), editing.getSkillTags(), editing.getOrganisationType(), editing.getRegion(),
                            editing.isAnonymised()));
                }
            } else if (!QueryParameters.blank(params.get("placement"))) {
                placementId = WebPages.number(params.get("placement"));
                LessonText suggested = lessons.suggestedFrom(placementId);
                if (!faces.isPostback()) {
                    fill(suggested);
                }
            }
        } catch (NotFoundException | AccessDeniedException notTheirs) {
            available = false;
            editing = null;
            missing = true;
        }
    }

    private void fill(LessonText t) {
        title = t.title();
        context = t.context();
        whatHappened = t.whatHappened();
        lesson = t.lesson();
        kind = t.kind();
        List<String> tags = t.skillTags() == null ? List.of() : t.skillTags().stream().sorted().limit(SKILL_TAGS).toList();
        for (int i = 0; i < tags.size(); i++) {
            skillTags[i] = tags.get(i);
        }
        organisationType = t.organisationType();
        region = t.region();
        anonymised = t.anonymised();
    }

    /** The page's view action: 404 for another's lesson or a placement the caller is not party to. */
    public void requireLesson() {
        if (missing) {
            WebPages.notFound(faces);
        }
    }

    public void saveDraft() {
        save(false);
    }

    public void send() {
        save(true);
    }

    private void save(boolean forModeration) {
        steps.take("lesson", "write:title", () -> {
            LessonText text = new LessonText(title, context, whatHappened, lesson, kind, tags(), organisationType, region, anonymised);
            long id = lessonId == null ? lessons.write(placementId, text).getId() : lessons.revise(lessonId, text).getId();
            if (forModeration) {
                lessons.submitForModeration(id);
            }
            return "/lessons/lesson.xhtml?lesson=" + id;
        }, forModeration ? "Your lesson is sent for moderation. A coordinator will publish it or tell you what to change."
                : "Your lesson is saved as a draft. Only you and the coordinators can see it.");
    }

    private Set<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        Arrays.stream(skillTags).filter(tag -> !QueryParameters.blank(tag)).forEach(tags::add);
        return tags;
    }

    public boolean isAvailable() {
        return available;
    }

    public Lesson getEditing() {
        return editing;
    }

    public Long getPlacementId() {
        return placementId;
    }

    public Long getLessonId() {
        return lessonId;
    }

    public List<Skill> getSkills() {
        return skills;
    }

    /** The positions of the skill tag choices, for the page to repeat over. */
    public List<Integer> getSkillTagPositions() {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < SKILL_TAGS; i++) {
            positions.add(i);
        }
        return positions;
    }

    public String[] getSkillTags() {
        return skillTags;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(String whatHappened) {
        this.whatHappened = whatHappened;
    }

    public String getLesson() {
        return lesson;
    }

    public void setLesson(String lesson) {
        this.lesson = lesson;
    }

    public LessonKind getKind() {
        return kind;
    }

    public void setKind(LessonKind kind) {
        this.kind = kind;
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(OrganisationType organisationType) {
        this.organisationType = organisationType;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    public void setAnonymised(boolean anonymised) {
        this.anonymised = anonymised;
    }
}
