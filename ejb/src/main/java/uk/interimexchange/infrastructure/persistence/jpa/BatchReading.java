package uk.interimexchange.infrastructure.persistence.jpa;

import org.eclipse.persistence.annotations.BatchFetchType;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.mappings.DatabaseMapping;
import org.eclipse.persistence.mappings.ForeignReferenceMapping;
import org.eclipse.persistence.sessions.Session;

/**
 * Every reference and collection of every entity is read for a whole list at once: when a query answers forty needs,
 * their organisations come in one statement ({@code where id in (...)}), not forty. So a list costs the same few
 * statements however long it is, without the domain naming the JPA provider. Named in {@code persistence.xml}.
 */
public class BatchReading implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        for (ClassDescriptor descriptor : session.getDescriptors().values()) {
            for (DatabaseMapping mapping : descriptor.getMappings()) {
                if (mapping instanceof ForeignReferenceMapping reference) {
                    reference.setBatchFetchType(BatchFetchType.IN);
                }
            }
        }
    }
}
