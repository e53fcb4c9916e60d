/**
 * The year around the monthly runs, as services a client or the command line calls: rulebooks per year (draft from
 * the previous year, diff, LPIK indexation), budget calibration, scenarios and deficit compensation.
 */
package se.vardval.annual;
