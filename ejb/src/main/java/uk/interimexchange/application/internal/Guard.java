package uk.interimexchange.application.internal;

import uk.interimexchange.application.AccessDeniedException;
import uk.interimexchange.application.Actor;
import uk.interimexchange.application.NotFoundException;
import uk.interimexchange.domain.model.account.Role;
import uk.interimexchange.domain.model.associate.Associate;
import uk.interimexchange.domain.model.need.Need;
import uk.interimexchange.domain.model.need.NeedState;
import uk.interimexchange.domain.model.placement.Placement;

/** Row-level rules of the specification, shared by the services so each says the same. */
final class Guard {

    private Guard() {
    }

    /** Hosts see their own organisation's needs; associates only needs open or recruiting; coordinators all. */
    static Need visible(Actor actor, Need need) {
        if (actor.seesEverything() || actor.actsFor(need.getOrganisation().getId())) {
            return need;
        }
        if (actor.has(Role.ASSOCIATE) && (need.getState() == NeedState.OPEN || need.getState() == NeedState.SHORTLISTING)) {
            return need;
        }
        throw new NotFoundException("need");
    }

    static void hostOf(Actor actor, Need need) {
        if (!actor.isSystem() && !actor.actsFor(need.getOrganisation().getId())) {
            throw new AccessDeniedException("Only a host contact of " + need.getOrganisation().getName() + " can do that.");
        }
    }

    static void coordinator(Actor actor) {
        if (!actor.isSystem() && !actor.has(Role.COORDINATOR)) {
            throw new AccessDeniedException("Only a programme coordinator can do that.");
        }
    }

    static void hostOrCoordinator(Actor actor, Need need) {
        if (!actor.seesEverything() && !actor.actsFor(need.getOrganisation().getId())) {
            throw new AccessDeniedException("Only the host or a programme coordinator can do that.");
        }
    }

    /** The associate themselves; the application acting on its own behalf also passes. */
    static boolean isSelf(Actor actor, Associate associate) {
        return actor.isSystem() || associate.getAccount().getId().equals(actor.accountId());
    }

    static void self(Actor actor, Associate associate) {
        if (!isSelf(actor, associate)) {
            throw new AccessDeniedException("Only " + associate.getFullName() + " can do that.");
        }
    }

    static void selfOrCoordinator(Actor actor, Associate associate) {
        if (!actor.seesEverything() && !isSelf(actor, associate)) {
            throw new AccessDeniedException("Only the associate or a programme coordinator can do that.");
        }
    }

    /** The associate placed, the host organisation's contacts and coordinators are a placement's parties. */
    static Placement party(Actor actor, Placement placement) {
        if (actor.seesEverything() || actor.actsFor(placement.getOrganisation().getId()) || isSelf(actor, placement.getAssociate())) {
            return placement;
        }
        throw new NotFoundException("placement");
    }
}
