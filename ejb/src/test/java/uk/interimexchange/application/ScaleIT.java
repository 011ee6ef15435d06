package uk.interimexchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.application.Submission;
import uk.interimexchange.domain.model.lesson.LessonSearch;
import uk.interimexchange.domain.model.need.NeedFilter;
import uk.interimexchange.domain.model.need.NeedRow;
import uk.interimexchange.domain.model.placement.PlacementSearch;
import uk.interimexchange.domain.model.shared.PageRequest;
import uk.interimexchange.infrastructure.startup.NationalData;

/**
 * The statements each page's service call sends stay the same however big the programme grows, and stay few: a page
 * reads what it shows in projections, never a row at a time. Counted at one size, then again with ten times the
 * records of every kind each page lists.
 */
@ExtendWith(ArquillianExtension.class)
class ScaleIT {

    /** The most statements one view of a page may send. */
    static final int MOST = 15;

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.war("interim-scale-it.war");
    }

    @Inject
    Acting acting;

    @Inject
    TestAccounts testAccounts;

    @Inject
    Journeys journeys;

    @Inject
    StatementCounter counter;

    @Inject
    HomeService homeService;

    @Inject
    NeedService needService;

    @Inject
    ApplicationService applicationService;

    @Inject
    PlacementService placementService;

    @Inject
    DashboardService dashboardService;

    @Inject
    ReportService reportService;

    @Inject
    MatchingService matchingService;

    @Inject
    LessonService lessonService;

    @Inject
    NationalData nationalData;

    @Inject
    TestSql sql;

    @Inject
    java.time.Clock clock;

    @Inject
    CohortImportService cohorts;

    @Test
    void theHomePageOfEachRoleSendsTheSameFewStatementsAtTenTimesTheData() throws Exception {
        Actor coordinator = testAccounts.create("Sage Scale", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Hal Scale", Role.HOST, "RJ1");
        Actor associate = testAccounts.create("Asa Scale", Role.ASSOCIATE, null);
        Actor admin = testAccounts.create("Ada Scale", Role.ADMIN, null);
        journeys.profileFor(associate);

        grow(host, coordinator, associate, 1);
        Map<String, Integer> before = homes(coordinator, host, associate, admin);
        grow(host, coordinator, associate, 10);
        Map<String, Integer> after = homes(coordinator, host, associate, admin);

        assertEquals(before, after, "statements per home page, before and after ten times the records");
        System.out.println("Statements per home page, at one and at ten times the records: " + after); // for docs/benchmarks.md
        after.forEach((role, statements) -> assertTrue(statements <= MOST, role + "'s home sends " + statements + " statements: " + after));
        HomeView coordinators = acting.as(coordinator, () -> homeService.home());
        assertTrue(coordinators.coordinator().toTriage().size() == 10 && coordinators.coordinator().counts().needsToTriage() >= 11,
                "the lists were full, so a statement per row would have shown");
        HomeView associates = acting.as(associate, () -> homeService.home());
        assertFalse(associates.associate().fits().isEmpty(), "open needs fit the associate: " + associates.associate());
        assertTrue(associates.associate().applications().size() >= 10);
    }

    @Test
    void aCohortOfFiveThousandIsCheckedWithAFewStatementsAndEveryoneIsInvited() throws Exception {
        Actor coordinator = testAccounts.create("Coco Scale", Role.COORDINATOR, null);
        String run = Long.toString(System.nanoTime(), 36);
        List<List<String>> rows = new java.util.ArrayList<>();
        rows.add(List.of("Email", "Full name", "Band", "Employer ODS code", "Job title", "Skills"));
        for (int i = 0; i < 5000; i++) {
            rows.add(List.of("cohort." + i + "." + run + "@scale.example", "Person " + i, i % 2 == 0 ? "8a" : "Band 7", "RJ1",
                    "Service manager", "Business cases; Pathway redesign (Expert)"));
        }
        CohortSheet sheet = new CohortSheet(rows);
        StatementCounter.Counted<Cohort> preview = counter.count(() -> acting.as(coordinator, () -> cohorts.preview(sheet)));
        assertEquals(5000, preview.answer().invitees().size(), "every row is right: " + preview.answer().problems());
        // the addresses in fives of a thousand, the employers and the taxonomy: never a statement per row
        assertTrue(preview.statements() <= 10, "a preview of 5,000 rows sends " + preview.statements() + " statements");

        long started = System.nanoTime();
        Cohort invited = acting.as(coordinator, () -> cohorts.invite(sheet));
        long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.println("A cohort of 5,000 rows: preview in " + preview.statements() + " statements; invited in " + seconds + " s"); // for docs/benchmarks.md
        assertEquals(5000, invited.invitees().size());
        assertEquals(5000L, sql.count("select count(*) from email where recipient like ?", "%." + run + "@scale.example"),
                "each person is emailed their invitation");
        assertEquals(5000L, sql.count("select count(*) from associate a join user_account u on u.id = a.account_id where u.email like ?"
                + " and a.status = 'DRAFT'", "%." + run + "@scale.example"), "with a draft profile");
    }

    @Test
    void theListsExportsAndRecordPagesSendTheSameFewStatementsAtTenTimesTheData() throws Exception {
        Actor coordinator = testAccounts.create("Cory Scale", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Hetty Scale", Role.HOST, "RJ1");
        Actor associate = testAccounts.create("Ari Scale", Role.ASSOCIATE, null);
        long placementId = journeys.proposedPlacement(host, coordinator, associate, "Scale watched " + System.nanoTime());
        long needId = acting.as(coordinator, () -> placementService.find(placementId)).getNeed().getId();

        placements(host, coordinator, 2); // every list has rows past its first at this size already
        Map<String, Integer> before = pages(coordinator, associate, placementId, needId);
        placements(host, coordinator, 20);
        Map<String, Integer> after = pages(coordinator, associate, placementId, needId);

        System.out.println("Statements per page, at one and at ten times the records: " + after); // for docs/benchmarks.md
        assertEquals(before, after, "statements per page, before and after ten times the records");
        after.forEach((page, statements) -> assertTrue(statements <= MOST, page + " sends " + statements + " statements: " + after));
        assertTrue(acting.as(coordinator, () -> placementService.list(PlacementSearch.all(), PageRequest.first(20))).items().size() >= 11,
                "the placements list was long enough for a statement per row to show");
        assertTrue(acting.as(associate, () -> needService.search(NeedFilter.all(), PageRequest.first(20))).items().size() >= 11,
                "the associate's needs list was long enough for a statement per row to show");
    }

    /**
     * Statements sent by one view of each list, export and record page. The lists are read from their second row: a
     * first page that is not full is its own count, so from the second row the count is sent at both sizes alike.
     */
    private Map<String, Integer> pages(Actor coordinator, Actor associate, long placementId, long needId) throws Exception {
        Map<String, Integer> statements = new LinkedHashMap<>();
        PageRequest twenty = new PageRequest(1, 20);
        statements.put("needs list, associate", acting.as(associate,
                () -> counter.count(() -> needService.search(NeedFilter.all(), twenty))).statements());
        statements.put("needs list, coordinator", acting.as(coordinator,
                () -> counter.count(() -> needService.search(NeedFilter.all(), twenty))).statements());
        List<NeedRow> downloaded = new ArrayList<>();
        statements.put("needs export, every row", acting.as(coordinator,
                () -> counter.count(() -> {
                    needService.download(NeedFilter.all(), downloaded::add);
                    return downloaded.size();
                })).statements());
        assertEquals(acting.as(coordinator, () -> needService.search(NeedFilter.all(), PageRequest.first(1))).total(),
                downloaded.size(), "every need is downloaded");
        assertTrue(downloaded.stream().allMatch(row -> row.organisation() != null && row.region() != null && row.state() != null),
                "each row has its organisation, region and state");
        statements.put("placements list", acting.as(coordinator,
                () -> counter.count(() -> placementService.list(PlacementSearch.all(), twenty))).statements());
        statements.put("placement page", acting.as(coordinator, () -> counter.count(() -> placementService.view(placementId)))
                .statements());
        statements.put("applicants of a need", acting.as(coordinator,
                () -> counter.count(() -> applicationService.forNeed(needId, PageRequest.first(PageRequest.MAX_LIMIT)))).statements());
        statements.put("a need's page", acting.as(coordinator, () -> counter.count(() -> needService.page(needId))).statements());
        statements.put("dashboard", acting.as(coordinator, () -> counter.count(dashboardService::dashboard)).statements());
        statements.put("report for commissioners", acting.as(coordinator,
                () -> counter.count(() -> reportService.commissionersReport(null))).statements());
        statements.put("candidates", acting.as(coordinator,
                () -> counter.count(() -> matchingService.rank(needId, false, null, null, PageRequest.first(25)))).statements());
        statements.put("lessons", acting.as(associate,
                () -> counter.count(() -> lessonService.search(LessonSearch.everything(), twenty))).statements());
        return statements;
    }

    /** {@code times} more placements, each with its own associate, need and applications, and as many needs open. */
    private void placements(Actor host, Actor coordinator, int times) {
        for (int i = 0; i < times; i++) {
            Actor associate = testAccounts.create("Pat Scale", Role.ASSOCIATE, null);
            journeys.proposedPlacement(host, coordinator, associate, "Scale placed " + System.nanoTime());
            journeys.openNeed(host, coordinator, "Scale open " + System.nanoTime());
        }
    }

    @Test
    void theNationalDataSetIsAProgrammeTheDomainCouldHaveMadeWithEveryStateAndPath() throws Exception {
        Actor coordinator = testAccounts.create("Nat Coordinator", Role.COORDINATOR, null);
        Actor second = testAccounts.create("Nia Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Hana National", Role.HOST, "RJ1");
        long lastNeed = sql.count("select coalesce(max(id), 0) from need");
        long lastAssociate = sql.count("select coalesce(max(id), 0) from associate");

        nationalData.build(new NationalData.Size(150, 68, 5), new NationalData.Cast(coordinator.accountId(), second.accountId(),
                host.accountId(), "national-" + System.nanoTime() + ".test.example"));

        assertEquals(150, sql.count("select count(*) from associate where id > ?1", lastAssociate));
        assertEquals(68, sql.count("select count(*) from need where id > ?1", lastNeed));
        for (String state : new String[] {"DRAFT", "SUBMITTED", "SCOPING", "OPEN", "SHORTLISTING", "FILLED", "CLOSED", "CANCELLED"}) {
            assertTrue(sql.count("select count(*) from need where id > ?1 and state = ?2", lastNeed, state) >= 4, "needs " + state);
        }
        for (String state : new String[] {"PROPOSED", "AGREED", "ACTIVE", "COMPLETED"}) {
            assertTrue(sql.count("select count(*) from placement where need_id > ?1 and state = ?2", lastNeed, state) >= 4,
                    "placements " + state);
        }
        assertEquals(5, sql.count("select count(*) from lesson l join placement p on p.id = l.placement_id where p.need_id > ?1"
                + " and l.state = 'PUBLISHED'", lastNeed), "as many lessons published as asked for");
        java.sql.Date today = java.sql.Date.valueOf(java.time.LocalDate.now(clock));
        assertEquals(0, sql.count("select count(*) from placement p join need n on n.id = p.need_id where p.need_id > ?1"
                + " and n.state not in ('FILLED', 'CLOSED')", lastNeed), "a placement only of a need filled or closed");
        assertEquals(0, sql.count("select count(*) from placement p where p.need_id > ?1 and p.state in ('AGREED', 'ACTIVE', 'COMPLETED')"
                + " and (select count(*) from placement_sign_off s where s.placement_id = p.id) <> 4", lastNeed),
                "agreed means signed by all four");
        assertEquals(0, sql.count("select count(*) from check_in c join placement p on p.id = c.placement_id where p.need_id > ?1"
                + " and (c.check_in_date < p.start_date or c.check_in_date > ?2)", lastNeed, today), "check-ins between start and today");
        assertTrue(sql.count("select count(*) from check_in c join placement p on p.id = c.placement_id where p.need_id > ?1",
                lastNeed) > 0);
        assertEquals(0, sql.count("select count(*) from (select associate_id from placement where need_id > ?1"
                + " and state in ('PROPOSED', 'AGREED', 'ACTIVE') group by associate_id having count(*) > 1) x", lastNeed),
                "nobody placed twice at once");
        assertEquals(0, sql.count("select count(*) from need where id > ?1 and state = 'OPEN' and application_deadline < ?2",
                lastNeed, today), "open needs still take applications");
        assertEquals(0, sql.count("select count(*) from application a join associate s on s.id = a.associate_id"
                + " join need n on n.id = a.need_id where n.id > ?1 and s.employer_id = n.organisation_id", lastNeed),
                "nobody applies to their own employer");
        assertEquals(0, sql.count("select count(*) from need n where n.id > ?1 and not exists (select 1 from audit_event e"
                + " where e.entity_type = 'Need' and e.entity_id = n.id)", lastNeed), "every need has its history");
        assertTrue(sql.count("select count(*) from notification t join application a on t.link = concat('/applications/', a.id)"
                + " where a.need_id > ?1", lastNeed) >= sql.count("select count(*) from application where need_id > ?1", lastNeed),
                "the coordinators heard of every application");
        assertFalse(acting.as(coordinator, () -> homeService.home()).coordinator().toTriage().isEmpty(), "the pages read it");
    }

    /** Statements sent by one view of the home page, for each role. */
    private Map<String, Integer> homes(Actor coordinator, Actor host, Actor associate, Actor admin) throws Exception {
        Map<String, Integer> statements = new LinkedHashMap<>();
        statements.put("coordinator", acting.as(coordinator, () -> counter.count(homeService::home)).statements());
        statements.put("host", acting.as(host, () -> counter.count(homeService::home)).statements());
        statements.put("associate", acting.as(associate, () -> counter.count(homeService::home)).statements());
        statements.put("admin", acting.as(admin, () -> counter.count(homeService::home)).statements());
        return statements;
    }

    /** {@code times} more of what the home pages list: needs sent, drafts, open needs applied for, applications waiting. */
    private void grow(Actor host, Actor coordinator, Actor associate, int times) {
        for (int i = 0; i < times; i++) {
            String title = "Scale " + System.nanoTime();
            long draft = acting.as(host, () -> needService.post(host.organisationId(), journeys.details(title + " draft"))).getId();
            long sent = acting.as(host, () -> needService.post(host.organisationId(), journeys.details(title + " sent"))).getId();
            acting.as(host, () -> needService.submit(sent));
            long open = journeys.openNeed(host, coordinator, title + " open");
            acting.as(associate, () -> applicationService.apply(open, new Submission("I have done this before.", true, "None")));
            assertTrue(draft > 0);
        }
    }
}
