package uk.interimexchange.application;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/** Counts rows straight from the database, for tests that check what a bulk load made. */
@Stateless
public class TestSql {

    @PersistenceContext
    EntityManager em;

    /** The single number {@code sql} answers, its parameters numbered from 1. */
    public long count(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
