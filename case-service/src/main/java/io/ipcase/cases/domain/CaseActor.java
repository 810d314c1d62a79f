package io.ipcase.cases.domain;

/**
 * Who acts on a case, as the rules see them: their roles, whether they belong to the authority that
 * owns the case (a region it is shared with handles it jointly but decides nothing), and whether
 * they have acted on this case before (a reviewer never reviews their own work).
 *
 * @param ownsCase whether the actor is of the case's own region (the system acts for it)
 * @param actedOnCase whether this person has taken any action on the case other than reviewing it
 */
public record CaseActor(String id, boolean isHead, boolean isReviewer, boolean isOfficer, boolean ownsCase, boolean actedOnCase) {
}
