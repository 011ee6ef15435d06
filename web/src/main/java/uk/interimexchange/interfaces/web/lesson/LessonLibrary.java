package uk.interimexchange.interfaces.web.lesson;

import static uk.interimexchange.interfaces.web.QueryParameters.encoded;
import static uk.interimexchange.interfaces.web.QueryParameters.named;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.interimexchange.application.LessonLibraryView;
import uk.interimexchange.application.LessonService;
import uk.interimexchange.application.LibraryStep;
import uk.interimexchange.application.SkillService;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.lesson.LessonSearch;
import uk.interimexchange.domain.model.lesson.LessonSort;
import uk.interimexchange.domain.model.lesson.PublishedLesson;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.interfaces.web.Paging;
import uk.interimexchange.interfaces.web.QueryParameters;

/**
 * The lessons library (/lessons/): published lessons searched by words and narrowed by kind, skill, type of
 * organisation and region, newest or most relevant first; the search is in the address. Above it, the caller's
 * own lessons in every state, with what a moderator asked them to change.
 */
@Named
@RequestScoped
public class LessonLibrary {

    static final int PAGE_SIZE = 20;
    private static final int OWN_SHOWN = 10;

    @Inject
    LessonService lessons;

    @Inject
    SkillService skillService;

    @Inject
    FacesContext faces;

    private LessonSearch search;
    private List<Skill> skills;
    private final List<String> unreadable = new ArrayList<>();
    private Paging paging;
    private Page<PublishedLesson> found;
    private List<Lesson> mine = List.of();
    private LessonLibraryView view;

    @PostConstruct
    void load() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        skills = skillService.taxonomy();
        String skill = params.get("skill");
        String skillTag = null;
        if (!QueryParameters.blank(skill)) {
            skillTag = skills.stream().map(Skill::getName).filter(name -> name.equals(skill.strip())).findFirst().orElse(null);
            if (skillTag == null) {
                unreadable.add("skill");
            }
        }
        search = new LessonSearch(params.get("q"), named(LessonKind.values(), params.get("kind"), "kind", unreadable), skillTag,
                named(OrganisationType.values(), params.get("type"), "type of organisation", unreadable),
                named(Region.values(), params.get("region"), "region", unreadable),
                named(LessonSort.values(), params.get("sort"), "order", unreadable));
        paging = Paging.from(params.get("from"), PAGE_SIZE);
        view = lessons.library(search, paging.request(), OWN_SHOWN);
        found = view.found();
        mine = view.mine();
        paging.of(found.total());
    }

    /** The search as an address query, for the links to other pages of it. */
    public String getQuery() {
        return "q=" + encoded(search.words()) + "&kind=" + encoded(search.kind()) + "&skill=" + encoded(search.skillTag())
                + "&type=" + encoded(search.organisationType()) + "&region=" + encoded(search.region()) + "&sort=" + encoded(search.sort());
    }

    public LessonSearch getSearch() {
        return search;
    }

    public List<String> getUnreadable() {
        return unreadable;
    }

    public List<Skill> getSkills() {
        return skills;
    }

    public Page<PublishedLesson> getFound() {
        return found;
    }

    public Paging getPaging() {
        return paging;
    }

    public List<Lesson> getMine() {
        return mine;
    }

    /** Whether the caller may write a lesson (from a placement they took part in). */
    public boolean isWriting() {
        return view.can(LibraryStep.WRITE);
    }

    /** Whether the caller moderates the lessons sent for publication. */
    public boolean isModerating() {
        return view.can(LibraryStep.MODERATE);
    }
}
