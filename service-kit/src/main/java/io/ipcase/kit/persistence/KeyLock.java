package io.ipcase.kit.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * A transaction-scoped lock on a business key that has no row of its own (e.g. a credit subject
 * across its listings): transactions on the same key run one after another, so what they read
 * and the order of the events they write follow their commit order.
 */
public final class KeyLock {

    private KeyLock() {
    }

    /** Waits for the lock on {@code namespace:key} and holds it until the transaction ends. */
    public static void lock(String namespace, String key) {
        Panache.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, namespace + ":" + key).getSingleResult();
    }
}
