package io.ipcase.cases.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.cases.domain.CaseSource;
import io.ipcase.cases.domain.CaseState;
import io.ipcase.cases.domain.CaseTrack;
import io.ipcase.cases.domain.ClosedReason;
import io.ipcase.cases.domain.DecisionKind;
import io.ipcase.cases.domain.DisplayPeriod;
import io.ipcase.cases.domain.PauseReason;
import io.ipcase.cases.domain.StatutoryClock;
import io.ipcase.cases.domain.Procedure;
import io.ipcase.cases.domain.ServiceMethod;
import io.ipcase.cases.mapping.EvidenceRegistration.EvidenceKind;
import io.ipcase.kit.parties.IpKind;
import io.ipcase.kit.parties.PartyKind;
import io.ipcase.kit.vocabulary.Labelled;
import io.ipcase.kit.vocabulary.LabelledEnums;

/** The values case-service's API uses, served with their labels at /api/v1/vocabulary. */
@ApplicationScoped
public class CaseVocabulary implements LabelledEnums {

    @Override
    public List<Class<? extends Labelled>> enums() {
        return List.of(CaseState.class, CaseTrack.class, Procedure.class, CaseSource.class, ClosedReason.class, DecisionKind.class, PauseReason.class, StatutoryClock.class, DisplayPeriod.class, ServiceMethod.class,
                IpKind.class, PartyKind.class, EvidenceKind.class);
    }
}
