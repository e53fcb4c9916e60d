/**
 * Follow-up (uppföljning) as services a client view or the command line calls: the indicators of a vårdval's units
 * for a period, imported and computed from activities, with the regional value and suppression of small groups, and
 * the residents' static comparison page.
 */
package se.vardval.followup;
