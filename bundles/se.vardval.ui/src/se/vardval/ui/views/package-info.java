/**
 * Building blocks for the views a vårdval plugin's UI bundle contributes: the bar that chooses the month, reading a
 * view's data in the background, and the month a view opens on.
 */
package se.vardval.ui.views;
