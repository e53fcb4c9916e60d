/** The follow-up service as a DS component, the indicator calculations behind it and the comparison page. */
package se.vardval.followup.internal;
