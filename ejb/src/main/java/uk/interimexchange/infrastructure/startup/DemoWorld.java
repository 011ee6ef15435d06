package uk.interimexchange.infrastructure.startup;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.application.Application;
import uk.interimexchange.domain.model.application.InterviewFormat;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AvailabilityWindow;
import uk.interimexchange.domain.model.associate.HeldSkill;
import uk.interimexchange.domain.model.associate.LineManager;
import uk.interimexchange.domain.model.associate.ProfileDetails;
import uk.interimexchange.domain.model.audit.AuditEvent;
import uk.interimexchange.domain.model.lesson.Lesson;
import uk.interimexchange.domain.model.lesson.LessonKind;
import uk.interimexchange.domain.model.lesson.LessonText;
import uk.interimexchange.domain.model.need.Importance;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedDetails;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.need.RequiredSkill;
import uk.interimexchange.domain.model.need.Urgency;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.organisation.Region;
import uk.interimexchange.domain.model.placement.CheckInReport;
import uk.interimexchange.domain.model.placement.CloseOut;
import uk.interimexchange.domain.model.placement.DeliverableProgress;
import uk.interimexchange.domain.model.placement.DeliverableStatus;
import uk.interimexchange.domain.model.placement.ObjectiveOutcome;
import uk.interimexchange.domain.model.placement.ObjectiveResult;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.placement.PlacementTerms;
import uk.interimexchange.domain.model.placement.Side;
import uk.interimexchange.domain.model.scoping.Deliverable;
import uk.interimexchange.domain.model.scoping.Objective;
import uk.interimexchange.domain.model.scoping.ScopingContent;
import uk.interimexchange.domain.model.scoping.ScopingDocument;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.scoping.Stakeholder;
import uk.interimexchange.domain.model.scoping.WorkingArrangements;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.Funding;
import uk.interimexchange.domain.model.skill.Skill;
import uk.interimexchange.domain.model.skill.SkillLevel;
import uk.interimexchange.infrastructure.security.PasswordHasher;

/**
 * The demonstration programme: named accounts for every role, a talent pool of associates, and needs in every
 * state with the applications, placements, check-ins and lessons that got them there. Every change goes through
 * the domain's own transitions, backdated, and is written to the audit trail as it would have been.
 */
final class DemoWorld {

    /** The password of each named demo account, printed in the README. Pool associates have none. */
    static final String DEMO_PASSWORD = "lend-expertise-across-the-NHS";

    /** The proposed placement whose line manager has not yet answered; their link is emailed once the world is built. */
    Placement awaitingRelease() {
        return awaitingRelease;
    }

    record Summary(int accounts, int associates, int needs, int applications, int placements, int lessons) {
    }

    private static final String[] FIRST_NAMES = {"Amelia", "Oliver", "Zara", "Kwame", "Sophie", "Rhys", "Mei", "Callum",
        "Hannah", "Imran", "Grace", "Declan", "Leah", "Tomasz", "Nadia", "Ewan", "Chloe", "Ravi", "Bethan", "Samuel",
        "Fatima", "Connor", "Isla", "Jamal", "Lucy", "Owen", "Anjali", "Marcus", "Ruth", "Adebayo", "Ellie", "Gareth",
        "Yasmin", "Patrick", "Holly", "Dev", "Morag", "Liam", "Shauna", "Victor", "Eleanor", "Kofi"};
    private static final String[] LAST_NAMES = {"Brown", "Clarke", "Ahmed", "Mensah", "Turner", "Price", "Chen", "Fraser",
        "Walsh", "Hussain", "Okoro", "Byrne", "Foster", "Nowak", "Begum", "Campbell", "Wright", "Sharma", "Jenkins",
        "Green", "Ali", "Murphy", "Stewart", "Bakare", "Hall", "Davies", "Kaur", "Reid", "Cohen", "Adeleke", "Hughes",
        "Morgan", "Iqbal", "Doyle", "Parker", "Gupta", "MacLeod", "Burke", "Kelly", "Novak", "Shaw", "Asante"};
    private static final String[] JOB_TITLES = {"Head of operations", "Service manager", "Programme director",
        "Deputy director of finance", "Head of clinical governance", "Transformation lead", "Head of workforce planning",
        "Associate director of quality", "Divisional general manager", "Head of commissioning", "Chief information officer",
        "Head of patient safety", "Improvement lead", "Head of estates", "Performance manager"};
    /** Employers of the pool: none of them posts a need in the demo, so no application is a conflict of interest. */
    private static final String[] EMPLOYERS = {"R0A", "RTH", "RWE", "RXN", "RYJ", "RAL", "RGT", "RDE", "RKB", "RYE", "RQY",
        "RTQ", "RXW", "RJZ", "RH8"};
    private static final String[] DAYS = {"0.5", "1", "1", "1", "1", "1.5", "2"};

    private final EntityManager em;
    private final PasswordHasher passwords;
    private final LocalDate today;
    private final ZoneId zone;
    private final Random random = new Random(20_261_123L);
    private final Map<String, Skill> skills = new HashMap<>();
    private final Map<String, Organisation> organisations = new HashMap<>();
    private final List<Associate> pool = new ArrayList<>();
    private int nextPoolMember;
    private int accounts;
    private int associates;
    private int needs;
    private int applications;
    private int placements;
    private int lessons;
    private Placement awaitingRelease;
    /** Where the audit trail's entries go: persisted one by one, or gathered to be written in batches. */
    private java.util.function.Consumer<AuditEvent> audits;

    private UserAccount coordinator;
    private UserAccount coordinator2;

    DemoWorld(EntityManager em, PasswordHasher passwords, LocalDate today, ZoneId zone) {
        this.em = em;
        this.passwords = passwords;
        this.today = today;
        this.zone = zone;
        this.audits = em::persist;
    }

    /**
     * The world to add to: its skills and the two coordinators read back, and the audit trail's entries handed to
     * {@code audits}. Used by the national data set ({@link NationalWorld}).
     */
    static DemoWorld resume(EntityManager em, LocalDate today, ZoneId zone, long seed, java.util.function.Consumer<AuditEvent> audits,
            long coordinatorId, long secondCoordinatorId) {
        DemoWorld world = new DemoWorld(em, null, today, zone, seed);
        world.audits = audits;
        em.createQuery("select s from Skill s", Skill.class).getResultList().forEach(s -> world.skills.put(s.getName(), s));
        world.coordinator = em.find(UserAccount.class, coordinatorId);
        world.coordinator2 = em.find(UserAccount.class, secondCoordinatorId);
        return world;
    }

    private DemoWorld(EntityManager em, PasswordHasher passwords, LocalDate today, ZoneId zone, long seed) {
        this(em, passwords, today, zone);
        random.setSeed(seed);
    }

    UserAccount coordinator() {
        return coordinator;
    }

    Random random() {
        return random;
    }

    List<String> skillNames() {
        return skills.keySet().stream().sorted().toList();
    }

    static String firstName(int i) {
        return FIRST_NAMES[i % FIRST_NAMES.length];
    }

