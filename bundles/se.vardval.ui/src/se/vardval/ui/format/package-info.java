/** Swedish formats of amounts, numbers, dates and months, for the client and its plugins' views. */
package se.vardval.ui.format;
