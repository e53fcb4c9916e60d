/**
 * The Medicinsk fotvård model's implementation: parameter schema and validation, referrals, the judging of treatments
 * (paid or rejected with a reason code), the payment lines, the cost hand-over to the listing vårdval and the
 * explanation of amounts. Not exported.
 */
package se.vardval.fotvard.internal;