    static String lastName(int i) {
        return LAST_NAMES[i % LAST_NAMES.length];
    }

    static boolean isPoolEmployer(String odsCode) {
        return java.util.Arrays.asList(EMPLOYERS).contains(odsCode);
    }

    Summary build() {
        em.createQuery("select s from Skill s", Skill.class).getResultList().forEach(s -> skills.put(s.getName(), s));
        account("admin@interim.example", "Alex Morgan", Role.ADMIN, null, true);
        coordinator = account("coordinator@interim.example", "Priya Shah", Role.COORDINATOR, null, true);
        coordinator2 = account("coordinator2@interim.example", "Tom Okafor", Role.COORDINATOR, null, true);
        UserAccount helen = account("host@interim.example", "Helen Carter", Role.HOST, "RJ1", true);
        UserAccount david = account("host.leeds@interim.example", "David Lewis", Role.HOST, "RR8", true);
        account("host.leeds2@interim.example", "Nadia Hussain", Role.HOST, "RR8", true); // a colleague a need can be handed to
        UserAccount sarah = account("host.nottingham@interim.example", "Sarah Mitchell", Role.HOST, "RX1", true);
        UserAccount james = account("host.bristol@interim.example", "James Patel", Role.HOST, "RVJ", true);
        UserAccount fiona = account("host.newcastle@interim.example", "Fiona Reid", Role.HOST, "RTD", true);
        UserAccount mark = account("host.emas@interim.example", "Mark Evans", Role.HOST, "RX9", true);
        UserAccount grace = account("host.eastlondon@interim.example", "Grace Adeyemi", Role.HOST, "RWK", true);

        Associate aisha = associate(account("associate@interim.example", "Aisha Rahman", Role.ASSOCIATE, null, true),
                "Head of operations, medicine division", "R0A", Band.BAND_8B, "Peter Walsh",
                "Twelve years in acute operations; led the frailty and same-day emergency care redesign at Manchester.",
                Map.of("Pathway redesign", SkillLevel.EXPERT, "Patient flow", SkillLevel.EXPERT,
                        "Demand and capacity modelling", SkillLevel.EXPERIENCED, "Clinical engagement", SkillLevel.EXPERIENCED),
                Set.of(Region.NORTH_WEST, Region.LONDON), true, "1", Set.of(DayOfWeek.TUESDAY));
        Associate daniel = associate(account("associate2@interim.example", "Daniel Hughes", Role.ASSOCIATE, null, true),
                "Deputy director of finance", "RTH", Band.BAND_8D, "Claire Benson",
                "Finance lead for two financial recovery plans; chartered accountant (CIPFA).",
                Map.of("Financial recovery planning", SkillLevel.EXPERT, "Cost improvement programmes", SkillLevel.EXPERT,
                        "Business cases", SkillLevel.EXPERIENCED, "Board reporting", SkillLevel.EXPERIENCED),
                Set.of(Region.SOUTH_EAST, Region.LONDON), true, "1", Set.of(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
        buildPool();

        draftNeeds(helen, david);
        submittedNeeds(sarah, fiona);
        scopingNeeds(james, mark);
        openNeeds(david, grace, sarah, aisha, daniel);
        shortlistingNeeds(james, fiona, aisha);
        filledNeeds(david, grace, helen, sarah, aisha);
        closedNeeds(james, fiona);
        cancelledNeed(mark);
        return new Summary(accounts, associates, needs, applications, placements, lessons);
    }

    // ---- the needs, one group per state ----

    private void draftNeeds(UserAccount helen, UserAccount david) {
        post(helen, "Review of the outpatient booking centre", "Call answering has fallen to 61% and complaints are rising.",
                "Find out why patients cannot get through and what would fix it", -3,
                List.of(essential("Outpatient transformation", SkillLevel.EXPERIENCED), desirable("Lean process improvement")),
                Band.BAND_8A, "1", 10, 40, Funding.NO_CHARGE, Urgency.ROUTINE, "Guy's Hospital");
        Need theatres = post(david, "Theatre scheduling improvement", "Theatre utilisation is 71% against a target of 85%.",
                "Improve how elective lists are booked and filled", -20,
                List.of(essential("Elective recovery", SkillLevel.EXPERIENCED), desirable("Data analysis and reporting")),
                Band.BAND_8B, "1", 12, 45, Funding.BACKFILL_RECHARGE, Urgency.SOON, "St James's University Hospital");
        submit(theatres, david, -15);
        theatres.returnToDraft("Please say which specialties are in scope, and who the clinical lead will be.");
        audit("Need", theatres.getId(), "returned to draft", NeedState.SUBMITTED, NeedState.DRAFT, coordinator, -12,
                "Please say which specialties are in scope, and who the clinical lead will be.");
    }

    private void submittedNeeds(UserAccount sarah, UserAccount fiona) {
        submit(post(sarah, "Business case for a community diagnostic centre", "Capital funding is available if a case is ready by spring.",
                "Write the full business case and its benefits realisation plan", -6,
                List.of(essential("Business cases", SkillLevel.EXPERT), essential("Benefits realisation", SkillLevel.EXPERIENCED)),
                Band.BAND_8C, "2", 12, 30, Funding.FEE, Urgency.URGENT, "Queen's Medical Centre"), sarah, -5);
        submit(post(fiona, "Stroke pathway redesign", "Door-to-needle times vary widely between the two hospital sites.",
                "Design one stroke pathway across both sites", -4,
                List.of(essential("Pathway redesign", SkillLevel.EXPERT), desirable("Clinical engagement")),
                Band.BAND_8B, "1", 16, 50, Funding.NO_CHARGE, Urgency.SOON, "Royal Victoria Infirmary"), fiona, -2);
    }

    private void scopingNeeds(UserAccount james, UserAccount mark) {
        Need psirf = post(james, "Clearing the incident investigation backlog under PSIRF",
                "The trust moved to the Patient Safety Incident Response Framework with 140 investigations still open.",
                "Close the backlog safely and set up learning responses that last", -20,
                List.of(essential("Patient safety (PSIRF)", SkillLevel.EXPERT), essential("Incident investigation", SkillLevel.EXPERIENCED)),
                Band.BAND_8B, "1", 12, 35, Funding.NO_CHARGE, Urgency.URGENT, "Southmead Hospital");
        submit(psirf, james, -18);
        ScopingDocument psirfScope = startScoping(psirf, -14);
        psirfScope.reviseDraft(scope(psirf, "Close every open investigation older than 90 days", "No open investigation older than 90 days",
                "Open investigations and the trust's PSIRF plan", "Serious incidents already with the coroner", "Dr Alan Greaves", "Maria Lopez"));
        audit("ScopingDocument", psirfScope.getId(), "draft revised", null, null, james, -9, "Version 1");

        Need handovers = post(mark, "Reducing ambulance handover delays", "Crews wait more than an hour at two hospitals most evenings.",
                "Agree handover protocols with the receiving hospitals", -25,
                List.of(essential("Urgent and emergency care", SkillLevel.EXPERT), essential("Partnership working", SkillLevel.EXPERIENCED)),
                Band.BAND_8C, "1.5", 12, 30, Funding.BACKFILL_RECHARGE, Urgency.URGENT, "Nottingham");
        submit(handovers, mark, -22);
        ScopingDocument handoverScope = startScoping(handovers, -18);
        handoverScope.reviseDraft(scope(handovers, "Cut handovers over 60 minutes by half", "Weekly handovers over 60 minutes, from the CAD data",
                "Handover at the two busiest emergency departments", "Hospital bed capacity and discharge", "Dr Nia Roberts", "Gary Holt"));
        handoverScope.issueForSignOff(at(-5));
        audit("ScopingDocument", handoverScope.getId(), "issued for sign-off", null, null, coordinator, -5, "Version 1");
        handoverScope.signOff(SignOffParty.HOST_SPONSOR, mark, at(-3));
        audit("ScopingDocument", handoverScope.getId(), "signed by host sponsor", null, null, mark, -3, "Version 1");
    }

    private void openNeeds(UserAccount david, UserAccount grace, UserAccount sarah, Associate aisha, Associate daniel) {
        Need elective = opened(post(david, "Elective recovery programme support", "The trust has 9,000 patients waiting over 52 weeks.",
                "Set up and run the elective recovery programme office", -40,
                List.of(essential("Programme planning", SkillLevel.EXPERIENCED), essential("Elective recovery", SkillLevel.EXPERIENCED),
                        desirable("PMO set-up")),
                Band.BAND_8B, "1", 16, 30, Funding.NO_CHARGE, Urgency.SOON, "Leeds General Infirmary"),
                "Stand up a programme office that tracks every 52-week wait", "A weekly report on every patient waiting over 52 weeks",
                "Elective pathways in surgery and medicine", "Diagnostics and cancer pathways", -10, 14);
        apply(nextFromPool(), elective, -8);
        apply(nextFromPool(), elective, -6);
        invite(nextFromPool(), elective, -5);
        apply(aisha, elective, -4);

        Need finance = opened(post(grace, "Financial recovery plan for community services", "Community services are forecast £4.2m over budget.",
                "Write a recovery plan the board can approve", -35,
                List.of(essential("Financial recovery planning", SkillLevel.EXPERT), desirable("Cost improvement programmes")),
                Band.BAND_8C, "1", 12, 40, Funding.BACKFILL_RECHARGE, Urgency.URGENT, "Robert Dolan House, London"),
                "A recovery plan the board approves", "Board approval of the plan, with savings identified for every month",
                "Community health services budgets", "Mental health inpatient services", -7, 21);
        apply(daniel, finance, -5);
        Application withdrawn = apply(nextFromPool(), finance, -6);
        withdrawn.withdraw("My own trust has asked me to lead its winter plan.", at(-2));
        audit("Application", withdrawn.getId(), "withdrawn", uk.interimexchange.domain.model.application.ApplicationState.SUBMITTED,
                withdrawn.getState(), withdrawn.getAssociate().getAccount(), -2, withdrawn.getFeedback());

        opened(post(sarah, "Workforce plan for urgent care", "Vacancy rates in the emergency department are 18%.",
                "Produce a three-year workforce plan for urgent care", -20,
                List.of(essential("Workforce planning", SkillLevel.EXPERIENCED), desirable("Recruitment and retention")),
                Band.BAND_8A, "0.5", 20, 45, Funding.NO_CHARGE, Urgency.ROUTINE, "Queen's Medical Centre"),
                "An agreed three-year workforce plan", "Plan approved by the people committee",
                "Nursing, medical and support roles in urgent care", "Pay and grading", -2, 28);
    }

    private void shortlistingNeeds(UserAccount james, UserAccount fiona, Associate aisha) {
        Need governance = opened(post(james, "Refreshing the clinical governance framework", "The CQC found governance below divisional level weak.",
                "Refresh the framework so every division runs it the same way", -50,
                List.of(essential("Governance frameworks", SkillLevel.EXPERT), desirable("Clinical audit")),
                Band.BAND_8B, "1", 12, 35, Funding.NO_CHARGE, Urgency.SOON, "Southmead Hospital"),
                "Every division runs the same governance meeting structure", "Terms of reference adopted by all five divisions",
                "Divisional and specialty governance", "Board committees", -30, -9);
        Application f = apply(nextFromPool(), governance, -25);
        Application g = apply(nextFromPool(), governance, -22);
        Application h = apply(nextFromPool(), governance, -20);
        startShortlisting(governance, -8);
        shortlist(f, -7);
        shortlist(g, -7);
        interview(g, -6, 3);
        unsuccessful(h, -7, "Thank you for your application. The host needed someone who has led a governance framework through a CQC "
                + "inspection, and others on the shortlist had that experience. Your audit work was impressive.");

        Need epr = opened(post(fiona, "Getting ready for the EPR go-live", "The new electronic patient record goes live in five months.",
                "Make sure wards and clinics are ready on the day", -55,
                List.of(essential("Electronic patient record implementation", SkillLevel.EXPERIENCED), desirable("Change management")),
                Band.BAND_8B, "1", 20, 30, Funding.FEE, Urgency.SOON, "Freeman Hospital"),
                "Every ward passes the go-live readiness check", "Readiness checklist complete for all 62 wards",
                "Ward and clinic readiness", "Technical build and data migration", -35, -12);
        Application offered = apply(aisha, epr, -30);
        Application i = apply(nextFromPool(), epr, -28);
        Application j = apply(nextFromPool(), epr, -27);
        startShortlisting(epr, -11);
        shortlist(offered, -10);
        shortlist(i, -10);
        interview(offered, -10, -4);
        offer(offered, -2);
        unsuccessful(j, -10, "Thank you for applying. We shortlisted applicants who have taken wards through an EPR go-live; "
                + "we would be glad to see you apply for future digital assignments.");
    }

    private void filledNeeds(UserAccount david, UserAccount grace, UserAccount helen, UserAccount sarah, Associate aisha) {
        // A placement waiting for the host sponsor and the line manager to sign
        Need discharge = opened(post(david, "Discharge to assess pathway", "Forty patients a day are medically fit but still in hospital.",
                "Set up a discharge to assess pathway with the council", -70,
                List.of(essential("Patient flow", SkillLevel.EXPERT), essential("Partnership working", SkillLevel.EXPERIENCED)),
                Band.BAND_8B, "1", 12, 14, Funding.NO_CHARGE, Urgency.URGENT, "St James's University Hospital"),
                "Halve the number of patients waiting for discharge", "Daily count of patients with no criteria to reside",
                "Discharge from medical wards", "Community bed commissioning", -45, -25);
        Application declined = apply(nextFromPool(), discharge, -35);
        Application k = apply(nextFromPool(), discharge, -33);
        apply(nextFromPool(), discharge, -31); // told kindly when the offer is accepted
        startShortlisting(discharge, -24);
        shortlist(declined, -23);
        shortlist(k, -23);
        interview(declined, -23, -18);
        interview(k, -23, -17);
        offer(declined, -14);
        declined.decline("My home trust cannot release me on the days the host needs.", at(-12));
        audit("Application", declined.getId(), "declined", uk.interimexchange.domain.model.application.ApplicationState.OFFERED,
                declined.getState(), declined.getAssociate().getAccount(), -12, declined.getFeedback());
        offer(k, -10);
        Placement proposed = accept(k, -8, null);
        sign(proposed, PlacementParty.ASSOCIATE, -7);
        sign(proposed, PlacementParty.COORDINATOR, -6);
        awaitingRelease = proposed;

        // An agreed placement still waiting for one briefing before it can start
        Need crisis = opened(post(grace, "Redesigning the mental health crisis line", "Calls to the crisis line go unanswered at night.",
                "Redesign the crisis line with the voluntary sector", -80,
                List.of(essential("Service evaluation", SkillLevel.EXPERIENCED), desirable("Public consultation")),
                Band.BAND_8A, "1", 12, 7, Funding.BACKFILL_RECHARGE, Urgency.URGENT, "Mile End Hospital"),
                "Answer every crisis call within three minutes", "Calls answered within three minutes, from the telephony data",
                "The 24-hour crisis line", "Inpatient crisis beds", -60, -40);
        Placement agreed = placed(nextFromPool(), crisis, -45, -39, -28, null);
        for (PlacementParty party : PlacementParty.values()) {
            sign(agreed, party, -25 + party.ordinal());
        }
        brief(agreed, agreed.getScopingVersion().stakeholdersToBrief().get(0), -15);

        // The demo associate's own placement: active, with check-ins and a deliverable at risk
        Need frailty = opened(post(helen, "Frailty pathway redesign", "Frail older patients wait longest in the emergency department.",
                "Redesign the frailty pathway from front door to discharge", -130,
                List.of(essential("Pathway redesign", SkillLevel.EXPERT), essential("Patient flow", SkillLevel.EXPERIENCED),
                        desirable("Clinical engagement")),
                Band.BAND_8B, "1", 12, -49, Funding.NO_CHARGE, Urgency.SOON, "St Thomas' Hospital"),
                "Agree a new frailty pathway with the clinical board", "Pathway approved by the clinical board",
                "The frailty pathway from the emergency department to discharge", "Community services and social care",
                -110, -90);
        apply(nextFromPool(), frailty, -101); // told kindly when Aisha accepts
        Placement active = placed(aisha, frailty, -100, -89, -80, -49);
        start(active, -70, -52);
        checkIn(active, Side.ASSOCIATE, -42, DeliverableStatus.ON_TRACK, DeliverableStatus.NOT_STARTED, null,
                "Mapped the current pathway with the ED team.");
        checkIn(active, Side.HOST, -28, DeliverableStatus.DONE, DeliverableStatus.ON_TRACK, null, "Good start; the team likes the map.");
        checkIn(active, Side.ASSOCIATE, -14, DeliverableStatus.DONE, DeliverableStatus.AT_RISK,
                "The clinical board meeting moved: the pathway may not be approved in time.", "Escalated to the sponsor.");
        active.recordMidPointReview(Side.HOST, helen.getFullName(), "The current-state map is done and the ED team is engaged.",
                "Bring the clinical board date forward, or take the pathway to the medical director first.", at(-6));
        audit("Placement", active.getId(), "mid-point review recorded by host", active.getState(), active.getState(), helen, -6, null);
        Lesson interim = new Lesson(aisha.getAccount(), active, new LessonText("Book the first-day meetings before anything else",
                "One day a week at an acute trust", "Two of my first three weeks were spent finding the right people.",
                "Ask the host to book the first day's meetings before the start date; it saves a fifth of the week.",
                LessonKind.SIMPLE_IMPROVEMENT, Set.of("Pathway redesign"), null, Region.LONDON, false), at(-13));
        save(interim);
        lessons++;
        audit("Lesson", interim.getId(), "written", null, interim.getState(), aisha.getAccount(), -13, null);

        // A second active placement, whose last check-in is three weeks old
        Need cancer = opened(post(sarah, "Recovering the cancer 62-day backlog", "The 62-day backlog has doubled in a year.",
                "Bring the cancer backlog back to its pre-pandemic level", -90,
                List.of(essential("Performance management", SkillLevel.EXPERT), desirable("Demand and capacity modelling")),
                Band.BAND_8C, "1.5", 16, -35, Funding.FEE, Urgency.URGENT, "Nottingham City Hospital"),
                "Return the backlog to 180 patients", "Patients waiting over 62 days, weekly",
                "Lower GI, urology and skin pathways", "Radiotherapy capacity", -75, -60);
        Placement second = placed(nextFromPool(), cancer, -70, -59, -52, -35);
        start(second, -45, -38);
        checkIn(second, Side.ASSOCIATE, -28, DeliverableStatus.ON_TRACK, DeliverableStatus.NOT_STARTED, null, "Backlog validated.");
        checkIn(second, Side.HOST, -21, DeliverableStatus.DONE, DeliverableStatus.ON_TRACK, null, null);

        // A placement that fell through: the line manager could not release the associate, so the need waits to be
        // reopened, with an applicant turned away only because the other accepted
        Need wards = opened(post(david, "Virtual ward expansion", "Virtual ward beds sit empty while the wards are full.",
                "Grow the virtual ward to 60 beds with safe step-up referrals", -80,
                List.of(essential("Patient flow", SkillLevel.EXPERIENCED), desirable("Clinical engagement")),
                Band.BAND_8A, "1", 12, 21, Funding.NO_CHARGE, Urgency.SOON, "St James's University Hospital"),
                "Sixty virtual ward beds in use", "Virtual ward occupancy, weekly",
                "Step-up referrals from primary care and the frailty unit", "Hospital at home for children", -55, -35);
        apply(nextFromPool(), wards, -45); // turned away when the other accepted: can be brought back
        Placement fellThrough = placed(nextFromPool(), wards, -42, -33, -24, null);
        sign(fellThrough, PlacementParty.ASSOCIATE, -23);
        var proposedState = fellThrough.getState();
        String manager = fellThrough.getAssociate().getLineManager().getName();
        fellThrough.declineRelease(manager, "We are two managers short this winter; I cannot release them before April.");
        audit("Placement", fellThrough.getId(), "release declined by line manager " + manager, proposedState, fellThrough.getState(), null,
                -20, fellThrough.getStateReason());
    }

    private void closedNeeds(UserAccount james, UserAccount fiona) {
        // Completed, with feedback both ways and published lessons
        Need followUp = opened(post(james, "Outpatient follow-up redesign", "Follow-up appointments are booked by habit, not need.",
                "Move suitable follow-ups to patient-initiated follow-up", -260,
                List.of(essential("Outpatient transformation", SkillLevel.EXPERT), desirable("Measurement for improvement")),
                Band.BAND_8A, "1", 12, -200, Funding.NO_CHARGE, Urgency.ROUTINE, "Southmead Hospital"),
                "Move 15% of follow-ups to patient-initiated follow-up", "Share of follow-ups on patient-initiated follow-up",
                "Dermatology, rheumatology and gastroenterology", "New appointments", -240, -225);
        Placement done = placed(nextFromPool(), followUp, -235, -224, -216, -200);
        start(done, -210, -203);
        for (int week = 1; week <= 5; week++) {
            checkIn(done, week % 2 == 0 ? Side.HOST : Side.ASSOCIATE, -200 + 14 * week,
                    week < 5 ? DeliverableStatus.ON_TRACK : DeliverableStatus.DONE, week < 5 ? DeliverableStatus.NOT_STARTED : DeliverableStatus.DONE,
                    null, null);
        }
        complete(done, -116, ObjectiveOutcome.ACHIEVED, "Clinicians owned the change from week two.",
                "Data on follow-up outcomes took six weeks to get.", "Ask for data access before the start date.");
        feedback(done, Side.HOST, 5, "Clear, calm and practical. The clinicians trusted her.", -110);
        feedback(done, Side.ASSOCIATE, 4, "A welcoming team; data access was slow.", -110);
        publishedLesson(done, done.getAssociate().getAccount(), "Clinicians own the change when they design it",
                "Outpatient follow-up redesign", "We asked consultants to write the criteria for patient-initiated follow-up themselves.",
                "Let clinicians write the rules; the change then holds after you leave.", LessonKind.SUCCESS, -112);
        publishedLesson(done, james, "Get data access agreed before day one", "Outpatient follow-up redesign",
                "Our associate waited six weeks for an honorary contract and data access.",
                "Start the honorary contract and data access when the placement is agreed, not when it starts.",
                LessonKind.SIMPLE_IMPROVEMENT, -108);

        // Ended early, with a lesson about the failure waiting for moderation
        Need theatres = opened(post(fiona, "Theatre productivity programme", "Theatre sessions start late and finish early.",
                "Raise theatre utilisation to 85%", -220,
                List.of(essential("Lean process improvement", SkillLevel.EXPERIENCED), desirable("Elective recovery")),
                Band.BAND_8B, "1", 16, -150, Funding.BACKFILL_RECHARGE, Urgency.SOON, "Freeman Hospital"),
                "Theatre utilisation at 85%", "Touch-time utilisation from the theatre system",
                "Main theatres at the Freeman", "Day-case unit", -200, -180);
        Placement ended = placed(nextFromPool(), theatres, -190, -179, -170, -150);
        start(ended, -160, -153);
        checkIn(ended, Side.ASSOCIATE, -136, DeliverableStatus.ON_TRACK, DeliverableStatus.NOT_STARTED, null, null);
        checkIn(ended, Side.HOST, -122, DeliverableStatus.AT_RISK, DeliverableStatus.NOT_STARTED,
                "The board has paused all transformation work after the financial reset.", null);
        PlacementState from = ended.getState();
        ended.endEarly("The trust board paused the theatre programme after a financial reset.", ended.getScopingVersion().getObjectives()
                .stream().map(o -> new ObjectiveResult(o.getDescription(), ObjectiveOutcome.NOT_ACHIEVED,
                        "The programme was paused before the work could be finished")).toList(), at(-100));
        audit("Placement", ended.getId(), "ended early", from, ended.getState(), fiona, -100, ended.getStateReason());
        closeNeed(theatres, -100);
        feedback(ended, Side.HOST, 4, "Good work in a difficult month; not his doing that it stopped.", -95);
        Lesson failure = new Lesson(ended.getAssociate().getAccount(), ended, new LessonText("Check the programme's funding is secure before starting",
                "A theatre productivity programme at a trust in financial recovery",
                "Six weeks in, the board paused all transformation work and the placement ended.",
                "Ask the sponsor whether the programme survives a financial reset, and write the answer into the scope's risks.",
                LessonKind.FAILURE, Set.of("Lean process improvement"), null, null, true), at(-90));
        save(failure);
        failure.submitForModeration();
        lessons++;
        audit("Lesson", failure.getId(), "written", null, uk.interimexchange.domain.model.lesson.LessonState.DRAFT,
                ended.getAssociate().getAccount(), -90, null);
        audit("Lesson", failure.getId(), "sent for moderation", uk.interimexchange.domain.model.lesson.LessonState.DRAFT,
                failure.getState(), ended.getAssociate().getAccount(), -89, null);
    }

    private void cancelledNeed(UserAccount mark) {
        Need winter = post(mark, "Winter capacity plan", "Last winter, response times doubled in December.",
                "Plan extra capacity for December to February", -60,
                List.of(essential("Demand and capacity modelling", SkillLevel.EXPERIENCED)),
                Band.BAND_8A, "1", 10, -20, Funding.NO_CHARGE, Urgency.URGENT, "Nottingham");
        submit(winter, mark, -58);
        winter.cancel("The regional winter team is covering this work.");
        audit("Need", winter.getId(), "cancelled", NeedState.SUBMITTED, NeedState.CANCELLED, mark, -50, winter.getStateReason());
    }

    // ---- people ----

    UserAccount account(String email, String name, Role role, String odsCode, boolean canSignIn) {
        Organisation organisation = odsCode == null ? null : organisation(odsCode);
        UserAccount account = new UserAccount(email, name, Set.of(role), organisation, at(-365));
        if (canSignIn) {
            account.setPasswordHash(passwords.hash(DEMO_PASSWORD.toCharArray()));
        }
        save(account);
        accounts++;
        return account;
    }

    private Associate associate(UserAccount account, String jobTitle, String employerOds, Band band, String lineManagerName,
            String summary, Map<String, SkillLevel> held, Set<Region> regions, boolean remote, String days, Set<DayOfWeek> weekdays) {
        Associate associate = Associate.draft(account);
        String lineManagerEmail = lineManagerName.toLowerCase().replace(' ', '.') + "@linemanagers.interim.example";
        associate.revise(new ProfileDetails("07700 900" + String.format("%03d", accounts), jobTitle, organisation(employerOds), band,
                new LineManager(lineManagerName, lineManagerEmail), summary,
                held.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> new HeldSkill(skill(e.getKey()), e.getValue())).toList(),
                List.of(new AvailabilityWindow(today.minusDays(120), today.plusDays(240), new BigDecimal(days))),
                regions, remote, weekdays), true, at(-300));
        save(associate);
        associates++;
        audit("Associate", associate.getId(), "profile created", null, associate.getStatus(), account, -300, null);
        return associate;
    }

    /** Forty-two generated associates with varied skills, bands, regions and availability; three paused, one withdrawn. */
    private void buildPool() {
        for (int i = 0; i < FIRST_NAMES.length; i++) {
            // One pool member works at the demo host trust: matching must exclude them from its needs
            poolMember(i, FIRST_NAMES[i], LAST_NAMES[i], FIRST_NAMES[i].toLowerCase() + "." + LAST_NAMES[i].toLowerCase()
                    + "@associates.interim.example", i == 40 ? "RJ1" : null, i == FIRST_NAMES.length - 1, -200 + i);
        }
    }

    /**
     * One associate of the pool, with three to five skills, one or two regions and (but for every seventh) a window of
     * availability; every fourteenth is paused. Employed by {@code employerOds}, or by one of the pool's employers.
     */
    Associate poolMember(int i, String first, String last, String email, String employerOds, boolean withdraws, int createdDay) {
        List<String> skillNames = skillNames();
        Band[] bands = {Band.BAND_7, Band.BAND_8A, Band.BAND_8A, Band.BAND_8B, Band.BAND_8B, Band.BAND_8C, Band.BAND_8D, Band.BAND_9};
        Region[] regions = Region.values();
        DayOfWeek[] weekdays = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY};
        String name = first + " " + last;
        UserAccount account = account(email, name, Role.ASSOCIATE, null, false);
        Map<String, SkillLevel> held = new HashMap<>();
        int count = 3 + random.nextInt(3);
        while (held.size() < count) {
            held.put(skillNames.get(random.nextInt(skillNames.size())), SkillLevel.values()[random.nextInt(3)]);
        }
        Set<Region> willing = EnumSet.of(regions[random.nextInt(regions.length)]);
        if (random.nextBoolean()) {
            willing.add(regions[random.nextInt(regions.length)]);
        }
        Set<DayOfWeek> days = new LinkedHashSet<>(List.of(weekdays[random.nextInt(weekdays.length)]));
        Associate a = Associate.draft(account);
        LocalDate from = today.plusDays(random.nextInt(120) - 60);
        List<AvailabilityWindow> availability = new ArrayList<>();
        availability.add(new AvailabilityWindow(from, from.plusDays(90 + random.nextInt(240)), new BigDecimal(DAYS[random.nextInt(DAYS.length)])));
        if (i % 7 == 3) {
            availability.clear(); // some have no availability at the moment: matching shows them excluded, with the reason
        }
        String employer = employerOds != null ? employerOds : EMPLOYERS[random.nextInt(EMPLOYERS.length)];
        String manager = FIRST_NAMES[(i + 7) % FIRST_NAMES.length] + " " + LAST_NAMES[(i + 13) % LAST_NAMES.length];
        a.revise(new ProfileDetails(null, JOB_TITLES[random.nextInt(JOB_TITLES.length)], organisation(employer),
                bands[random.nextInt(bands.length)],
                new LineManager(manager, manager.toLowerCase().replace(' ', '.') + "@linemanagers.interim.example"),
                "Experienced NHS manager with " + (5 + random.nextInt(20)) + " years in the service.",
                held.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(e -> new HeldSkill(skill(e.getKey()), e.getValue())).toList(),
                availability, willing, random.nextInt(3) > 0, days), true, at(createdDay));
        save(a);
        associates++;
        audit("Associate", a.getId(), "profile created", null, a.getStatus(), account, createdDay, null);
        if (i % 14 == 5) {
            a.pause();
            audit("Associate", a.getId(), "paused", uk.interimexchange.domain.model.associate.AssociateStatus.ACTIVE, a.getStatus(),
                    account, -30, null);
        } else if (withdraws) {
            a.withdraw();
            audit("Associate", a.getId(), "withdrawn", uk.interimexchange.domain.model.associate.AssociateStatus.ACTIVE, a.getStatus(),
                    account, -20, null);
        } else {
            pool.add(a);
        }
        return a;
    }

