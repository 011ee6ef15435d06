package uk.interimexchange.domain.model.account;

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
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import uk.interimexchange.domain.model.organisation.Organisation;
import uk.interimexchange.domain.model.shared.Backoff;
import uk.interimexchange.domain.model.shared.Check;

/** Someone who signs in. The password is held only as a PBKDF2 hash made by the container. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(name = "password_hash", length = 512)
    private String passwordHash;

    @Column(name = "calendar_feed_hash", length = 64)
    private String calendarFeedHash;

    // read when asked for: most pages show an account's name, not its roles
    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    /** The host organisation a host contact acts for; empty for everyone else. */
    @ManyToOne
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AccountStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "failed_sign_ins", nullable = false)
    private int failedSignIns;

    @Column(name = "throttled_until")
    private Instant throttledUntil;

    @Column(name = "last_signed_in_at")
    private Instant lastSignedInAt;

    /** When the owner was last told that someone tried to register with their address. */
    @Column(name = "repeat_registration_noticed_at")
    private Instant repeatRegistrationNoticedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String fullName, Set<Role> roles, Organisation organisation, Instant now) {
        this.email = checkedEmail(email);
        this.fullName = Check.text(fullName, 120, "The full name");
        Check.notEmpty(roles, "An account needs at least one role.");
        this.roles = EnumSet.copyOf(roles);
        Check.that(!this.roles.contains(Role.HOST) || organisation != null,
                "A host contact must name the organisation they act for.");
        this.organisation = organisation;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = Check.required(now, "The creation time");
    }

    /**
     * Someone who registered themselves: they cannot sign in until they follow the link emailed to them, and a
     * host contact then waits for a coordinator or admin to approve them against the organisation they named.
     */
    public static UserAccount registered(String email, String fullName, Role role, Organisation organisation, Instant now) {
        Check.that(role == Role.ASSOCIATE || role == Role.HOST, "Only associates and host contacts can register themselves.");
        UserAccount account = new UserAccount(email, fullName, EnumSet.of(role), organisation, now);
        account.status = AccountStatus.PENDING_VERIFICATION;
        return account;
    }

    /** The owner followed the link sent to their address. Returns the status reached. */
    public AccountStatus verifyEmail() {
        Check.that(status == AccountStatus.PENDING_VERIFICATION, "This email address has already been confirmed.");
        status = roles.contains(Role.HOST) ? AccountStatus.PENDING_APPROVAL : AccountStatus.ACTIVE;
        return status;
    }

    /** A coordinator or admin confirms that this host contact acts for the organisation they named. */
    public void approve() {
        Check.that(status == AccountStatus.PENDING_APPROVAL, "Only a host contact waiting for approval can be approved.");
        status = AccountStatus.ACTIVE;
    }

    /** A coordinator or admin could not confirm this host contact: the account never opens. */
    public void refuse() {
        Check.that(status == AccountStatus.PENDING_APPROVAL, "Only a host contact waiting for approval can be refused.");
        status = AccountStatus.DISABLED;
    }

    /** A new password, already checked against the policy and hashed; a reset also ends any wait after failures. */
    public void changePassword(String hash) {
        setPasswordHash(hash);
        failedSignIns = 0;
        throttledUntil = null;
    }

    public static String checkedEmail(String email) {
        return Check.email(email, "An email address");
    }

    public void setPasswordHash(String hash) {
        this.passwordHash = Check.text(hash, 512, "The password hash");
    }

    public void grant(Role role) {
        Check.that(role != Role.HOST || organisation != null,
                "A host contact must name the organisation they act for.");
        roles.add(role);
    }

    /** An admin gives the account exactly these roles: at least one, and host contact only with an organisation. */
    public void changeRoles(Set<Role> newRoles) {
        Check.that(!isErased(), "This person's data has been erased: the account cannot be given roles again.");
        Check.notEmpty(newRoles, "An account needs at least one role.");
        Check.that(!newRoles.contains(Role.HOST) || organisation != null,
                "A host contact must name the organisation they act for, so this account cannot be a host contact.");
        roles = EnumSet.copyOf(newRoles);
    }

    public void disable() {
        status = AccountStatus.DISABLED;
    }

    public boolean isDeactivated() {
        return status == AccountStatus.DEACTIVATED;
    }

    /** A leaver: they can no longer sign in; what they did keeps their name. */
    public void deactivate() {
        Check.that(isActive(), "Only an open account can be deactivated.");
        status = AccountStatus.DEACTIVATED;
    }

    /** Deactivated by mistake, or back in the programme. */
    public void reactivate() {
        Check.that(isDeactivated(), "Only a deactivated account can be opened again.");
        status = AccountStatus.ACTIVE;
    }

    public boolean isErased() {
        return status == AccountStatus.ERASED;
    }

    /**
     * Erased at the person's request (UK GDPR article 17): their name becomes what they were ("A former associate"),
     * their address one that cannot receive mail, and nothing is left to sign in with. It cannot be undone; the
     * account stays so that what they did keeps its meaning.
     */
    public void erase() {
        Check.that(!isErased(), "This person's data has already been erased.");
        fullName = formerly();
        email = "erased-" + id + "@erased.invalid"; // .invalid can never be delivered to (RFC 2606), and stays unique
        passwordHash = null;
        calendarFeedHash = null;
        failedSignIns = 0;
        throttledUntil = null;
        lastSignedInAt = null;
        repeatRegistrationNoticedAt = null;
        status = AccountStatus.ERASED;
    }

    /** What an erased person is called wherever they acted, after the role that best says what they were. */
    public String formerly() {
        return roles.contains(Role.ASSOCIATE) ? "A former associate"
                : roles.contains(Role.HOST) ? "A former host contact"
                : roles.contains(Role.COORDINATOR) ? "A former coordinator" : "A former administrator";
    }

    /** Failed sign-ins allowed before each further failure makes the account wait. */
    public static final int FREE_FAILED_SIGN_INS = 5;

    /** The longest an account is made to wait, however many failures there have been. */
    public static final Duration LONGEST_WAIT = Duration.ofHours(1);

    /**
     * A wrong password. From the fifth failure on the account refuses sign-in for a while, doubling with each
     * further failure (1, 2, 4 … minutes, at most an hour), so guessing is slow but the owner is never locked out
     * for good. Returns true when this failure started or lengthened a wait.
     */
    public boolean recordFailedSignIn(Instant now) {
        failedSignIns++;
        Optional<Instant> wait = waitAfter(failedSignIns, now);
        wait.ifPresent(until -> throttledUntil = until);
        return wait.isPresent();
    }

    /**
     * How long sign-in waits after so many failures in a row: nothing for the first four, then 1, 2, 4 … minutes, at
     * most an hour. The same for an address that has no account, so the wait tells a stranger nothing.
     */
    public static Optional<Instant> waitAfter(int failures, Instant now) {
        return failures < FREE_FAILED_SIGN_INS ? Optional.empty()
                : Optional.of(now.plus(Backoff.doubling(Duration.ofMinutes(1), failures - FREE_FAILED_SIGN_INS, LONGEST_WAIT)));
    }

    /**
     * Someone registered with this account's address: whether its owner should be told now, at most once a day (the
     * form must not become a way to fill a person's inbox). Records the notice when it is due.
     */
    public boolean noticeOfRepeatRegistrationDue(Instant now) {
        if (repeatRegistrationNoticedAt != null && repeatRegistrationNoticedAt.plus(Duration.ofDays(1)).isAfter(now)) {
            return false;
        }
        repeatRegistrationNoticedAt = now;
        return true;
    }

    public boolean isThrottled(Instant now) {
        return throttledUntil != null && now.isBefore(throttledUntil);
    }

    /** A new secret address for this person's calendar feed: only its hash is kept, and the old one stops working. */
    public void replaceCalendarFeed(String secretHash) {
        this.calendarFeedHash = Check.text(secretHash, 64, "The calendar feed's hash");
    }

    public void recordSignIn(Instant now) {
        Check.that(isActive(), "This account is disabled.");
        Check.that(!isThrottled(now), "This account is waiting after too many failed sign-ins.");
        failedSignIns = 0;
        throttledUntil = null;
        lastSignedInAt = now;
    }

    /** An admin clears the failures and the wait, for an owner who has proved who they are. */
    public void unlock() {
        failedSignIns = 0;
        throttledUntil = null;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return status == AccountStatus.ACTIVE;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public AccountStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getFailedSignIns() {
        return failedSignIns;
    }

    public Instant getThrottledUntil() {
        return throttledUntil;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    public long getVersion() {
        return version;
    }
}
