/** The annual-cycle services as DS components and the calculations behind them. */
package se.vardval.annual.internal;