    /** The next active pool member who has availability; each applies to one demo need only. */
    private Associate nextFromPool() {
        while (true) {
            Associate a = pool.get(nextPoolMember++ % pool.size());
            if (!a.getAvailability().isEmpty() && !"RJ1".equals(a.getEmployer().getOdsCode())) {
                return a;
            }
        }
    }

    // ---- needs and scoping ----

    Need post(UserAccount host, String title, String background, String problem, int postedDay, List<RequiredSkill> required,
            Band band, String days, int weeks, int earliestStartDay, Funding funding, Urgency urgency, String site) {
        LocalDate earliest = day(earliestStartDay);
        LocalDate deadline = earliest.minusDays(10);
        Need need = new Need(host.getOrganisation(), host, new NeedDetails(title, background, problem, required, band, new BigDecimal(days),
                weeks, earliest, earliest.plusWeeks(6), site, true, funding, urgency, deadline, null), at(postedDay));
        save(need);
        needs++;
        audit("Need", need.getId(), "posted", null, NeedState.DRAFT, host, postedDay, null);
        return need;
    }

    /** Posted, submitted, scoped, agreed and published on the given day, with its application deadline. */
    Need opened(Need need, String objective, String measure, String inScope, String outOfScope, int publishedDay, int deadlineDay) {
        UserAccount host = need.getSponsor();
        submit(need, host, publishedDay - 20);
        ScopingDocument doc = startScoping(need, publishedDay - 18);
        doc.reviseDraft(scope(need, objective, measure, inScope, outOfScope, "Dr " + LAST_NAMES[needs % LAST_NAMES.length] + " (clinical lead)",
                FIRST_NAMES[(needs + 5) % FIRST_NAMES.length] + " " + LAST_NAMES[(needs + 9) % LAST_NAMES.length]));
        audit("ScopingDocument", doc.getId(), "draft revised", null, null, host, publishedDay - 12, "Version 1");
        doc.issueForSignOff(at(publishedDay - 6));
        audit("ScopingDocument", doc.getId(), "issued for sign-off", null, null, coordinator, publishedDay - 6, "Version 1");
        doc.signOff(SignOffParty.HOST_SPONSOR, host, at(publishedDay - 4));
        audit("ScopingDocument", doc.getId(), "signed by host sponsor", null, null, host, publishedDay - 4, "Version 1");
        doc.signOff(SignOffParty.COORDINATOR, coordinator, at(publishedDay - 2));
        audit("ScopingDocument", doc.getId(), "signed by coordinator", null, null, coordinator, publishedDay - 2, "Version 1");
        need.revise(withDeadline(need, day(deadlineDay)));
        need.publish(doc.agreedVersion().orElseThrow(), day(publishedDay));
        audit("Need", need.getId(), "published", NeedState.SCOPING, NeedState.OPEN, coordinator, publishedDay, "On scoping version 1");
        return need;
    }

