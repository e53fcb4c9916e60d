/** The specialist model's views in the client, contributed by {@code fragment.e4xmi}. Not exported. */
package se.vardval.specialist.ui.internal;
