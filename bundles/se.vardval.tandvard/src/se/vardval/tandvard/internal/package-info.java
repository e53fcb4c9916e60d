/**
 * The Tandvård model's implementation: parameter schema and validation, the payment components and the explanation
 * of amounts. Not exported.
 */
package se.vardval.tandvard.internal;
