package org.deputyaction.organization.internal;

/**
 * A choice in a select: a code, its name and the group (e.g. county) it sits in.
 */
public record Option(String code, String name, String group) {

}
