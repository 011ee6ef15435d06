package uk.interimexchange.infrastructure.startup;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.need.Importance;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.need.Urgency;
import uk.interimexchange.domain.model.notification.Notification;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.Side;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Funding;
import uk.interimexchange.domain.model.skill.SkillLevel;

/**
 * A national-sized programme on top of the demo, made the way the demo is: every record through the domain's own
 * constructors and transitions, backdated, with its audit trail, so each row is one the service could have made.
 * Built a slice at a time, each slice in its own transaction ({@link NationalData}); the slices share only ids.
 *
 * <p>Each need takes one of seventeen paths by its number: draft, submitted, being scoped, open with applications,
 * shortlisting, cancelled, or (eleven paths in seventeen) filled: a placement proposed, agreed, active with check-ins,
 * or completed with feedback and, for the first two thousand, a published lesson. So 7,800 needs make about 5,000
 * placements and 23,000 applications. Every applicant is told in the app; every application is a coordinator's
 * notification too.
 */
final class NationalWorld {

    private static final String[][] TOPICS = {
        {"Elective recovery programme", "Waiting lists for planned care have grown by a third.", "Bring the longest waits down"},
        {"Urgent and emergency care flow", "Ambulances wait outside the emergency department at peak times.", "Cut handover delays"},
        {"Discharge improvement", "Patients fit to leave stay days longer than they need to.", "Halve delayed discharges"},
        {"Financial recovery plan", "The organisation is forecasting a deficit this year.", "Agree a credible recovery plan"},
        {"Community services redesign", "Community teams work in silos across the area.", "Design one integrated team"},
        {"Outpatient transformation", "Follow-up appointments are booked by habit, not need.", "Move follow-ups to patient-initiated"},
        {"Workforce planning", "Vacancy rates are highest in the hardest-pressed services.", "Write a three-year workforce plan"},
        {"Digital front door", "Patients cannot book or change appointments online.", "Launch online booking"},
        {"Patient safety learning", "Incident investigations take months to close.", "Set up learning responses that last"},
        {"Mental health crisis pathway", "Crisis calls go unanswered at night.", "Answer every crisis call within three minutes"},
        {"Theatre productivity", "Theatre sessions start late and finish early.", "Raise theatre utilisation to 85%"},
        {"Virtual ward growth", "Virtual ward beds sit empty while the wards are full.", "Fill the virtual ward safely"},
    };
    /** Six paths end before a placement (one for each state), eleven in one: 6 of 17 needs come to nothing yet. */
    private static final int PATHS = 17;
    private static final String[] DAYS = {"0.5", "1", "1", "1", "1.5", "2"};
    private static final Band[] BANDS = {Band.BAND_7, Band.BAND_8A, Band.BAND_8A, Band.BAND_8B, Band.BAND_8C};

    private final EntityManager em;
    private final NationalData.Cast cast;
    private final DemoWorld world;
    private final Random random;
    private final Consumer<Notification> notifications;
    private final LocalDate today;
    private final ZoneId zone;

    NationalWorld(EntityManager em, LocalDate today, ZoneId zone, long seed, NationalData.Cast cast, Consumer<AuditEvent> audits,
            Consumer<Notification> notifications) {
        this.em = em;
        this.today = today;
        this.zone = zone;
        this.cast = cast;
        this.world = DemoWorld.resume(em, today, zone, seed, audits, cast.coordinator(), cast.secondCoordinator());
        this.random = world.random();
        this.notifications = notifications;
    }

    /** A host contact for every active organisation none of the pool works for; their account ids, in order. */
    List<Long> hosts() {
        List<Long> hosts = new ArrayList<>();
        for (Organisation o : em.createQuery("select o from Organisation o where o.active = true order by o.id", Organisation.class)
                .getResultList()) {
            if (!DemoWorld.isPoolEmployer(o.getOdsCode())) {
                int i = hosts.size();
                hosts.add(world.account("host." + o.getOdsCode().toLowerCase(Locale.ROOT) + "@" + cast.emailDomain(),
                        DemoWorld.firstName(i + 11) + " " + DemoWorld.lastName(i + 5), Role.HOST, o.getOdsCode(), false).getId());
            }
        }
        return hosts;
    }

