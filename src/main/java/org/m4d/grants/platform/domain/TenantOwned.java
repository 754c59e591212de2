package org.m4d.grants.platform.domain;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An entity owned by one tenant: EclipseLink writes the tenant of the persistence context into
 * {@code TENANT_ID} and adds it to every read, {@code find()} included (docs/adr/0003).
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id", length = 2)
public abstract class TenantOwned {

    @Id
    @SequenceGenerator(name = "m4d_seq", sequenceName = "m4d_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "m4d_seq")
    private Long id;

    @Column(name = "TENANT_ID", insertable = false, updatable = false)
    private String tenantId;

    public Long id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }
}