    private static NeedDetails withDeadline(Need n, LocalDate deadline) {
        return new NeedDetails(n.getTitle(), n.getBackground(), n.getProblem(), n.getRequiredSkills(), n.getMinimumBand(),
                n.getDaysPerWeek(), n.getExpectedWeeks(), n.getEarliestStart(), n.getLatestStart(), n.getSite(), n.isRemotePossible(),
                n.getFunding(), n.getUrgency(), deadline, n.getHostNotes());
    }

    ScopingContent scope(Need need, String objective, String measure, String inScope, String outOfScope, String clinicalLead,
            String operationalLead) {
        return new ScopingContent(
                List.of(new Objective(objective, measure),
                        new Objective("Leave the host team able to carry the work on", "A named owner for every action at close-out")),
                inScope, outOfScope,
                List.of(new Deliverable("Current-state assessment", "What happens today, with the data behind it", 3),
                        new Deliverable("Recommendations and implementation plan", "Options appraised, with a plan the board can approve",
                                Math.max(4, need.getExpectedWeeks() - 1))),
                measure,
                List.of(new Stakeholder(clinicalLead, "Clinical lead", null, true, stakeholderEmail(clinicalLead)),
                        new Stakeholder(operationalLead, "General manager", null, true, stakeholderEmail(operationalLead)),
                        new Stakeholder("Patient and carer forum", "Patient voice", null, false)),
                "Fortnightly update to the sponsor; monthly report to the transformation board",
                "Clinical time is scarce; data access needs an honorary contract",
                new WorkingArrangements(need.getDaysPerWeek(), DayOfWeek.TUESDAY, need.getSite(), need.getSponsor().getFullName(),
                        "Meet the sponsor at 9am, then the clinical lead"),
                "Patient-identifiable data stays on the trust's systems");
    }

