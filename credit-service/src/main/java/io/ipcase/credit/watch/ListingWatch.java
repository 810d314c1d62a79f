package io.ipcase.credit.watch;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.ipcase.credit.domain.ListingAction;
import io.ipcase.credit.domain.ListingState;
import io.ipcase.credit.store.Listing;
import io.ipcase.credit.service.ListingService;
import io.ipcase.kit.security.Actor;
import io.ipcase.kit.time.IpcaseClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The two things that happen by the calendar: a proposal nobody objected to within the window (which runs only once the
 * notice was served: until then it has no objectionDue and waits) goes to the credit
 * officers to decide (they list; the calendar never does), and a listing whose period has ended comes off the list.
 */
@ApplicationScoped
public class ListingWatch {

    private static final Logger LOG = Logger.getLogger(ListingWatch.class);
    private static final Actor WATCH = Actor.system("listing-watch");

    private final ListingService listings;
    private final IpcaseClock clock;

    public ListingWatch(ListingService listings, IpcaseClock clock) {
        this.listings = listings;
        this.clock = clock;
    }

    @Scheduled(every = "${ipcase.listings.scan-interval:10m}", delayed = "${ipcase.listings.scan-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        scan();
    }

    /** @return how many listings it moved */
    public int scan() {
        var today = clock.today();
        List<UUID> unopposed = QuarkusTransaction.requiringNew().call(() -> Listing.<Listing>list("state = ?1 and objectionDue < ?2",
                ListingState.PROPOSED, today).stream().map(l -> l.id).toList());
        List<UUID> ended = QuarkusTransaction.requiringNew().call(() -> Listing.<Listing>list("state in ?1 and endsOn <= ?2",
                List.of(ListingState.LISTED, ListingState.REPAIR_REQUESTED), today).stream().map(l -> l.id).toList());
        return apply(unopposed, ListingAction.CLOSE_WINDOW) + apply(ended, ListingAction.EXPIRE);
    }

    private int apply(List<UUID> ids, ListingAction action) {
        int moved = 0;
        for (UUID id : ids) {
            try {
                // one transaction each, re-checked under the lock: it may have moved on meanwhile
                moved += QuarkusTransaction.requiringNew().call(() -> {
                    Listing l = listings.lockForChange(id, null);
                    var today = clock.today();
                    boolean due = action == ListingAction.EXPIRE
                            ? l.state.isActive() && !l.endsOn.isAfter(today)
                            : l.state == ListingState.PROPOSED && l.objectionDue != null && l.objectionDue.isBefore(today);
                    if (!due) {
                        return 0;
                    }
                    listings.act(l, action, null, WATCH);
                    return 1;
                });
            } catch (RuntimeException e) {
                LOG.warnf("could not %s listing %s: %s", action.path(), id, e.toString());
            }
        }
        return moved;
    }
}
