package io.ipcase.kit.persistence;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Takes an aggregate's row lock before its state is read. {@code refresh(entity, PESSIMISTIC_WRITE)}
 * is not enough for an entity with eagerly fetched collections: Hibernate then reads the row first
 * and locks it in a second statement, so a transaction that waited for the lock would go on with
 * the state from before the other's commit.
 */
public final class RowLock {

    private RowLock() {
    }

    /**
     * Locks the row (FOR NO KEY UPDATE: waits for other writers, lets child rows reference it) until
     * the transaction ends; read the entity afterwards.
     *
     * @return false when there is no such row
     */
    public static boolean lock(String table, Object id) {
        return !Panache.getEntityManager().createNativeQuery("select 1 from " + table + " where id = ?1 for no key update")
                .setParameter(1, id).getResultList().isEmpty();
    }
}
