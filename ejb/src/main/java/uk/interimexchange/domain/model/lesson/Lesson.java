package uk.interimexchange.domain.model.lesson;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.organisation.OrganisationType;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.shared.Check;

/** Something learnt on a placement, failures included, published to the library after moderation. */
@Entity
@Table(name = "lesson")
public class Lesson {

    private static final String WITHHELD = "Name withheld";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The placement it came from; empty for lessons written outside one. */
    @ManyToOne
    @JoinColumn(name = "placement_id")
    private Placement placement;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 4000)
    private String context;

    @Column(name = "what_happened", nullable = false, length = 4000)
    private String whatHappened;

    @Column(name = "lesson_text", nullable = false, length = 4000)
    private String lesson;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private LessonKind kind;

    @ElementCollection
    @CollectionTable(name = "lesson_skill_tag", joinColumns = @JoinColumn(name = "lesson_id"))
    @Column(name = "tag", nullable = false, length = 100)
    private Set<String> skillTags = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_type", length = 40)
    private OrganisationType organisationType;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Region region;

    @Column(nullable = false)
    private boolean anonymised;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LessonState state;

    @Column(name = "moderation_comment", length = 2000)
    private String moderationComment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    // What the library shows and searches, frozen at publication (anonymised if asked)
    @Column(name = "published_title", length = 200)
    private String publishedTitle;

    @Column(name = "published_context", length = 4000)
    private String publishedContext;

    @Column(name = "published_what_happened", length = 4000)
    private String publishedWhatHappened;

    @Column(name = "published_lesson", length = 4000)
    private String publishedLesson;

    @Version
    private long version;

    protected Lesson() {
    }

    public Lesson(UserAccount author, Placement placement, LessonText text, Instant now) {
        this.author = Check.required(author, "The author");
        Check.that(placement == null || placement.getState() == PlacementState.ACTIVE || placement.getState() == PlacementState.COMPLETED
                || placement.getState() == PlacementState.ENDED_EARLY,
                "A lesson comes from a placement once it has started: as an interim note while it runs, or at close-out.");
        this.placement = placement;
        this.state = LessonState.DRAFT;
        this.createdAt = now;
        write(text);
    }

    public void revise(LessonText text) {
        Check.that(isOpenForEdit(), "A lesson can be edited while it is a draft or returned for edit.");
        write(text);
    }

    private void write(LessonText t) {
        Check.required(t, "The lesson");
        title = Check.text(t.title(), 200, "The title");
        context = Check.optionalText(t.context(), 4000, "The context");
        whatHappened = Check.text(t.whatHappened(), 4000, "What happened");
        lesson = Check.text(t.lesson(), 4000, "The lesson");
        kind = Check.required(t.kind(), "The kind of lesson");
        skillTags.clear();
        if (t.skillTags() != null) {
            t.skillTags().forEach(tag -> skillTags.add(Check.text(tag, 100, "A skill tag")));
        }
        // Tagged with the host's type and region unless the author chose otherwise, so the library can be filtered by them
        organisationType = t.organisationType() != null || placement == null ? t.organisationType() : placement.getOrganisation().getType();
        region = t.region() != null || placement == null ? t.region() : placement.getOrganisation().getRegion();
        anonymised = t.anonymised();
    }

    public void submitForModeration() {
        Check.that(isOpenForEdit(), "Only a draft or returned lesson can be sent for moderation.");
        state = LessonState.SUBMITTED;
    }

    public void publish(Instant now) {
        Check.that(isAwaitingModeration(), "Only a lesson awaiting moderation can be published.");
        state = LessonState.PUBLISHED;
        publishedAt = now;
        moderationComment = null;
        PublishedLesson shown = shown();
        publishedTitle = shown.title();
        publishedContext = shown.context();
        publishedWhatHappened = shown.whatHappened();
        publishedLesson = shown.lesson();
    }

    public void returnForEdit(String comment) {
        Check.that(isAwaitingModeration(), "Only a lesson awaiting moderation can be returned for edit.");
        moderationComment = Check.text(comment, 2000, "What the author should change");
        state = LessonState.RETURNED;
    }

    /** Its author may still change it and send it for moderation: a draft, or returned for edit. */
    public boolean isOpenForEdit() {
        return state == LessonState.DRAFT || state == LessonState.RETURNED;
    }

    public boolean isAwaitingModeration() {
        return state == LessonState.SUBMITTED;
    }

    /** In the library, for everyone to read. */
    public boolean isPublished() {
        return state == LessonState.PUBLISHED;
    }

    /**
     * What the library shows. Anonymised, the host organisation and the names of the people on the placement are
     * taken out of the text as well as the byline; the moderator reads this version before publishing, so anything
     * else that identifies them can be sent back.
     */
    public PublishedLesson shown() {
        Set<String> tags = Set.copyOf(skillTags);
        if (publishedTitle != null) {
            return new PublishedLesson(id, publishedTitle, publishedContext, publishedWhatHappened, publishedLesson, kind, tags,
                    organisationType, region, getSourceShown(), anonymised ? WITHHELD : author.getFullName(), publishedAt);
        }
        if (!anonymised) {
            return new PublishedLesson(id, title, context, whatHappened, lesson, kind, tags, organisationType, region,
                    getSourceShown(), author.getFullName(), publishedAt);
        }
        Redaction redaction = Redaction.of(placement, author);
        return new PublishedLesson(id, redaction.apply(title), redaction.apply(context), redaction.apply(whatHappened),
                redaction.apply(lesson), kind, tags, organisationType, region, getSourceShown(), WITHHELD, publishedAt);
    }

    /** The host and names are left out of what is shown when the author asked for anonymity. */
    public String getSourceShown() {
        if (anonymised || placement == null) {
            return organisationType == null ? "An NHS organisation" : organisationType.getDescription();
        }
        return placement.getOrganisation().getName();
    }

    public Long getId() {
        return id;
    }

    public Placement getPlacement() {
        return placement;
    }

    public UserAccount getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getContext() {
        return context;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getLesson() {
        return lesson;
    }

    public LessonKind getKind() {
        return kind;
    }

    public Set<String> getSkillTags() {
        return Collections.unmodifiableSet(skillTags);
    }

    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    public Region getRegion() {
        return region;
    }

    public boolean isAnonymised() {
        return anonymised;
    }

    public LessonState getState() {
        return state;
    }

    public String getModerationComment() {
        return moderationComment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
