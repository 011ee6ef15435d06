package uk.interimexchange.domain.model.reminder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.interimexchange.domain.model.placement.Placement;
import uk.interimexchange.domain.model.placement.PlacementParty;
import uk.interimexchange.domain.model.placement.PlacementState;
import uk.interimexchange.domain.model.scoping.ScopingVersion;
import uk.interimexchange.domain.model.scoping.ScopingVersionStatus;
import uk.interimexchange.domain.model.scoping.SignOffParty;
import uk.interimexchange.domain.model.shared.Check;
import uk.interimexchange.domain.model.shared.WorkingCalendar;

/**
 * When reminders fall due. Each has a due date that stays the same until the thing it is about is done, so
 * "once for this kind, this record and this due date" is exactly once: a check-in recorded moves the next one's
 * due date on; an extension moves the end and with it the "ending soon" and close-out dates.
 */
public final class ReminderRules {

    /** Sign-offs are chased after this many working days unless the programme office chooses otherwise. */
    public static final int SIGN_OFF_WORKING_DAYS = 3;

    /** The most working days a programme office may leave a sign-off before it is chased. */
    public static final int SIGN_OFF_WORKING_DAYS_AT_MOST = 20;

    private ReminderRules() {
    }

    /** The reminders due today about a placement; a sign-off is chased {@code signOffAfter} working days after the proposal. */
    public static List<DueReminder> forPlacement(Placement p, LocalDate today, ZoneId zone, int signOffAfter) {
        List<DueReminder> due = new ArrayList<>();
        if (p.getState() == PlacementState.PROPOSED) {
            LocalDate from = WorkingCalendar.plusWorkingDays(LocalDate.ofInstant(p.getProposedAt(), zone), checked(signOffAfter));
            Set<PlacementParty> missing = p.missingSignOffs();
            if (!today.isBefore(from) && !missing.isEmpty()) {
                Set<Audience> to = EnumSet.noneOf(Audience.class);
                missing.forEach(party -> to.add(switch (party) {
                    case ASSOCIATE, LINE_MANAGER -> Audience.ASSOCIATE; // the associate chases their own line manager
                    case HOST_SPONSOR -> Audience.HOST_SPONSOR;
                    case COORDINATOR -> Audience.COORDINATORS;
                }));
                if (missing.contains(PlacementParty.LINE_MANAGER)) {
                    to.add(Audience.COORDINATORS);
                }
                due.add(new DueReminder(ReminderKind.PLACEMENT_SIGN_OFF, p.getId(), from, to,
                        missing.stream().sorted().map(party -> "the " + party.getLabel().toLowerCase()).toList()));
            }
        }
        if (p.getState() != PlacementState.ACTIVE) {
            return due;
        }
        Set<Audience> bothSides = EnumSet.of(Audience.ASSOCIATE, Audience.HOST_SPONSOR);
        LocalDate end = p.getEndDate();
        if (today.isAfter(end)) {
            due.add(new DueReminder(ReminderKind.CLOSE_OUT_DUE, p.getId(), end.plusDays(1),
                    EnumSet.of(Audience.ASSOCIATE, Audience.HOST_SPONSOR, Audience.COORDINATORS), List.of()));
            return due;
        }
        LocalDate checkInDue = p.getCheckInDueOn();
        if (checkInDue != null && !today.isBefore(checkInDue) && checkInDue.isBefore(end)) {
            due.add(new DueReminder(ReminderKind.CHECK_IN_DUE, p.getId(), checkInDue, bothSides, List.of()));
        }
        Optional.ofNullable(p.getMidPointReviewOn()).filter(mid -> !today.isBefore(mid) && !p.isMidPointReviewAgreed())
                .ifPresent(mid -> due.add(new DueReminder(ReminderKind.MID_POINT_REVIEW, p.getId(), mid,
                        EnumSet.of(Audience.ASSOCIATE, Audience.HOST_SPONSOR, Audience.COORDINATORS), List.of())));
        LocalDate endingFrom = end.minusDays(Placement.ENDING_WITHIN_DAYS);
        if (!today.isBefore(endingFrom)) {
            due.add(new DueReminder(ReminderKind.ENDING_SOON, p.getId(), endingFrom,
                    EnumSet.of(Audience.ASSOCIATE, Audience.HOST_SPONSOR, Audience.COORDINATORS), List.of()));
        }
        return due;
    }

    /** An issued version of a scope still unsigned {@code signOffAfter} working days on. */
    public static Optional<DueReminder> forScope(ScopingVersion version, LocalDate today, ZoneId zone, int signOffAfter) {
        if (version.getStatus() != ScopingVersionStatus.ISSUED || version.getIssuedAt() == null) {
            return Optional.empty();
        }
        LocalDate from = WorkingCalendar.plusWorkingDays(LocalDate.ofInstant(version.getIssuedAt(), zone), checked(signOffAfter));
        Set<Audience> to = EnumSet.noneOf(Audience.class);
        List<String> waiting = new ArrayList<>();
        if (version.signatureOf(SignOffParty.HOST_SPONSOR).isEmpty()) {
            to.add(Audience.HOST_SPONSOR);
            waiting.add("the host sponsor");
        }
        if (version.signatureOf(SignOffParty.COORDINATOR).isEmpty()) {
            to.add(Audience.COORDINATORS);
            waiting.add("a coordinator");
        }
        if (today.isBefore(from) || to.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DueReminder(ReminderKind.SCOPE_SIGN_OFF, version.getId(), from, to, waiting));
    }

    private static int checked(int signOffAfter) {
        Check.that(signOffAfter >= 0 && signOffAfter <= SIGN_OFF_WORKING_DAYS_AT_MOST,
                "Sign-offs are chased after 0 to " + SIGN_OFF_WORKING_DAYS_AT_MOST + " working days, not " + signOffAfter + ".");
        return signOffAfter;
    }
}
