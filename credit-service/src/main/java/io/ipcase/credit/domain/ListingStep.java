package io.ipcase.credit.domain;

import java.util.List;

/**
 * One move of a listing: from one state to the next by an action, why, what it changes and the event it publishes on the
 * credit feed (null: none).
 */
public record ListingStep(ListingAction action, ListingState before, ListingState after, String reason, List<ListingChange> changes,
        ListingEvent event) {
}
