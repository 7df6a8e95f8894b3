package org.deputyaction.suggestion.register;

/**
 * A register (台账) was imported: its items entered the loop at once, without the loop's
 * own events for each of them.
 */
public record RegisterImported(long batchId, int lines) {

}
