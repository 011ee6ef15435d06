package uk.interimexchange.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;

/** Runs test code with the SYSTEM role, as the container sees it; each service call keeps its own transaction. */
@Stateless
@RunAs(Roles.SYSTEM)
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AsSystem {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }
}
