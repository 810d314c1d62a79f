package io.ipcase.mediation.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.kit.parties.IpKind;
import io.ipcase.kit.parties.PartyKind;
import io.ipcase.kit.vocabulary.Labelled;
import io.ipcase.kit.vocabulary.LabelledEnums;
import io.ipcase.mediation.domain.MediationKind;
import io.ipcase.mediation.domain.MediationState;
import io.ipcase.mediation.sessions.MediationSession;
import io.ipcase.mediation.store.Agreement;

/** The values mediation-service's API uses, served with their labels at /api/v1/vocabulary. */
@ApplicationScoped
public class MediationVocabulary implements LabelledEnums {

    @Override
    public List<Class<? extends Labelled>> enums() {
        return List.of(MediationState.class, MediationKind.class, IpKind.class, PartyKind.class, Agreement.SignerRole.class,
                MediationSession.Mode.class);
    }
}
