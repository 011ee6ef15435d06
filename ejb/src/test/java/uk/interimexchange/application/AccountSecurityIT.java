package uk.interimexchange.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.interimexchange.domain.model.account.AccountStatus;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.account.UserAccount;
import uk.interimexchange.domain.model.account.UserAccountRepository;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.associate.AssociateRepository;
import uk.interimexchange.domain.model.associate.AssociateStatus;
import uk.interimexchange.domain.model.audit.AuditRepository;
import uk.interimexchange.domain.model.audit.HistoryEntry;
import uk.interimexchange.domain.model.link.SingleUseLink.LinkRefusedException;
import uk.interimexchange.domain.model.link.SingleUseLink.Refusal;
import uk.interimexchange.domain.model.mail.Email;
import uk.interimexchange.domain.model.mail.Outbox;
import uk.interimexchange.domain.model.organisation.OrganisationRepository;
import uk.interimexchange.domain.model.shared.Band;
import uk.interimexchange.domain.model.shared.BusinessRuleException;
import uk.interimexchange.domain.model.shared.PageRequest;

/**
 * Accounts and authorization on the real server: registration and its emailed links, host approval, password
 * reset, and the role × operation matrix of every service.
 */
@ExtendWith(ArquillianExtension.class)
class AccountSecurityIT {

    private static final String GOOD_PASSWORD = "kettle orbit marmalade";

    @Deployment
    static WebArchive deployment() {
        return TestDeployment.war("interim-accounts-it.war");
    }

    @Inject
    RegistrationService registrations;

    @Inject
    SignInService signIn;

    @Inject
    AccountService accountService;

    @Inject
    UserAccountRepository accounts;

    @Inject
    AssociateRepository associates;

    @Inject
    OrganisationRepository organisations;

    @Inject
    Outbox outbox;

    @Inject
    TestAccounts testAccounts;

    @Inject
    TestClock clock;

    @Inject
    Acting acting;

    @Inject
    RetentionService retention;

    @Inject
    Journeys journeys;

    @Inject
    CohortImportService cohorts;

    @Inject
    NeedService needService;

    @Inject
    AuditRepository audit;

    @Inject
    DeveloperMailbox developerMailbox;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private static String newAddress() {
        return "reg-" + UUID.randomUUID().toString().substring(0, 8) + "@trust.example";
    }

    private boolean signsIn(String email, String password) {
        return signIn.signIn(email, password.toCharArray(), "127.0.0.1").result() == SignInOutcome.Result.SIGNED_IN;
    }

    private List<Email> emailsTo(String address) {
        return outbox.newest(500).stream().filter(e -> e.getRecipient().equals(address)).toList();
    }

    private static String tampered(String link) {
        char last = link.charAt(link.length() - 1);
        return link.substring(0, link.length() - 1) + (last == 'A' ? 'B' : 'A');
    }

    @Test
    void theOperatorsFirstAdministratorChoosesAPasswordThroughTheEmailedLinkAndIsOpenedOnlyOnce() {
        String address = newAddress();
        assertTrue(acting.as(Actor.system(), () -> registrations.provisionAdministrator(address, "Olu Operator")));
        UserAccount admin = accounts.findByEmail(address).orElseThrow();
        assertEquals(Set.of(Role.ADMIN), admin.getRoles());
        assertFalse(signsIn(address, GOOD_PASSWORD), "no password until they choose one");

        String link = TestMail.linkIn(outbox, address, "/reset-password.xhtml");
        acting.as(Actor.anonymous(), () -> registrations.resetPassword(link, GOOD_PASSWORD.toCharArray()));
        assertTrue(signsIn(address, GOOD_PASSWORD), "the administrator signs in with the password they chose");
        assertFalse(acting.as(Actor.system(), () -> registrations.provisionAdministrator(address, "Someone Else")),
                "an address with an account is left as it is");
        assertEquals("Olu Operator", accounts.findByEmail(address).orElseThrow().getFullName());
        assertThrows(EJBAccessException.class, () -> acting.as(testAccounts.create("Ada Admin", Role.ADMIN, null),
                () -> registrations.provisionAdministrator(newAddress(), "Not Allowed")), "only the operator's setting opens one");
    }

    @Test
    void anAssociateRegistersConfirmsTheirAddressOnceAndSignsIn() {
        String address = newAddress();
        acting.as(Actor.anonymous(), () -> registrations.registerAssociate(
                new Registration("Rosa Diaz", address, GOOD_PASSWORD.toCharArray())));

        UserAccount account = accounts.findByEmail(address).orElseThrow();
        assertEquals(AccountStatus.PENDING_VERIFICATION, account.getStatus());
        assertEquals(AssociateStatus.DRAFT, associates.findByAccount(account.getId()).orElseThrow().getStatus(),
                "the profile starts as a draft");
        assertFalse(signsIn(address, GOOD_PASSWORD), "no sign-in before the address is confirmed");

        String link = TestMail.linkIn(outbox, address, "/verify-email.xhtml");
        var forged = assertThrows(LinkRefusedException.class, () -> registrations.verifyEmail(tampered(link)));
        assertEquals(Refusal.NOT_RECOGNISED, forged.getRefusal());
        assertThrows(LinkRefusedException.class, () -> registrations.verifyEmail("12.abc.def"), "a made-up link");
        assertEquals(AccountStatus.PENDING_VERIFICATION, accounts.findByEmail(address).orElseThrow().getStatus(),
                "a refused link changes nothing");

        assertEquals(AccountStatus.ACTIVE, acting.as(Actor.anonymous(), () -> registrations.verifyEmail(link)));
        assertTrue(signsIn(address, GOOD_PASSWORD));
        assertEquals(Refusal.USED, assertThrows(LinkRefusedException.class, () -> registrations.verifyEmail(link)).getRefusal());

        // Registering again with the same address says nothing new to the form, and tells the owner by email.
        acting.as(Actor.anonymous(), () -> registrations.registerAssociate(
                new Registration("Someone Else", address, "quartz lemon harbour".toCharArray())));
        assertEquals("You already have an Interim Exchange account", emailsTo(address).get(0).getSubject());
        assertTrue(signsIn(address, GOOD_PASSWORD), "the account is unchanged");
    }