    /** "Dr Okafor (clinical lead)" is dr.okafor@stakeholders.interim.example: the briefings emailed to them land in the demo mailbox. */
    private static String stakeholderEmail(String name) {
        return name.replaceAll(" \\(.*", "").toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@stakeholders.interim.example";
    }

    void submit(Need need, UserAccount host, int dayOffset) {
        need.submit(at(dayOffset));
        audit("Need", need.getId(), "submitted", NeedState.DRAFT, NeedState.SUBMITTED, host, dayOffset, null);
    }

    ScopingDocument startScoping(Need need, int dayOffset) {
        need.startScoping();
        ScopingDocument doc = new ScopingDocument(need);
        save(doc);
        audit("Need", need.getId(), "taken into scoping", NeedState.SUBMITTED, NeedState.SCOPING, coordinator, dayOffset, null);
        return doc;
    }

    void startShortlisting(Need need, int dayOffset) {
        need.startShortlisting();
        audit("Need", need.getId(), "shortlisting started", NeedState.OPEN, NeedState.SHORTLISTING, coordinator, dayOffset, null);
    }

    void closeNeed(Need need, int dayOffset) {
        need.close();
        audit("Need", need.getId(), "closed", NeedState.FILLED, NeedState.CLOSED, coordinator, dayOffset, "Its placement ended");
    }

