package se.vardval.ui.navigator;

/** A part descriptor a plugin contributed for a vårdval (of its model, or of every model): its id, label and icon. */
public record ModelView(String descriptorId, String label, String iconUri) {
}