    @Test
    void registeringAgainWithAnAddressThatHasAnAccountTellsItsOwnerAtMostOnceADay() {
        String address = newAddress();
        registrations.registerAssociate(new Registration("Nia Notice", address, GOOD_PASSWORD.toCharArray()));
        registrations.verifyEmail(TestMail.linkIn(outbox, address, "/verify-email.xhtml"));
        for (int i = 0; i < 3; i++) {
            acting.as(Actor.anonymous(), () -> registrations.registerAssociate(
                    new Registration("Someone Else", address, "quartz lemon harbour".toCharArray())));
        }
        assertEquals(1, emailsTo(address).stream().filter(e -> e.getSubject().startsWith("You already have")).count(),
                "three tries in a row: the owner is told once, so the form cannot fill their inbox");
        clock.moveOn(Duration.ofHours(25));
        acting.as(Actor.anonymous(), () -> registrations.registerAssociate(
                new Registration("Someone Else", address, "quartz lemon harbour".toCharArray())));
        assertEquals(2, emailsTo(address).stream().filter(e -> e.getSubject().startsWith("You already have")).count(),
                "a day later, they are told again");
    }

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ManagedExecutorService executor;

    @Test
    void peopleSigningInToOneAccountAtTheSameMomentAllGetIn() throws Exception {
        String shared = newAddress();
        registrations.registerAssociate(new Registration("Tab Twice", shared, GOOD_PASSWORD.toCharArray()));
        registrations.verifyEmail(TestMail.linkIn(outbox, shared, "/verify-email.xhtml"));
        CyclicBarrier together = new CyclicBarrier(6);
        List<Future<SignInOutcome.Result>> outcomes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String from = "10.30.0." + i;
            outcomes.add(executor.submit(() -> {
                together.await(30, TimeUnit.SECONDS);
                return signIn.signIn(shared, GOOD_PASSWORD.toCharArray(), from).result();
            }));
        }
        for (Future<SignInOutcome.Result> outcome : outcomes) {
            assertEquals(SignInOutcome.Result.SIGNED_IN, outcome.get(60, TimeUnit.SECONDS), "each of six sign-ins at once gets in");
        }
    }

    @Test
    void oneWorkingAccountDoesNotLetAnAddressGoOnGuessingAtOthers() {
        String from = "10.20." + (int) (Math.random() * 200) + "." + (int) (Math.random() * 200);
        String mine = newAddress();
        registrations.registerAssociate(new Registration("Gus Guesser", mine, GOOD_PASSWORD.toCharArray()));
        registrations.verifyEmail(TestMail.linkIn(outbox, mine, "/verify-email.xhtml"));
        for (int i = 0; i < 19; i++) { // spread over many addresses, so no one account waits
            signIn.signIn("victim" + i + "-" + mine, "guess number one".toCharArray(), from);
        }
        assertEquals(SignInOutcome.Result.SIGNED_IN, signIn.signIn(mine, GOOD_PASSWORD.toCharArray(), from).result(),
                "the guesser's own account still signs in");
        signIn.signIn("victim-last-" + mine, "guess number one".toCharArray(), from);
        SignInOutcome next = signIn.signIn(mine, GOOD_PASSWORD.toCharArray(), from);
        assertEquals(SignInOutcome.Result.WAIT, next.result(),
                "twenty failures from one address make it wait, the success in between notwithstanding");
        assertEquals(SignInOutcome.Result.SIGNED_IN, signIn.signIn(mine, GOOD_PASSWORD.toCharArray(), "10.99.0.1").result(),
                "the account itself is not locked: the address is");
    }

    @Test
    void anAddressWithNoAccountWaitsExactlyAsAnAccountDoesSoTheWaitTellsNothing() {
        String real = newAddress();
        registrations.registerAssociate(new Registration("Tess Timing", real, GOOD_PASSWORD.toCharArray()));
        registrations.verifyEmail(TestMail.linkIn(outbox, real, "/verify-email.xhtml"));
        String unknown = newAddress();
        List<SignInOutcome.Result> forReal = new ArrayList<>();
        List<SignInOutcome.Result> forUnknown = new ArrayList<>();
        for (int i = 0; i < UserAccount.FREE_FAILED_SIGN_INS + 1; i++) {
            forReal.add(signIn.signIn(real, "wrong password!".toCharArray(), "10.30.0." + i).result());
            forUnknown.add(signIn.signIn(unknown, "wrong password!".toCharArray(), "10.31.0." + i).result());
        }
        assertEquals(forReal, forUnknown, "the same answers, failure by failure");
        assertEquals(SignInOutcome.Result.WAIT, forUnknown.get(forUnknown.size() - 1));
        SignInOutcome realWait = signIn.signIn(real, GOOD_PASSWORD.toCharArray(), "10.30.1.1");
        SignInOutcome unknownWait = signIn.signIn(unknown, GOOD_PASSWORD.toCharArray(), "10.31.1.1");
        assertEquals(SignInOutcome.Result.WAIT, unknownWait.result());
        assertEquals(Duration.between(realWait.waitUntil(), unknownWait.waitUntil()).abs().getSeconds() < 5, true,
                "the same wait: " + realWait.waitUntil() + " and " + unknownWait.waitUntil());
    }

    @Test
    void theDeveloperMailboxDoesNotExistOutsideDemoMode() {
        assertFalse(developerMailbox.isOpen(), "these tests run with INTERIM_DEMO_DATA=false");
        assertThrows(NotFoundException.class, () -> developerMailbox.newest());
    }

    @Test
    void anAccountNeverConfirmedIsRemovedAfterThirtyDaysWithItsPersonalDataWhileOthersAreKept() {
        String forgotten = newAddress();
        registrations.registerAssociate(new Registration("Fern Forgotten", forgotten, GOOD_PASSWORD.toCharArray()));
        long forgottenId = accounts.findByEmail(forgotten).orElseThrow().getId();
        String confirmed = newAddress();
        registrations.registerAssociate(new Registration("Cal Confirmed", confirmed, GOOD_PASSWORD.toCharArray()));
        registrations.verifyEmail(TestMail.linkIn(outbox, confirmed, "/verify-email.xhtml"));
        clock.moveOn(Duration.ofDays(29));
        String recent = newAddress();
        registrations.registerAssociate(new Registration("Rae Recent", recent, GOOD_PASSWORD.toCharArray()));
        acting.as(Actor.system(), () -> retention.removeNeverConfirmed());
        assertTrue(accounts.findByEmail(forgotten).isPresent(), "29 days on, it is kept");

        clock.moveOn(Duration.ofDays(1).plusMinutes(1));
        assertTrue(acting.as(Actor.system(), () -> retention.removeNeverConfirmed()) >= 1);
        assertTrue(accounts.findByEmail(forgotten).isEmpty(), "the account never confirmed is gone");
        assertTrue(emailsTo(forgotten).isEmpty(), "with the emails written to it");
        List<HistoryEntry> history = audit.historyOf("UserAccount", forgottenId);
        assertEquals("removed: email address never confirmed within 30 days", history.get(history.size() - 1).action());
        assertTrue(history.stream().noneMatch(h -> forgotten.equals(h.actor())), "its address is gone from the audit trail: " + history);
        assertTrue(history.stream().anyMatch(h -> h.action().startsWith("registered")), "which still says what happened");
        assertEquals(AccountStatus.PENDING_VERIFICATION, accounts.findByEmail(recent).orElseThrow().getStatus(), "a day old: kept");
        assertEquals(AccountStatus.ACTIVE, accounts.findByEmail(confirmed).orElseThrow().getStatus(), "confirmed: kept");
    }

    @Test
    void aVerificationLinkExpiresAndAWeakPasswordIsRefusedWithTheReason() {
        String address = newAddress();
        var weak = assertThrows(PasswordRefusedException.class, () -> registrations.registerAssociate(
                new Registration("Tom Hughes", address, "tomhughes2024".toCharArray())));
        assertTrue(weak.getMessage().contains("built from your name"), weak.getMessage());
        assertTrue(accounts.findByEmail(address).isEmpty(), "nothing is created");
        assertTrue(emailsTo(address).isEmpty(), "nothing is sent");

        registrations.registerAssociate(new Registration("Tom Hughes", address, GOOD_PASSWORD.toCharArray()));
        String link = TestMail.linkIn(outbox, address, "/verify-email.xhtml");
        registrations.registerAssociate(new Registration("Tom Hughes", address, GOOD_PASSWORD.toCharArray()));
        assertEquals(1, emailsTo(address).size(), "registering twice within minutes sends one email");
        clock.moveOn(Duration.ofDays(2).plusMinutes(1));
        assertEquals(Refusal.EXPIRED, assertThrows(LinkRefusedException.class, () -> registrations.verifyEmail(link)).getRefusal());
        assertEquals(AccountStatus.PENDING_VERIFICATION, accounts.findByEmail(address).orElseThrow().getStatus());
        assertEquals(SignInOutcome.Result.AWAITING_VERIFICATION,
                signIn.signIn(address, GOOD_PASSWORD.toCharArray(), "127.0.0.3").result(), "the right password is told why");
        assertEquals(SignInOutcome.Result.REFUSED, signIn.signIn(address, "not the password at all".toCharArray(), "127.0.0.3").result(),
                "a wrong password learns nothing about the account");

        registrations.registerAssociate(new Registration("Tom Hughes", address, "a stranger's own phrase".toCharArray()));
        String fresh = TestMail.linkIn(outbox, address, "/verify-email.xhtml");
        assertNotEquals(link, fresh, "registering again after the link expired sends a new one");
        assertEquals(AccountStatus.ACTIVE, registrations.verifyEmail(fresh));
        assertTrue(signsIn(address, GOOD_PASSWORD), "the first password stays: registering again cannot set it");
        assertFalse(signsIn(address, "a stranger's own phrase"));
    }

    @Test
    void aHostContactWaitsForACoordinatorToApproveThem() {
        long trust = organisations.findByOdsCode("RJ1").orElseThrow().getId();
        String address = newAddress();
        registrations.registerHost(new Registration("Hana Host", address, GOOD_PASSWORD.toCharArray()), trust);
        assertEquals(AccountStatus.PENDING_APPROVAL,
                registrations.verifyEmail(TestMail.linkIn(outbox, address, "/verify-email.xhtml")));
        assertEquals(SignInOutcome.Result.AWAITING_APPROVAL, signIn.signIn(address, GOOD_PASSWORD.toCharArray(), "127.0.0.4").result(),
                "no sign-in until approved, and they are told why");
        long id = accounts.findByEmail(address).orElseThrow().getId();

        Actor associate = testAccounts.create("Ash Associate", Role.ASSOCIATE, null);
        Actor host = testAccounts.create("Sam Sponsor", Role.HOST, "RJ1");
        Actor coordinator = testAccounts.create("Cara Coordinator", Role.COORDINATOR, null);
        assertThrows(EJBAccessException.class, () -> acting.as(associate, () -> accountService.awaitingApproval()));
        assertThrows(EJBAccessException.class, () -> acting.as(host, () -> accountService.approveHost(id)),
                "a host cannot let in another host");
        assertTrue(acting.as(coordinator, () -> accountService.awaitingApproval()).stream().anyMatch(a -> a.getId() == id));

        UserAccount approved = acting.as(coordinator, () -> accountService.approveHost(id));
        assertEquals(AccountStatus.ACTIVE, approved.getStatus());
        assertEquals("RJ1", approved.getOrganisation().getOdsCode());
        assertTrue(approved.hasRole(Role.HOST));
        assertEquals("Your Interim Exchange account is open", emailsTo(address).get(0).getSubject());
        assertTrue(signsIn(address, GOOD_PASSWORD));

        String refusedAddress = newAddress();
        registrations.registerHost(new Registration("Pat Pretend", refusedAddress, GOOD_PASSWORD.toCharArray()), trust);
        registrations.verifyEmail(TestMail.linkIn(outbox, refusedAddress, "/verify-email.xhtml"));
        long refusedId = accounts.findByEmail(refusedAddress).orElseThrow().getId();
        assertEquals(AccountStatus.DISABLED,
                acting.as(coordinator, () -> accountService.refuseHost(refusedId, "Not known at the trust")).getStatus());
        assertTrue(emailsTo(refusedAddress).get(0).getBody().contains("Not known at the trust"), "they are told why");
        assertFalse(signsIn(refusedAddress, GOOD_PASSWORD));
    }

    @Test
    void anAdminChangesAnAccountsRolesButNeverTheirOwnAdministratorRole() {
        Actor admin = testAccounts.create("Ada Roles", Role.ADMIN, null);
        Actor coordinator = testAccounts.create("Cy Roles", Role.COORDINATOR, null);
        long id = coordinator.accountId();

        UserAccount changed = acting.as(admin, () -> accountService.changeRoles(id, java.util.Set.of(Role.COORDINATOR, Role.ASSOCIATE)));
        assertEquals(java.util.Set.of(Role.COORDINATOR, Role.ASSOCIATE), changed.getRoles());
        assertTrue(associates.findByAccount(id).isPresent(), "a new associate gets a draft profile to complete");
        assertEquals(AssociateStatus.DRAFT, associates.findByAccount(id).orElseThrow().getStatus());

        var noOrganisation = assertThrows(uk.interimexchange.domain.model.shared.BusinessRuleException.class,
                () -> acting.as(admin, () -> accountService.changeRoles(id, java.util.Set.of(Role.HOST))));
        assertTrue(noOrganisation.getMessage().contains("organisation"), noOrganisation.getMessage());
        var none = assertThrows(uk.interimexchange.domain.model.shared.BusinessRuleException.class,
                () -> acting.as(admin, () -> accountService.changeRoles(id, java.util.Set.of())));
        assertTrue(none.getMessage().contains("at least one role"), none.getMessage());
        var own = assertThrows(uk.interimexchange.domain.model.shared.BusinessRuleException.class,
                () -> acting.as(admin, () -> accountService.changeRoles(admin.accountId(), java.util.Set.of(Role.COORDINATOR))));
        assertTrue(own.getMessage().contains("your own administrator role"), own.getMessage());
        assertEquals(java.util.Set.of(Role.COORDINATOR, Role.ASSOCIATE), accounts.find(id).orElseThrow().getRoles(), "refusals change nothing");
        assertThrows(EJBAccessException.class, () -> acting.as(coordinator, () -> accountService.changeRoles(id, java.util.Set.of(Role.ADMIN))),
                "only an admin changes roles");
    }

    @Inject
    uk.interimexchange.infrastructure.mail.OutboxSteps outboxSteps;

    @Test
    void aClaimedEmailIsTakenBackOnlyByTheNodeThatClaimedItWhenItRestarts() {
        String address = newAddress();
        registrations.registerAssociate(new Registration("Olly Outbox", address, GOOD_PASSWORD.toCharArray()));
        long emailId = emailsTo(address).get(0).getId();
        java.time.Instant now = java.time.Instant.now();
        assertTrue(outboxSteps.due(now.plusSeconds(1), 500).contains(emailId), "queued and due");

        assertNotEquals(null, outboxSteps.claim(emailId, "node-a", now, now.plusSeconds(3600)));
        assertEquals(null, outboxSteps.claim(emailId, "node-b", now, now.plusSeconds(3600)), "one node at a time");
        outboxSteps.releaseClaimsOf("node-b", now);
        assertEquals(null, outboxSteps.claim(emailId, "node-b", now, now.plusSeconds(3600)), "another node's start changes nothing");

        outboxSteps.releaseClaimsOf("node-a", now); // node-a starts again: nothing it claimed can still be in flight
        assertNotEquals(null, outboxSteps.claim(emailId, "node-b", now.plusSeconds(1), now.plusSeconds(3600)),
                "at once, not after the claim runs out");
    }

    @Test
    void anAdminFindsAThrottledAccountAndUnlocksIt() {
        String address = newAddress();
        registrations.registerAssociate(new Registration("Uma Unlock", address, GOOD_PASSWORD.toCharArray()));
        registrations.verifyEmail(TestMail.linkIn(outbox, address, "/verify-email.xhtml"));
        for (int i = 0; i < UserAccount.FREE_FAILED_SIGN_INS; i++) {
            signIn.signIn(address, "wrong password!".toCharArray(), "127.0.0.5");
        }
        assertEquals(SignInOutcome.Result.WAIT, signIn.signIn(address, GOOD_PASSWORD.toCharArray(), "127.0.0.6").result());

        Actor admin = testAccounts.create("Ada Admin", Role.ADMIN, null);
        Actor coordinator = testAccounts.create("Cara Coordinator", Role.COORDINATOR, null);
        var found = acting.as(admin, () -> accountService.search("uma unlock", PageRequest.first(10)));
        assertEquals(1, found.total(), "found by name, whatever the case");
        UserAccount locked = found.items().get(0);
        assertEquals(address, locked.getEmail());
        assertThrows(EJBAccessException.class, () -> acting.as(coordinator, () -> accountService.unlock(locked.getId())),
                "only an admin unlocks");

        acting.as(admin, () -> accountService.unlock(locked.getId()));
        assertTrue(signsIn(address, GOOD_PASSWORD), "unlocked: the right password works at once");
    }

    @Test
    void aPasswordIsResetOnceThroughALinkThatExpiresAfterAnHour() {
        String unknown = newAddress();
        registrations.requestPasswordReset(unknown); // the same quiet reply
        assertTrue(emailsTo(unknown).isEmpty(), "nothing is sent to an address without an account");

        String address = newAddress();
        registrations.registerAssociate(new Registration("Rhys Reset", address, GOOD_PASSWORD.toCharArray()));
        registrations.verifyEmail(TestMail.linkIn(outbox, address, "/verify-email.xhtml"));
        for (int i = 0; i < UserAccount.FREE_FAILED_SIGN_INS; i++) {
            signIn.signIn(address, "wrong password!".toCharArray(), "127.0.0.2");
        }
        assertFalse(signsIn(address, GOOD_PASSWORD), "throttled after five failures");

        registrations.requestPasswordReset(address.toUpperCase());
        String first = TestMail.linkIn(outbox, address, "/reset-password.xhtml");
        registrations.requestPasswordReset(address);
        assertEquals(1, emailsTo(address).stream().filter(e -> e.getBody().contains("/reset-password.xhtml")).count(),
                "asking again at once sends no second email");
        clock.moveOn(Duration.ofMinutes(3));
        registrations.requestPasswordReset(address);
        String link = TestMail.linkIn(outbox, address, "/reset-password.xhtml");
        assertNotEquals(first, link);
        assertEquals(Refusal.USED, assertThrows(LinkRefusedException.class, () -> registrations.checkResetLink(first)).getRefusal(),
                "a newer link replaces the older one");

        registrations.checkResetLink(link);
        assertThrows(PasswordRefusedException.class, () -> registrations.resetPassword(link, "password1234".toCharArray()));
        registrations.checkResetLink(link); // a refused password does not use up the link
        assertEquals(Refusal.NOT_RECOGNISED, assertThrows(LinkRefusedException.class,
                () -> registrations.resetPassword(tampered(link), "lantern quiet meadow".toCharArray())).getRefusal());

        registrations.resetPassword(link, "lantern quiet meadow".toCharArray());
        assertTrue(signsIn(address, "lantern quiet meadow"), "the new password works, and the wait is over");
        assertFalse(signsIn(address, GOOD_PASSWORD), "the old one does not");
        assertEquals(Refusal.USED, assertThrows(LinkRefusedException.class,
                () -> registrations.resetPassword(link, "another fresh phrase".toCharArray())).getRefusal());

        registrations.requestPasswordReset(address);
        String late = TestMail.linkIn(outbox, address, "/reset-password.xhtml");
        clock.moveOn(Duration.ofMinutes(61));
        assertEquals(Refusal.EXPIRED, assertThrows(LinkRefusedException.class, () -> registrations.checkResetLink(late)).getRefusal());
        assertEquals(Refusal.EXPIRED, assertThrows(LinkRefusedException.class,
                () -> registrations.resetPassword(late, "another fresh phrase".toCharArray())).getRefusal());
        clock.reset();
        assertTrue(signsIn(address, "lantern quiet meadow"), "nothing changed");
    }

    @Test
    void anAdminDeactivatesALeaverWhoCanThenNoLongerSignInAndOpensTheAccountAgain() {
        String address = newAddress();
        acting.as(Actor.anonymous(), () -> registrations.registerAssociate(new Registration("Lee Leaver", address, GOOD_PASSWORD.toCharArray())));
        acting.as(Actor.anonymous(), () -> registrations.verifyEmail(TestMail.linkIn(outbox, address, "/verify-email.xhtml")));
        assertTrue(signsIn(address, GOOD_PASSWORD));
        long id = accounts.findByEmail(address).orElseThrow().getId();
        Actor admin = testAccounts.create("Ada Admin", Role.ADMIN, null);

        assertThrows(BusinessRuleException.class, () -> acting.as(admin, () -> accountService.deactivate(id, " ")), "a reason is needed");
        assertThrows(BusinessRuleException.class, () -> acting.as(admin, () -> accountService.deactivate(admin.accountId(), "Leaving")),
                "nobody closes their own account");
        acting.as(admin, () -> accountService.deactivate(id, "Left the NHS in November"));
        assertEquals(AccountStatus.DEACTIVATED, accounts.findByEmail(address).orElseThrow().getStatus());
        assertFalse(signsIn(address, GOOD_PASSWORD), "a leaver cannot sign in, even with the right password");
        assertEquals(AssociateStatus.WITHDRAWN, associates.findByAccount(id).orElseThrow().getStatus(), "and leaves the talent pool");

        acting.as(admin, () -> accountService.reactivate(id));
        assertTrue(signsIn(address, GOOD_PASSWORD), "opened again");
        assertThrows(BusinessRuleException.class, () -> acting.as(admin, () -> accountService.reactivate(id)), "only a deactivated one");
    }

    @Test
    void anErasedPersonCannotSignInTheirAddressMayRegisterAfreshAndAHostWithANeedInPlayIsErasedOnlyOnceItIsDone() {
        String address = newAddress();
        acting.as(Actor.anonymous(), () -> registrations.registerAssociate(new Registration("Ezra Erased", address, GOOD_PASSWORD.toCharArray())));
        acting.as(Actor.anonymous(), () -> registrations.verifyEmail(TestMail.linkIn(outbox, address, "/verify-email.xhtml")));
        long id = accounts.findByEmail(address).orElseThrow().getId();
        Actor admin = testAccounts.create("Eve Admin", Role.ADMIN, null);
        acting.as(admin, () -> accountService.deactivate(id, "Left the NHS"));

        acting.as(admin, () -> accountService.erase(id, "DSR-7"));
        assertFalse(signsIn(address, GOOD_PASSWORD), "nothing is left to sign in with");
        assertTrue(accounts.findByEmail(address).isEmpty(), "their address is no longer held");
        assertEquals(AccountStatus.ERASED, accounts.find(id).orElseThrow().getStatus(), "a deactivated account can be erased too");
        acting.as(Actor.anonymous(), () -> registrations.registerAssociate(new Registration("Ezra Anew", address, GOOD_PASSWORD.toCharArray())));
        assertEquals(AccountStatus.PENDING_VERIFICATION, accounts.findByEmail(address).orElseThrow().getStatus(), "they may come back as someone new");

        Actor coordinator = testAccounts.create("Ned Coordinator", Role.COORDINATOR, null);
        Actor host = testAccounts.create("Nia Sponsor", Role.HOST, "RJ1");
        long needId = journeys.openNeed(host, coordinator, "Erasure waits " + System.nanoTime());
        BusinessRuleException inPlay = assertThrows(BusinessRuleException.class, () -> acting.as(admin, () -> accountService.erase(host.accountId(), "DSR-8")));
        assertTrue(inPlay.getMessage().contains("sponsors a need still in play"), inPlay.getMessage());
        acting.as(coordinator, () -> needService.cancel(needId, "No longer needed"));
        assertEquals("A former host contact", acting.as(admin, () -> accountService.erase(host.accountId(), "DSR-8")).getFullName());
        assertEquals("A former host contact", acting.as(coordinator, () -> needService.find(needId)).getSponsor().getFullName(),
                "the need keeps its meaning");
    }

    @Test
    void aCoordinatorImportsACohortCheckedRowByRowAndEachPersonJoinsThroughTheirInvitation() {
        Actor coordinator = testAccounts.create("Cora Cohort", Role.COORDINATOR, null);
        String ann = newAddress();
        String bob = newAddress();
        String taken = newAddress();
        acting.as(Actor.anonymous(), () -> registrations.registerAssociate(new Registration("Tia Taken", taken, GOOD_PASSWORD.toCharArray())));
        CohortSheet sheet = new CohortSheet(List.of(
                List.of("Email", "Full name", "Band", "Employer ODS code", "Job title", "Skills"),
                List.of(ann.toUpperCase(), "Ann Invited", "8a", "rj1", "Head of operations", "Pathway redesign (Expert); Business cases"),
                List.of("not an address", "Nia Nobody", "Band 12", "ZZZ99", "", "Juggling"),
                List.of(),
                List.of(taken, "Tia Again", "7", "RJ1", "", ""),
                List.of(ann, "Ann Twice", "7", "RJ1", "", ""),
                List.of(bob, "Bob Invited", "VSM", "RJ1", "", "Business cases (Guru)"),
                List.of(bob, "Bob Invited", "VSM", "RJ1")));

        Cohort preview = acting.as(coordinator, () -> cohorts.preview(sheet));
        assertEquals(6, preview.rowsRead(), "the blank row is no one");
        assertEquals(List.of("Ann Invited"), preview.invitees().stream().map(Cohort.Invitee::fullName).toList());
        assertEquals(List.of("Pathway redesign (Expert)", "Business cases (Working)"), preview.invitees().get(0).skills());
        assertEquals(ann, preview.invitees().get(0).email(), "addresses are kept in lower case");
        List<String> problems = preview.problems().stream().map(p -> p.row() + " " + p.column() + ": " + p.message()).toList();
        assertEquals(List.of(
                "3 Email: Enter an email address in the correct format, like name@nhs.net.",
                "3 Band: Write the band as 7, 8a, 8b, 8c, 8d, 9 or VSM, not \"Band 12\".",
                "3 Employer ODS code: No organisation in the directory has the ODS code \"ZZZ99\".",
                "3 Skills: \"Juggling\" is not in the skill taxonomy.",
                "5 Email: There is already an account with this email address.",
                "6 Email: The same email address is on row 2.",
                "7 Skills: Write a skill's level as Working, Experienced or Expert, not \"Guru\".",
                "8 Email: The same email address is on row 7."), problems);
        assertTrue(accounts.findByEmail(ann).isEmpty(), "nothing is created by a preview");

        Cohort missing = acting.as(coordinator, () -> cohorts.preview(new CohortSheet(List.of(List.of("Email", "Name"), List.of(ann, "Ann")))));
        assertEquals(List.of("Full name", "Band", "Employer ODS code"), missing.problems().stream().map(Cohort.Problem::column).toList(),
                "a column missing is said, once, before any row");

        Cohort invited = acting.as(coordinator, () -> cohorts.invite(sheet));
        assertEquals(1, invited.invitees().size());
        UserAccount account = accounts.findByEmail(ann).orElseThrow();
        assertEquals("Ann Invited", account.getFullName());
        assertTrue(account.hasRole(Role.ASSOCIATE) && account.getPasswordHash() == null, "an associate with no password yet");
        Associate profile = associates.findByAccount(account.getId()).orElseThrow();
        assertEquals(AssociateStatus.DRAFT, profile.getStatus(), "a draft they complete, with their consent");
        assertEquals(Band.BAND_8A, profile.getBand());
        assertEquals("RJ1", profile.getEmployer().getOdsCode());
        assertEquals(2, profile.getSkills().size());
        assertFalse(profile.hasConsented());

        String link = TestMail.linkIn(outbox, ann, "/join.xhtml");
        assertThrows(PasswordRefusedException.class, () -> acting.as(Actor.anonymous(),
                () -> registrations.joinCohort(link, "ann invited rj1".toCharArray())), "a weak password is refused");
        acting.as(Actor.anonymous(), () -> registrations.checkInvitation(link));
        acting.as(Actor.anonymous(), () -> registrations.joinCohort(link, GOOD_PASSWORD.toCharArray()));
        assertTrue(signsIn(ann, GOOD_PASSWORD), "they sign in with the password they chose");
        assertThrows(LinkRefusedException.class, () -> acting.as(Actor.anonymous(), () -> registrations.checkInvitation(link)),
                "the invitation works once");
        assertThrows(LinkRefusedException.class, () -> acting.as(Actor.anonymous(),
                () -> registrations.resetPassword(link, GOOD_PASSWORD.toCharArray())), "and only as an invitation");

        Cohort again = acting.as(coordinator, () -> cohorts.invite(sheet));
        assertEquals(List.of(), again.invitees(), "importing the same file again invites nobody twice");
        assertTrue(again.problems().stream().anyMatch(p -> p.row() == 2 && p.message().startsWith("There is already an account")));
    }

    /**
     * Who may call each service operation, by role: P anyone (not signed in), A associate, H host, C coordinator,
     * D admin. Row-level rules (whose record) are tested with the journeys; this is the container's gate. A new
     * service method fails this test until its line is added here.
     */
    private static final Map<String, String> MATRIX = Map.ofEntries(
            Map.entry("AccountService.approveHost", "CD"),
            Map.entry("AccountService.awaitingApproval", "CD"),
            Map.entry("AccountService.changeRoles", "D"),
            Map.entry("AccountService.find", "D"),
            Map.entry("AccountService.mine", "AHCD"),
            Map.entry("AccountService.refuseHost", "CD"),
            Map.entry("AccountService.search", "D"),
            Map.entry("CalendarService.interviewFeed", "PAHCD"),
            Map.entry("CalendarService.newInterviewFeed", "C"),
            Map.entry("CalendarService.offersInterviewFeed", "AHCD"),
            Map.entry("DashboardService.dashboard", "C"),
            Map.entry("AccountService.unlock", "D"),
            Map.entry("AccountService.deactivate", "D"),
            Map.entry("AccountService.reactivate", "D"),
            Map.entry("AccountService.erase", "D"),
            Map.entry("CohortImportService.preview", "C"),
            Map.entry("CohortImportService.invite", "C"),
            Map.entry("RegistrationService.checkInvitation", "PAHCD"),
            Map.entry("RegistrationService.joinCohort", "PAHCD"),
            Map.entry("ApplicationService.restoreToShortlist", "C"),
            Map.entry("AssociateService.profile", "AHC"),
            Map.entry("AssociateService.pool", "C"),
            Map.entry("BriefingService.confirm", "PAHCD"),
            Map.entry("BriefingService.open", "PAHCD"),
            Map.entry("NeedService.reopen", "C"),
            Map.entry("NeedService.reopening", "C"),
            Map.entry("NeedService.fallenThrough", "C"),
            Map.entry("NeedService.handOverSponsor", "HC"),
            Map.entry("NeedService.sponsorChoices", "HC"),
            Map.entry("PlacementService.acknowledgeScope", "A"),
            Map.entry("PlacementService.agreeMidPointReview", "AH"),
            Map.entry("PlacementService.recordMidPointReview", "AH"),
            Map.entry("PlacementService.planCloseOut", "HC"),
            Map.entry("PlacementService.sendBriefing", "HC"),
            Map.entry("PlacementService.view", "AHC"),
            Map.entry("ApplicationService.interviewsThisWeek", "C"),
            Map.entry("ApplicationService.toReview", "C"),
            Map.entry("ApplicationService.accept", "A"),
            Map.entry("ApplicationService.apply", "A"),
            Map.entry("ApplicationService.decline", "A"),
            Map.entry("ApplicationService.find", "AHC"),
            Map.entry("ApplicationService.page", "AHC"),
            Map.entry("ApplicationService.forNeed", "HC"),
            Map.entry("ApplicationService.history", "AHC"),
            Map.entry("ApplicationService.invite", "C"),
            Map.entry("ApplicationService.markUnsuccessful", "C"),
            Map.entry("ApplicationService.mine", "A"),
            Map.entry("ApplicationService.offer", "C"),
            Map.entry("ApplicationService.scheduleInterview", "C"),
            Map.entry("ApplicationService.shortlist", "C"),
            Map.entry("ApplicationService.submit", "A"),
            Map.entry("ApplicationService.withdraw", "A"),
            Map.entry("AssociateService.createProfile", "A"),
            Map.entry("AssociateService.find", "AHC"),
            Map.entry("AssociateService.giveConsent", "A"),
            Map.entry("AssociateService.history", "AC"),
            Map.entry("AssociateService.mine", "A"),
            Map.entry("AssociateService.pause", "AC"),
            Map.entry("AssociateService.profilePage", "AHCD"), // empty for all but associates
            Map.entry("AssociateService.resume", "AC"),
            Map.entry("AssociateService.revise", "A"),
            Map.entry("AssociateService.search", "C"),
            Map.entry("AssociateService.withdraw", "AC"),
            Map.entry("DeveloperMailbox.find", "PAHCD"),
            Map.entry("DeveloperMailbox.isOpen", "PAHCD"),
            Map.entry("DeveloperMailbox.newest", "PAHCD"),
            Map.entry("LessonService.awaitingModeration", "C"),
            Map.entry("LessonService.find", "AHCD"),
            Map.entry("HomeService.home", "AHCD"),
            Map.entry("LessonService.history", "AHCD"),
            Map.entry("LessonService.library", "AHCD"),
            Map.entry("LessonService.mine", "AHC"),
            Map.entry("LessonService.read", "AHCD"),
            Map.entry("LessonService.page", "AHCD"),
            Map.entry("LessonService.suggestedFrom", "AHC"),
            Map.entry("LessonService.publish", "C"),
            Map.entry("LessonService.returnForEdit", "C"),
            Map.entry("LessonService.revise", "AHC"),
            Map.entry("LessonService.search", "AHCD"),
            Map.entry("LessonService.submitForModeration", "AHC"),
            Map.entry("LessonService.write", "AHC"),
            Map.entry("MatchingService.acceptAllocation", "C"),
            Map.entry("MatchingService.needsThatFitMe", "A"),
            Map.entry("MatchingService.proposeAllocation", "C"),
            Map.entry("MatchingService.rank", "C"),
            Map.entry("NeedService.cancel", "HC"),
            Map.entry("NeedService.download", "AHC"),
            Map.entry("NeedService.find", "AHC"),
            Map.entry("NeedService.page", "AHC"),
            Map.entry("NeedService.history", "HC"),
            Map.entry("NeedService.post", "H"),
            Map.entry("NeedService.publish", "C"),
            Map.entry("NeedService.returnToDraft", "C"),
            Map.entry("NeedService.revise", "HC"),
            Map.entry("NeedService.search", "AHC"),
            Map.entry("NeedService.startScoping", "C"),
            Map.entry("NeedService.startShortlisting", "C"),
            Map.entry("NeedService.submit", "H"),
            Map.entry("NotificationService.markAllRead", "AHCD"),
            Map.entry("NotificationService.mine", "AHCD"),
            Map.entry("NotificationService.unreadCount", "AHCD"),
            Map.entry("OrganisationService.changeActive", "D"),
            Map.entry("OrganisationService.find", "PAHCD"),
            Map.entry("OrganisationService.register", "D"),
            Map.entry("OrganisationService.search", "PAHCD"),
            Map.entry("OverviewService.overview", "PAHCD"),
            Map.entry("PlacementService.activate", "C"),
            Map.entry("PlacementService.atRisk", "C"),
            Map.entry("PlacementService.summaryPdf", "AHC"),
            Map.entry("PlacementService.agreeEarlyStart", "AH"),
            Map.entry("PlacementService.agreeExtension", "HC"),
            Map.entry("PlacementService.bookFirstDayMeeting", "HC"),
            Map.entry("PlacementService.cancel", "C"),
            Map.entry("PlacementService.checkIn", "AH"),
            Map.entry("PlacementService.complete", "AHC"),
            Map.entry("PlacementService.endEarly", "HC"),
            Map.entry("PlacementService.find", "AHC"),
            Map.entry("PlacementService.giveFeedback", "AH"),
            Map.entry("PlacementService.history", "AHC"),
            Map.entry("PlacementService.recordBriefing", "HC"),
            Map.entry("PlacementService.list", "AHC"),
            Map.entry("PlacementService.listPage", "AHC"),
            Map.entry("PlacementService.signOff", "AHC"),
            Map.entry("RegistrationService.checkResetLink", "PAHCD"),
            Map.entry("RegistrationService.provisionAdministrator", ""),
            Map.entry("RegistrationService.registerAssociate", "PAHCD"),
            Map.entry("RegistrationService.registerHost", "PAHCD"),
            Map.entry("RegistrationService.requestPasswordReset", "PAHCD"),
            Map.entry("RegistrationService.resetPassword", "PAHCD"),
            Map.entry("RegistrationService.verifyEmail", "PAHCD"),
            Map.entry("ReleaseService.approve", "PAHCD"),
            Map.entry("ReleaseService.decline", "PAHCD"),
            Map.entry("ReleaseService.open", "PAHCD"),
            Map.entry("ReleaseService.request", ""),
            Map.entry("ReleaseService.resend", "C"),
            Map.entry("PersonalDataService.mine", "AHCD"),
            Map.entry("PersonalDataService.minePdf", "AHCD"),
            Map.entry("ReminderService.sendDue", ""),
            Map.entry("RetentionService.removeNeverConfirmed", ""),
            Map.entry("RetentionService.removeClosedPlacementDetail", ""),
            Map.entry("RetentionService.closedPlacementMonths", "PAHCD"),
            Map.entry("ReportService.commissionersReport", "C"),
            Map.entry("ReportService.commissionersReportPdf", "C"),
            Map.entry("ReminderService.sentAbout", "C"),
            Map.entry("ScopingService.agreedScope", "AHC"),
            Map.entry("ScopingService.awaitingSignOff", "HC"),
            Map.entry("ScopingService.differences", "HC"),
            Map.entry("ScopingService.documentFor", "HC"),
            Map.entry("ScopingService.page", "HC"),
            Map.entry("ScopingService.issueForSignOff", "HC"),
            Map.entry("ScopingService.requestChange", "HC"),
            Map.entry("ScopingService.reviseDraft", "HC"),
            Map.entry("ScopingService.signOff", "HC"),
            Map.entry("ScopingService.versionPdf", "AHC"),
            Map.entry("SkillService.addSkill", "D"),
            Map.entry("SkillService.renameSkill", "D"),
            Map.entry("SkillService.taxonomy", "AHCD"),
            Map.entry("SignInService.signIn", "PAHCD"));

    private static final String ROLES = "PAHCD";

    @Test
    void everyServiceOperationLetsInExactlyTheRolesTheRulesSay() throws Exception {
        Map<Character, Actor> callers = new LinkedHashMap<>();
        callers.put('P', Actor.anonymous());
        callers.put('A', testAccounts.create("Matrix Associate", Role.ASSOCIATE, null));
        callers.put('H', testAccounts.create("Matrix Host", Role.HOST, "RJ1"));
        callers.put('C', testAccounts.create("Matrix Coordinator", Role.COORDINATOR, null));
        callers.put('D', testAccounts.create("Matrix Admin", Role.ADMIN, null));

        Map<String, String> observed = new TreeMap<>();
        for (Class<?> service : serviceInterfaces()) {
            Object bean = CDI.current().select(service).get();
            for (Method method : service.getMethods()) {
                StringBuilder allowed = new StringBuilder();
                for (Map.Entry<Character, Actor> caller : callers.entrySet()) {
                    if (letsIn(bean, method, caller.getValue())) {
                        allowed.append(caller.getKey());
                    }
                }
                observed.put(service.getSimpleName() + "." + method.getName(), allowed.toString());
            }
        }
        List<String> wrong = new ArrayList<>();
        observed.forEach((operation, allowed) -> {
            if (!allowed.equals(MATRIX.get(operation))) {
                wrong.add("Map.entry(\"" + operation + "\", \"" + allowed + "\")  // expected " + MATRIX.get(operation));
            }
        });
        MATRIX.keySet().stream().filter(k -> !observed.containsKey(k)).forEach(k -> wrong.add(k + " no longer exists"));
        assertEquals(List.of(), wrong, "operations whose callers differ from the matrix:\n" + String.join(",\n", wrong));
    }

    /** Called with empty arguments: the container's refusal comes before the method runs, whatever it would do. */
    private boolean letsIn(Object bean, Method method, Actor actor) {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(AccountSecurityIT::blank).toArray();
        try {
            acting.as(actor, () -> {
                try {
                    return method.invoke(bean, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception ex ? ex : new IllegalStateException(e.getCause());
                }
            });
            return true;
        } catch (EJBAccessException refused) {
            return false;
        } catch (RuntimeException ranAndFailed) {
            return true; // past the gate: it failed on the empty arguments or the row-level rules
        }
    }

    private static Object blank(Class<?> type) {
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == boolean.class) {
            return false;
        }
        return null;
    }

    /** Every service the application deploys: the business interfaces of the session beans in application.internal. */
    private static List<Class<?>> serviceInterfaces() {
        List<Class<?>> services = CDI.current().getBeanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .map(Bean::getBeanClass)
                .filter(c -> c.getPackageName().equals("uk.interimexchange.application.internal") && c.isAnnotationPresent(Stateless.class))
                .flatMap(c -> Arrays.stream(c.getInterfaces()))
                .filter(i -> i.getPackageName().equals("uk.interimexchange.application"))
                .distinct()
                .sorted(Comparator.comparing(Class::getSimpleName))
                .collect(Collectors.toList());
        assertTrue(services.size() >= 13, "the services were found: " + services);
        return services;
    }
}