    // ---- applications ----

    Application apply(Associate associate, Need need, int dayOffset) {
        Application a = Application.apply(associate, need, new Submission("I have done similar work as " + associate.getJobTitle().toLowerCase()
                + " and would bring that experience to " + need.getOrganisation().getName() + ".", true, "None"), at(dayOffset), day(dayOffset));
        save(a);
        applications++;
        audit("Application", a.getId(), "applied", null, a.getState(), associate.getAccount(), dayOffset, need.getTitle());
        return a;
    }

    void invite(Associate associate, Need need, int dayOffset) {
        Application a = Application.invite(associate, need, at(dayOffset));
        save(a);
        applications++;
        audit("Application", a.getId(), "invited", null, a.getState(), coordinator, dayOffset, need.getTitle());
    }

    void shortlist(Application a, int dayOffset) {
        var from = a.getState();
        a.shortlist();
        audit("Application", a.getId(), "shortlisted", from, a.getState(), coordinator, dayOffset, null);
    }

    void interview(Application a, int arrangedDay, int interviewDay) {
        var from = a.getState();
        LocalDateTime when = day(interviewDay).atTime(14, 0);
        a.scheduleInterview(when, InterviewFormat.VIDEO, at(arrangedDay));
        audit("Application", a.getId(), "interview arranged", from, a.getState(), coordinator, arrangedDay, "Video interview on " + when);
    }

