package uk.interimexchange.application;

import uk.interimexchange.domain.model.associate.Associate;

/**
 * An associate's profile page, read in one call: only associates have one.
 *
 * @param profile their profile, or null until they start it
 */
public record ProfilePageView(Associate profile) {
}
