package io.ipcase.credit.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.credit.domain.ListingRule;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.credit.domain.RecordKind;
import io.ipcase.credit.domain.RepairCondition;
import io.ipcase.kit.vocabulary.Labelled;
import io.ipcase.kit.vocabulary.LabelledEnums;

/** The values credit-service's API uses, served with their labels at /api/v1/vocabulary. */
@ApplicationScoped
public class CreditVocabulary implements LabelledEnums {

    @Override
    public List<Class<? extends Labelled>> enums() {
        return List.of(ListingState.class, ListingRule.class, RecordKind.class, RepairCondition.class);
    }
}