    /** Associates {@code from} to {@code to} of the pool; the ids of those active and free to apply. */
    List<Long> associates(int from, int to) {
        List<Long> active = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String first = DemoWorld.firstName(i);
            String last = DemoWorld.lastName(i / 42 + i);
            Associate a = world.poolMember(i, first, last, (first + "." + last + "." + i).toLowerCase(Locale.ROOT)
                    + "@" + cast.emailDomain(), null, i % 97 == 11, -400 + i % 200);
            if (a.getStatus() == AssociateStatus.ACTIVE && !a.getAvailability().isEmpty()) {
                active.add(a.getId());
            }
        }
        return active;
    }

    /**
     * Needs {@code from} to {@code to}, each down its path. {@code placed} is the next associate to be placed (each
     * associate holds one placement at most); returns the next after this slice's.
     */
    int needs(int from, int to, List<Long> hosts, List<Long> pool, int placed, int[] lessonsLeft) {
        int next = placed;
        UserAccount coordinator = world.coordinator();
        for (int i = from; i < to; i++) {
            UserAccount sponsor = em.find(UserAccount.class, i % 25 == 0 ? cast.host() : hosts.get(i % hosts.size()));
            int path = i % PATHS;
            switch (path) {
                case 0 -> world.post(sponsor, title(i), background(i), problem(i), -1 - i % 30, required(), band(), days(), 12, 60,
                        Funding.NO_CHARGE, Urgency.ROUTINE, null);
                case 1 -> world.submit(posted(i, sponsor, -20, 50), sponsor, -10);
                case 2 -> {
                    Need need = posted(i, sponsor, -30, 60);
                    world.submit(need, sponsor, -25);
                    ScopingDocument doc = world.startScoping(need, -20);
                    doc.reviseDraft(world.scope(need, problem(i), "Agreed with the sponsor at the start", "The service named in the need",
                            "Other services", "Dr " + DemoWorld.lastName(i) + " (clinical lead)", DemoWorld.firstName(i + 3) + " "
                                    + DemoWorld.lastName(i + 9)));
                }
                case 3 -> {
                    Need need = opened(i, sponsor, -60, -20, 20, 40);
                    for (int k = 0; k < 3; k++) {
                        told(world.apply(associate(pool, i * 7 + k), need, -18 + 3 * k), coordinator);
                    }
                }
                case 4 -> {
                    Need need = opened(i, sponsor, -70, -40, -5, 20);
                    List<Application> applied = new ArrayList<>();
                    for (int k = 0; k < 4; k++) {
                        applied.add(told(world.apply(associate(pool, i * 7 + k), need, -35 + 2 * k), coordinator));
                    }
                    world.startShortlisting(need, -4);
                    world.shortlist(applied.get(0), -3);
                    world.shortlist(applied.get(1), -3);
                }
                case 5 -> {
                    Need need = posted(i, sponsor, -40, 30);
                    world.submit(need, sponsor, -38);
                    need.cancel("The organisation found the support it needed elsewhere.");
                    world.audit("Need", need.getId(), "cancelled", NeedState.SUBMITTED, NeedState.CANCELLED, sponsor, -30,
                            need.getStateReason());
                }
                default -> {
                    fill(i, sponsor, pool, next++, path, lessonsLeft, coordinator);
                }
            }
        }
        return next;
    }

    /** Filled: applied for by four, one placed; proposed, agreed, active with check-ins, or completed. */
    private void fill(int i, UserAccount sponsor, List<Long> pool, int placedIndex, int path, int[] lessonsLeft, UserAccount coordinator) {
        boolean before = path <= 7; // proposed (6) or agreed (7)
        boolean active = path >= 8 && path <= 10; // then completed (11 to 16)
        int shift = before ? 0 : active ? -90 : -270 - i % 60;
        Need need = opened(i, sponsor, -90 + shift, -60 + shift, -30 + shift, before ? 14 : shift);
        Associate chosen = em.find(Associate.class, pool.get(placedIndex % pool.size()));
        for (int k = 0; k < 3; k++) {
            told(world.apply(associate(pool, placedIndex + 1 + k * 101), need, -50 + shift + k), coordinator);
        }
        Placement placement = world.placed(chosen, need, -45 + shift, -29 + shift, -20 + shift, before ? null : shift);
        tellTurnedAway(need, placement);
        if (path == 6) {
            world.sign(placement, PlacementParty.ASSOCIATE, -19);
            return;
        }
        if (path == 7) {
            for (PlacementParty party : PlacementParty.values()) {
                world.sign(placement, party, -18 + party.ordinal());
            }
            return;
        }
        world.start(placement, -18 + shift, -10 + shift);
        int start = (int) java.time.temporal.ChronoUnit.DAYS.between(today, placement.getStartDate());
        int checkIns = active ? Math.max(0, Math.min(4, -start / 14)) : 5;
        for (int week = 1; week <= checkIns; week++) {
            world.checkIn(placement, week % 2 == 0 ? Side.HOST : Side.ASSOCIATE, start + 14 * week,
                    week < 5 ? DeliverableStatus.ON_TRACK : DeliverableStatus.DONE,
                    week < 5 ? (i % 11 == 0 && week > 2 ? DeliverableStatus.AT_RISK : DeliverableStatus.NOT_STARTED) : DeliverableStatus.DONE,
                    null, null);
        }
        if (active) {
            return;
        }
        int end = (int) java.time.temporal.ChronoUnit.DAYS.between(today, placement.getEndDate()) + 3;
        ObjectiveOutcome outcome = i % 5 == 0 ? ObjectiveOutcome.PARTLY_ACHIEVED : ObjectiveOutcome.ACHIEVED;
        world.complete(placement, end, outcome, "The sponsor cleared the way from the first week.",
                "Data access took longer than planned.", "Agree data access before the start date.");
        world.feedback(placement, Side.HOST, 3 + i % 3, "Clear, calm and practical.", end + 4);
        world.feedback(placement, Side.ASSOCIATE, 3 + (i + 1) % 3, "A welcoming team.", end + 4);
        if (lessonsLeft[0] > 0) {
            lessonsLeft[0]--;
            LessonKind kind = i % 4 == 0 ? LessonKind.FAILURE : i % 4 == 1 ? LessonKind.SIMPLE_IMPROVEMENT : LessonKind.SUCCESS;
            world.publishedLesson(placement, placement.getAssociate().getAccount(), lessonTitle(i), need.getTitle(),
                    "Week by week, " + problem(i).toLowerCase(Locale.ROOT) + " came down to who was in the room.",
                    "Name the people who decide in the scope, and meet them in the first week.", kind, end + 6);
        }
    }

    private Need posted(int i, UserAccount sponsor, int postedDay, int earliestStartDay) {
        return world.post(sponsor, title(i), background(i), problem(i), postedDay, required(), band(), days(), 12, earliestStartDay,
                i % 3 == 0 ? Funding.BACKFILL_RECHARGE : Funding.NO_CHARGE, i % 4 == 0 ? Urgency.URGENT : Urgency.SOON, null);
    }

    private Need opened(int i, UserAccount sponsor, int postedDay, int publishedDay, int deadlineDay, int earliestStartDay) {
        return world.opened(posted(i, sponsor, postedDay, earliestStartDay), problem(i), "Measured monthly against the baseline",
                "The service named in the need", "Other services", publishedDay, deadlineDay);
    }

    private Associate associate(List<Long> pool, int index) {
        return em.find(Associate.class, pool.get(Math.floorMod(index, pool.size())));
    }

    /** The coordinators hear of each application, as the service tells them. */
    private Application told(Application application, UserAccount coordinator) {
        notifications.accept(new Notification(coordinator.getId(), "The application of " + application.getAssociate().getFullName()
                + " for “" + application.getNeed().getTitle() + "”: received.", "/applications/" + application.getId(),
                application.getSubmittedAt()));
        return application;
    }

    /** The applicants turned away when the offer was accepted are told, kindly; the sponsor hears of the proposal. */
    private void tellTurnedAway(Need need, Placement placement) {
        for (Application other : em.createQuery("select a from Application a where a.need = :need and a.id <> :accepted", Application.class)
                .setParameter("need", need).setParameter("accepted", placement.getApplication().getId()).getResultList()) {
            notifications.accept(new Notification(other.getAssociate().getAccount().getId(), "Your application for “" + need.getTitle()
                    + "”: unsuccessful. Another applicant accepted the assignment; thank you for applying.",
                    "/applications/" + other.getId(), placement.getProposedAt()));
        }
        notifications.accept(new Notification(need.getSponsor().getId(), "The placement of " + placement.getAssociate().getFullName()
                + " at " + placement.getOrganisation().getName() + ", “" + need.getTitle() + "”: proposed, to be signed by the host sponsor,"
                + " a coordinator and the line manager", "/placements/" + placement.getId(), placement.getProposedAt()));
        notifications.accept(new Notification(placement.getAssociate().getAccount().getId(), "Your placement at "
                + placement.getOrganisation().getName() + ": proposed; please sign it.", "/placements/" + placement.getId(),
                placement.getProposedAt()));
    }

    private List<RequiredSkill> required() {
        List<String> names = world.skillNames();
        String first = names.get(random.nextInt(names.size()));
        String second = names.get(random.nextInt(names.size()));
        List<RequiredSkill> required = new ArrayList<>();
        required.add(new RequiredSkill(world.skill(first), Importance.ESSENTIAL, SkillLevel.values()[random.nextInt(2)]));
        if (!second.equals(first)) {
            required.add(new RequiredSkill(world.skill(second), Importance.DESIRABLE, SkillLevel.WORKING));
        }
        return required;
    }

    private Band band() {
        return BANDS[random.nextInt(BANDS.length)];
    }

    private String days() {
        return DAYS[random.nextInt(DAYS.length)];
    }

    private static String title(int i) {
        return TOPICS[i % TOPICS.length][0] + " (" + (1000 + i) + ")";
    }

    private static String background(int i) {
        return TOPICS[i % TOPICS.length][1];
    }

    private static String problem(int i) {
        return TOPICS[i % TOPICS.length][2];
    }

    private static String lessonTitle(int i) {
        return "What " + TOPICS[i % TOPICS.length][0].toLowerCase(Locale.ROOT) + " taught us (" + (1000 + i) + ")";
    }
}
