package uk.interimexchange.application.port;

import uk.interimexchange.domain.model.associate.AssociateStatus;

/** An associate profile's id and status, read without the profile itself. */
public record ProfileStatus(long associateId, AssociateStatus status) {
}
