package io.ipcase.kit.vocabulary;

/** A value of the domain with the words people read for it: the Chinese label first, the English one for the switch. */
public interface Labelled {

    String labelZh();

    String labelEn();
}