    void offer(Application a, int dayOffset) {
        var from = a.getState();
        a.offer();
        audit("Application", a.getId(), "offered", from, a.getState(), coordinator, dayOffset, null);
    }

    void unsuccessful(Application a, int dayOffset, String feedback) {
        var from = a.getState();
        a.markUnsuccessful(feedback, at(dayOffset));
        audit("Application", a.getId(), "marked unsuccessful", from, a.getState(), coordinator, dayOffset, feedback);
    }

    /** Applied, shortlisted, interviewed and offered the assignment, then accepted: the placement proposed. */
    Placement placed(Associate associate, Need need, int appliedDay, int shortlistingDay, int acceptedDay, Integer startDay) {
        Application a = apply(associate, need, appliedDay);
        startShortlisting(need, shortlistingDay);
        shortlist(a, shortlistingDay + 1);
        interview(a, shortlistingDay + 1, shortlistingDay + 4);
        offer(a, acceptedDay - 2);
        return accept(a, acceptedDay, startDay);
    }

    /** Accepted: the need fills, the others are told kindly, and the placement is proposed (from the given start day, if any). */
    Placement accept(Application accepted, int dayOffset, Integer startDay) {
        var from = accepted.getState();
        accepted.accept(at(dayOffset));
        UserAccount associate = accepted.getAssociate().getAccount();
        audit("Application", accepted.getId(), "accepted", from, accepted.getState(), associate, dayOffset, null);
        Need need = accepted.getNeed();
        need.fill(at(dayOffset));
        audit("Need", need.getId(), "filled", NeedState.SHORTLISTING, NeedState.FILLED, associate, dayOffset, null);
        List<Application> others = em.createQuery("select a from Application a where a.need.id = :need and a.id <> :accepted", Application.class)
                .setParameter("need", need.getId()).setParameter("accepted", accepted.getId()).getResultList();
        for (Application other : others.stream().filter(o -> o.getState().isLive()).collect(Collectors.toList())) {
            var was = other.getState();
            other.turnAwayAsFilled(at(dayOffset));
            audit("Application", other.getId(), "unsuccessful: assignment accepted by another applicant", was, other.getState(), coordinator,
                    dayOffset, null);
        }
        ScopingVersion agreed = em.createQuery("select d from ScopingDocument d where d.need = :need", ScopingDocument.class)
                .setParameter("need", need).getSingleResult().agreedVersion().orElseThrow();
        PlacementTerms terms = PlacementTerms.proposedFor(need, agreed, day(dayOffset));
        if (startDay != null) {
            LocalDate start = day(startDay).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
            terms = new PlacementTerms(start, start.plusWeeks(need.getExpectedWeeks()), terms.daysPerWeek(), terms.weekdays(),
                    terms.funding(), terms.hostContact());
        }
        Placement placement = Placement.propose(accepted, agreed, terms, at(dayOffset));
        save(placement);
        placements++;
        audit("Placement", placement.getId(), "proposed", null, placement.getState(), coordinator, dayOffset,
                "From the accepted offer to " + accepted.getAssociate().getFullName());
        return placement;
    }

    // ---- placements ----

