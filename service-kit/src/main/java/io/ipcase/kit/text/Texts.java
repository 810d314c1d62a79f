package io.ipcase.kit.text;

/** Free text carried from another service's event into a bounded column. */
public final class Texts {

    private Texts() {
    }

    /** The text cut to {@code max} characters (marked with …), so an overlong note never fails the fact it comes with. */
    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }
}
