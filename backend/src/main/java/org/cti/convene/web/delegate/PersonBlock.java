package org.cti.convene.web.delegate;

/**
 * One person's part of a form, as the {@code delegate/fields :: person} fragment draws it.
 *
 * @param namePrefix prefix of the input names, e.g. {@code delegates[1].}, matching the API's field paths
 * @param idPrefix the same as an id, e.g. {@code delegates-1-}
 * @param ownData the person filling in the form is this person: autocomplete may offer their own details;
 *     a head of delegation typing a colleague's details gets {@code autocomplete="off"} instead
 * @param emailEditable false on the change form, where the e-mail is shown but cannot change
 *     <p>No block offers a role: people who register themselves are delegates, organisers give the others.
 */
record PersonBlock(
        String namePrefix,
        String idPrefix,
        PersonFields values,
        boolean ownData,
        boolean showCountry,
        boolean emailEditable,
        boolean showSessions,
        boolean showConsent) {

    /** The public registration form: the delegate registers themself. */
    static PersonBlock registration(PersonFields values) {
        return new PersonBlock("", "", values, true, true, true, true, true);
    }

    /** The change form of "my registration": no e-mail, sessions or consent to change. */
    static PersonBlock change(PersonFields values) {
        return new PersonBlock("", "", values, true, true, false, false, false);
    }

    /** A delegate typed in by the head: the delegation's country and the head's consent apply. */
    static PersonBlock delegate(int index, PersonFields values) {
        return new PersonBlock(
                "delegates[" + index + "].", "delegates-" + index + "-", values, false, false, true, true, false);
    }

    /** The person who takes over a delegate's seat. */
    static PersonBlock replacement(PersonFields values) {
        return new PersonBlock("replacement.", "replacement-", values, false, false, true, true, false);
    }

    /** The block's number as people count, for its legend. */
    public int number() {
        return namePrefix.startsWith("delegates[")
                ? Integer.parseInt(namePrefix.substring("delegates[".length(), namePrefix.indexOf(']'))) + 1
                : 1;
    }
}
