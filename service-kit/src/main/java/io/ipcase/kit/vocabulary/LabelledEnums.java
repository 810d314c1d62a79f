package io.ipcase.kit.vocabulary;

import java.util.List;

/**
 * The enums a service names in its API, so clients show their labels rather than constants. A service
 * declares one bean of this type; {@link VocabularyResource} serves them.
 */
public interface LabelledEnums {

    List<Class<? extends Labelled>> enums();
}
