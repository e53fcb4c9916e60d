/**
 * The specialist model's implementation: parameter schema and validation, the pricing of visits, DRG and episodes,
 * the targets, fixed grants and ceiling, and the explanation of amounts. Not exported.
 */
package se.vardval.specialist.internal;
