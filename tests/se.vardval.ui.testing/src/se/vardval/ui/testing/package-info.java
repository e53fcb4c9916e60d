/**
 * Test support for the client and its plugins' views: a real display or a visible skip, e4 contexts for building
 * parts, the event loop while jobs work, the demo database, widgets by key, and screenshots as build artefacts.
 */
package se.vardval.ui.testing;
