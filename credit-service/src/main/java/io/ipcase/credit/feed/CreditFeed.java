package io.ipcase.credit.feed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.ipcase.credit.config.CreditPolicy;
import io.ipcase.credit.domain.ListingEvent;
import io.ipcase.credit.store.Listing;
import io.ipcase.credit.store.InfringementRecord;
import io.ipcase.kit.outbox.Outbox;

/**
 * What the credit platform reads, through the outbox: the event stream ({@code ipcase.credit.events},
 * key = subject id) and, after every change to a subject's place on the list, its current entry on
 * the compacted snapshot topic ({@code ipcase.credit.blacklist}, key = subject id), from which the
 * whole blacklist can be rebuilt by reading the topic from its beginning.
 */
@ApplicationScoped
public class CreditFeed {

    public static final String TOPIC = "ipcase.credit.events";
    public static final String SNAPSHOT_TOPIC = "ipcase.credit.blacklist";
    public static final String SNAPSHOT_TYPE = "ipcase.credit.blacklist-entry.v1";

    private final Outbox outbox;
    private final CreditPolicy policy;

    public CreditFeed(Outbox outbox, CreditPolicy policy) {
        this.outbox = outbox;
        this.policy = policy;
    }

    public void recordAdded(InfringementRecord r, String actor) {
        outbox.record(TOPIC, r.subjectId, type("record-added"), r.subjectId, CreditEventData.of(r, actor));
    }

    public void listingChanged(ListingEvent event, Listing l, String previousState, String actor) {
        // how to object is part of a proposal and of a listing decision, not of a removal
        String howToObject = event.tellsHowToObject() ? policy.howToObject() : null;
        outbox.record(TOPIC, l.subjectId, type(event.eventName()), l.subjectId, CreditEventData.of(l, previousState, howToObject, actor));
    }

    /**
     * The subject's entry as it stands after this transaction's changes (flushed before the query). A subject left with
     * no listing in force leaves the snapshot: a tombstone, so that compaction removes its name and every earlier entry
     * from the topic (the history topic keeps the listing's life, as the law requires; docs/domain.md, "Credit").
     */
    public void snapshot(Listing changed) {
        Listing.getEntityManager().flush();
        List<CreditEventData.ActiveListing> active = Listing.active(changed.subjectId).stream().map(CreditEventData.ActiveListing::of).toList();
        if (active.isEmpty()) {
            outbox.recordTombstone(SNAPSHOT_TOPIC, changed.subjectId, SNAPSHOT_TYPE, changed.subjectId);
            return;
        }
        outbox.record(SNAPSHOT_TOPIC, changed.subjectId, SNAPSHOT_TYPE, changed.subjectId, new CreditEventData.BlacklistEntry(
                changed.subjectId, changed.subjectKind.name(), changed.subjectName, true, active));
    }

    public static String type(String name) {
        return "ipcase.credit." + name + ".v1";
    }
}
