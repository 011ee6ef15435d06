package uk.interimexchange.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.CurrentUser;
import uk.interimexchange.application.LessonLibraryView;
import uk.interimexchange.application.LibraryStep;
import uk.interimexchange.application.LessonPageView;
import uk.interimexchange.application.LessonService;
import uk.interimexchange.application.LessonStep;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.application.Roles;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonSearch;
import uk.interimexchange.domain.model.lesson.LessonRepository;
import uk.interimexchange.domain.model.lesson.LessonState;
import uk.interimexchange.domain.model.lesson.LessonText;
import uk.interimexchange.domain.model.lesson.PublishedLesson;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementRepository;
import uk.interimexchange.domain.model.shared.Page;
import uk.interimexchange.domain.model.shared.PageRequest;

@Stateless
public class DefaultLessonService implements LessonService {

    static final String ENTITY = "Lesson";

    @Inject
    LessonRepository lessons;

    @Inject
    PlacementRepository placements;

    @Inject
    AuditRepository auditEvents;

    @Inject
    Callers callers;

    @Inject
    Transitions transitions;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Notifier notifier;

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Lesson write(Long placementId, LessonText text) {
        Actor actor = currentUser.actor();
        Placement placement = placementId == null ? null
                : Guard.party(actor, placements.find(placementId).orElseThrow(() -> new NotFoundException("placement")));
        Lesson lesson = new Lesson(callers.account(actor), placement, text, clock.instant());
        lessons.store(lesson);
        transitions.recordSaved(ENTITY, lesson.getId(), "written", null, lesson.getState(), null);
        return lesson;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public LessonText suggestedFrom(long placementId) {
        Placement placement = Guard.party(currentUser.actor(),
                placements.find(placementId).orElseThrow(() -> new NotFoundException("placement")));
        Set<String> skills = placement.getNeed().getRequiredSkills().stream().map(s -> s.getSkill().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        return new LessonText(null, placement.getNeed().getTitle(), null, null, null, skills,
                placement.getOrganisation().getType(), placement.getOrganisation().getRegion(), false);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Lesson revise(long lessonId, LessonText text) {
        return byAuthor(lessonId, "revised", l -> l.revise(text));
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Lesson submitForModeration(long lessonId) {
        Lesson lesson = byAuthor(lessonId, "sent for moderation", Lesson::submitForModeration);
        notifier.aboutLesson(lesson, "sent for moderation");
        return lesson;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Lesson publish(long lessonId) {
        Guard.coordinator(currentUser.actor());
        Lesson lesson = recorded(load(lessonId), "published", null, l -> l.publish(clock.instant()));
        notifier.aboutLesson(lesson, "published in the library");
        return lesson;
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Lesson returnForEdit(long lessonId, String comment) {
        Guard.coordinator(currentUser.actor());
        Lesson lesson = recorded(load(lessonId), "returned for edit", comment, l -> l.returnForEdit(comment));
        notifier.aboutLesson(lesson, "returned for edit");
        return lesson;
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public Lesson find(long lessonId) {
        Lesson lesson = load(lessonId);
        Actor actor = currentUser.actor();
        if (actor.seesEverything() || isAuthor(actor, lesson)) {
            return lesson;
        }
        throw new NotFoundException("lesson");
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public LessonPageView page(long lessonId) {
        Lesson lesson = load(lessonId);
        Actor actor = currentUser.actor();
        boolean author = isAuthor(actor, lesson);
        boolean asWritten = actor.seesEverything() || author;
        if (!asWritten && !lesson.isPublished()) {
            throw new NotFoundException("lesson"); // the same answer as for a lesson that does not exist
        }
        Set<LessonStep> steps = EnumSet.noneOf(LessonStep.class);
        Steps.allow(steps, LessonStep.EDIT, author && lesson.isOpenForEdit());
        Steps.allow(steps, LessonStep.MODERATE, actor.has(Role.COORDINATOR) && lesson.isAwaitingModeration());
        return new LessonPageView(lesson.shown(), asWritten ? lesson : null,
                asWritten ? auditEvents.historyOf(ENTITY, lessonId) : List.of(), steps);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public PublishedLesson read(long lessonId) {
        Lesson lesson = load(lessonId);
        if (!lesson.isPublished()) {
            throw new NotFoundException("lesson");
        }
        return lesson.shown();
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public Page<PublishedLesson> search(LessonSearch search, PageRequest page) {
        return lessons.search(LessonState.PUBLISHED, search, page).map(Lesson::shown);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public LessonLibraryView library(LessonSearch search, PageRequest page, int ownShown) {
        Actor actor = currentUser.actor();
        Set<LibraryStep> steps = EnumSet.noneOf(LibraryStep.class);
        Steps.allow(steps, LibraryStep.WRITE, actor.has(Role.ASSOCIATE) || actor.has(Role.HOST) || actor.has(Role.COORDINATOR));
        Steps.allow(steps, LibraryStep.MODERATE, actor.has(Role.COORDINATOR));
        return new LessonLibraryView(search(search, page), steps.contains(LibraryStep.WRITE)
                ? mine(PageRequest.first(ownShown)).items() : List.of(), steps);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR})
    public Page<Lesson> mine(PageRequest page) {
        return lessons.byAuthor(currentUser.actor().accountId(), page);
    }

    @Override
    @RolesAllowed({Roles.COORDINATOR})
    public Page<Lesson> awaitingModeration(PageRequest page) {
        Guard.coordinator(currentUser.actor());
        return lessons.search(LessonState.SUBMITTED, LessonSearch.everything(), page);
    }

    @Override
    @RolesAllowed({Roles.ASSOCIATE, Roles.HOST, Roles.COORDINATOR, Roles.ADMIN})
    public List<HistoryEntry> history(long lessonId) {
        Lesson lesson = load(lessonId);
        Actor actor = currentUser.actor();
        if (!actor.seesEverything() && !isAuthor(actor, lesson)) {
            throw new AccessDeniedException("Only the author, coordinators and administrators see a lesson's history.");
        }
        return auditEvents.historyOf(ENTITY, lessonId);
    }

    private static boolean isAuthor(Actor actor, Lesson lesson) {
        return lesson.getAuthor().getId().equals(actor.accountId());
    }

    private Lesson byAuthor(long lessonId, String action, Consumer<Lesson> change) {
        Lesson lesson = load(lessonId);
        if (!isAuthor(currentUser.actor(), lesson)) {
            throw new AccessDeniedException("Only the lesson's author can do that.");
        }
        return recorded(lesson, action, null, change);
    }

    private Lesson recorded(Lesson lesson, String action, String comment, Consumer<Lesson> change) {
        LessonState from = lesson.getState();
        change.accept(lesson);
        transitions.record("lesson", ENTITY, lesson.getId(), action, from, lesson.getState(), comment);
        return lesson;
    }

    private Lesson load(long lessonId) {
        return lessons.find(lessonId).orElseThrow(() -> new NotFoundException("lesson"));
    }
}
