/**
 * Building blocks for the views a vårdval plugin's UI bundle contributes: the bar that chooses the month, reading a
 * view's data in the background, the month a view opens on, the area split below the bar, a chart of named
 * categories and the name a vårdval is shown by.
 */
package se.vardval.ui.views;
