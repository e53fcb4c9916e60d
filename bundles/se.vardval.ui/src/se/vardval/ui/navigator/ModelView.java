package se.vardval.ui.navigator;

/** A part descriptor a model plugin contributed for its vårdval: its id, label and icon. */
public record ModelView(String descriptorId, String label, String iconUri) {
}
