/**
 * The demo data set of 恩施州 and one demo account per role, loaded on a fresh embedded
 * database through the organisation importer.
 */
package org.deputyaction.demo;
