package uk.interimexchange.infrastructure.startup;

import jakarta.persistence.EntityManager;

/**
 * Start-up loads take turns across nodes: each holds the start-up row of {@code data_load} until its transaction
 * ends, so a second node starting at the same moment waits, then finds the data already there.
 */
final class StartUpLock {

    private StartUpLock() {
    }

    static void hold(EntityManager em) {
        em.createNativeQuery("select name from data_load where name = 'start-up' for update").getResultList();
    }
}
