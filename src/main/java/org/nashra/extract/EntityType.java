package org.nashra.extract;

/** The kinds of named entity the site has pages for; MISC is kept but gets no page. */
public enum EntityType {
    PERSON, ORGANISATION, PLACE, MISC;

    /** Maps the CoNLL/ANERcorp tag suffix ({@code PERS}, {@code ORG}, {@code LOC}, {@code MISC}). */
    public static EntityType ofConllTag(String tag) {
        return switch (tag) {
            case "PERS", "PER" -> PERSON;
            case "ORG" -> ORGANISATION;
            case "LOC", "GPE" -> PLACE;
            case "MISC" -> MISC;
            default -> throw new IllegalArgumentException("unknown entity tag: " + tag);
        };
    }

    public String conllTag() {
        return switch (this) {
            case PERSON -> "PERS";
            case ORGANISATION -> "ORG";
            case PLACE -> "LOC";
            case MISC -> "MISC";
        };
    }
}
