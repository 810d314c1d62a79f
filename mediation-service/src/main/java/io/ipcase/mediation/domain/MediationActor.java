package io.ipcase.mediation.domain;

/**
 * Who acts on a mediation, as the rules see them: the system (the time-limit watch, a case event), the mediator it was
 * offered to or assigned, an organisation's administrator (of this mediation's organisation or not), or the court of the
 * region.
 */
public record MediationActor(String id, boolean system, boolean offeredTo, boolean assignedMediator, boolean organisationAdmin,
        boolean adminOfItsOrganisation, boolean courtOfRegion) {

    public static MediationActor system(String what) {
        return new MediationActor("system:" + what, true, false, false, false, false, false);
    }
}
