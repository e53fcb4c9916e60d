package se.vardval.specialist.internal;

import se.vardval.core.domain.Activity;

/** An activity of the month that is not paid, with a reason code and the reason the provider reads. */
record Unpaid(Activity activity, String reasonCode, String reason) {
}
