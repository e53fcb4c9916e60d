package se.vardval.halsoval.internal;

import java.util.Locale;

/** Picks a tool's text in Swedish for a Swedish locale and in English otherwise. */
record ToolTexts(boolean swedish) {

    static ToolTexts of(Locale locale) {
        return new ToolTexts(locale != null && "sv".equals(locale.getLanguage()));
    }

    String text(String swedishText, String englishText) {
        return swedish ? swedishText : englishText;
    }
}
