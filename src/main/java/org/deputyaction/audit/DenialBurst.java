package org.deputyaction.audit;

import java.time.OffsetDateTime;

/**
 * A minute in which one address was refused more often than is stored one by one: how
 * many refusals were seen, and how many of them were only counted.
 */
public record DenialBurst(String clientAddress, OffsetDateTime minute, int seen, int counted) {

}
