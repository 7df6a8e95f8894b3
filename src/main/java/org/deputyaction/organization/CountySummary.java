package org.deputyaction.organization;

/**
 * A county with the number of its townships, deputy homes and liaison stations.
 */
public record CountySummary(Long id, String code, String name, long townships, long homes, long stations) {

}