    void sign(Placement placement, PlacementParty party, int dayOffset) {
        String signer = switch (party) {
            case ASSOCIATE -> placement.getAssociate().getFullName();
            case HOST_SPONSOR -> placement.getNeed().getSponsor().getFullName();
            case LINE_MANAGER -> placement.getAssociate().getLineManager().getName();
            case COORDINATOR -> coordinator2.getFullName();
        };
        UserAccount actor = switch (party) {
            case ASSOCIATE -> placement.getAssociate().getAccount();
            case HOST_SPONSOR -> placement.getNeed().getSponsor();
            case LINE_MANAGER -> null;
            case COORDINATOR -> coordinator2;
        };
        var from = placement.getState();
        placement.signOff(party, signer, null, at(dayOffset));
        audit("Placement", placement.getId(), "signed by " + party.getLabel().toLowerCase(), from, placement.getState(), actor, dayOffset, null);
    }

    void brief(Placement placement, Stakeholder stakeholder, int dayOffset) {
        placement.recordBriefing(stakeholder.getName(), day(dayOffset), placement.getNeed().getSponsor().getFullName(), today);
        audit("Placement", placement.getId(), "briefing recorded", placement.getState(), placement.getState(),
                placement.getNeed().getSponsor(), dayOffset, stakeholder.getName() + " briefed on " + day(dayOffset));
    }

    /** Signed by all four parties, every must-brief stakeholder briefed, day one booked, and started. */
    void start(Placement placement, int signedFrom, int briefedOn) {
        for (PlacementParty party : PlacementParty.values()) {
            sign(placement, party, signedFrom + party.ordinal());
        }
        placement.getScopingVersion().stakeholdersToBrief().forEach(s -> brief(placement, s, briefedOn));
        placement.bookFirstDayMeeting(placement.getNeed().getSponsor().getFullName() + " (sponsor)", placement.getStartDate().atTime(9, 0));
        audit("Placement", placement.getId(), "first-day meeting booked", placement.getState(), placement.getState(),
                placement.getNeed().getSponsor(), briefedOn, "With the sponsor at 9am");
        var from = placement.getState();
        placement.activate(placement.getStartDate());
        audit("Placement", placement.getId(), "started", from, placement.getState(), coordinator,
                (int) java.time.temporal.ChronoUnit.DAYS.between(today, placement.getStartDate()), null);
    }

    void checkIn(Placement placement, Side side, int dayOffset, DeliverableStatus first, DeliverableStatus second, String issues,
            String notes) {
        List<Deliverable> deliverables = placement.getScopingVersion().getDeliverables();
        BigDecimal days = placement.getDaysPerWeek().multiply(BigDecimal.valueOf(2));
        UserAccount by = side == Side.ASSOCIATE ? placement.getAssociate().getAccount() : placement.getNeed().getSponsor();
        placement.recordCheckIn(new CheckInReport(day(dayOffset), days,
                List.of(new DeliverableProgress(deliverables.get(0).getName(), first), new DeliverableProgress(deliverables.get(1).getName(), second)),
                issues, notes), side, by.getFullName(), at(dayOffset));
        audit("Placement", placement.getId(), "check-in by " + side.getLabel().toLowerCase(), placement.getState(), placement.getState(), by,
                dayOffset, days + " days worked to " + day(dayOffset));
    }

    void complete(Placement placement, int dayOffset, ObjectiveOutcome outcome, String worked, String didNot, String recommendations) {
        var from = placement.getState();
        List<ObjectiveResult> results = placement.getScopingVersion().getObjectives().stream()
                .map(o -> new ObjectiveResult(o.getDescription(), outcome, "Reported to the transformation board")).toList();
        List<DeliverableProgress> finals = placement.getScopingVersion().getDeliverables().stream()
                .map(d -> new DeliverableProgress(d.getName(), DeliverableStatus.DONE)).toList();
        placement.complete(new CloseOut(placement.daysWorked(), results, finals, worked, didNot, recommendations), day(dayOffset), at(dayOffset));
        audit("Placement", placement.getId(), "closed out", from, placement.getState(), placement.getAssociate().getAccount(), dayOffset, null);
        closeNeed(placement.getNeed(), dayOffset);
    }

    void feedback(Placement placement, Side side, int rating, String comment, int dayOffset) {
        placement.giveFeedback(side, rating, comment);
        UserAccount by = side == Side.ASSOCIATE ? placement.getAssociate().getAccount() : placement.getNeed().getSponsor();
        audit("Placement", placement.getId(), "feedback from " + side.getLabel().toLowerCase(), placement.getState(), placement.getState(), by,
                dayOffset, rating + " out of 5");
    }

    void publishedLesson(Placement placement, UserAccount author, String title, String context, String happened, String lesson,
            LessonKind kind, int dayOffset) {
        Lesson l = new Lesson(author, placement, new LessonText(title, context, happened, lesson, kind,
                Set.of(placement.getNeed().getRequiredSkills().get(0).getSkill().getName()), placement.getOrganisation().getType(),
                placement.getOrganisation().getRegion(), false), at(dayOffset));
        save(l);
        lessons++;
        audit("Lesson", l.getId(), "written", null, uk.interimexchange.domain.model.lesson.LessonState.DRAFT, author, dayOffset, null);
        l.submitForModeration();
        audit("Lesson", l.getId(), "sent for moderation", uk.interimexchange.domain.model.lesson.LessonState.DRAFT, l.getState(), author,
                dayOffset, null);
        l.publish(at(dayOffset + 2));
        audit("Lesson", l.getId(), "published", uk.interimexchange.domain.model.lesson.LessonState.SUBMITTED, l.getState(), coordinator,
                dayOffset + 2, null);
    }

    // ---- helpers ----

    RequiredSkill essential(String skill, SkillLevel level) {
        return new RequiredSkill(skill(skill), Importance.ESSENTIAL, level);
    }

    RequiredSkill desirable(String skill) {
        return new RequiredSkill(skill(skill), Importance.DESIRABLE, SkillLevel.WORKING);
    }

    Skill skill(String name) {
        Skill skill = skills.get(name);
        if (skill == null) {
            throw new IllegalStateException("The demo data names a skill the taxonomy does not have: " + name);
        }
        return skill;
    }

    Organisation organisation(String odsCode) {
        return organisations.computeIfAbsent(odsCode, code -> em.createQuery("select o from Organisation o where o.odsCode = :code",
                Organisation.class).setParameter("code", code).getSingleResult());
    }

    LocalDate day(int offset) {
        return today.plusDays(offset);
    }

    /** Ten in the morning of the day so many days from today, in the programme's time zone. */
    Instant at(int dayOffset) {
        return day(dayOffset).atTime(10, 0).atZone(zone).toInstant();
    }

    void save(Object entity) {
        em.persist(entity);
        em.flush(); // identity ids are assigned on insert, and the audit trail needs them
    }

    void audit(String type, Long id, String action, Enum<?> from, Enum<?> to, UserAccount by, int dayOffset, String comment) {
        audits.accept(new AuditEvent(type, id, action, from == null ? null : from.name(), to == null ? null : to.name(),
                by == null ? "line manager (emailed link)" : by.getEmail(), at(dayOffset), comment));
    }
}
