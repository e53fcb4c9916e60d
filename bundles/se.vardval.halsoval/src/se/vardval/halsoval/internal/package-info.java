/**
 * The Hälsoval model's implementation: parameter schema and validation, one calculator per payment component, and
 * the explanation of amounts. Not exported.
 */
package se.vardval.halsoval.internal;
