package org.m4d.grants.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.List;
import org.m4d.grants.platform.domain.Agency;

/** A role held by a user in one tenant, or globally when the tenant is null. */
@Embeddable
public class Membership {

    @Column(name = "tenant_code")
    private String tenant;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    private Agency agency;

    protected Membership() {
    }

    Membership(String tenant, Role role, Agency agency) {
        this.tenant = tenant;
        this.role = role;
        this.agency = agency;
    }

    public String tenant() {
        return tenant;
    }

    public Role role() {
        return role;
    }

    public Agency agency() {
        return agency;
    }

    /**
     * The engine groups of this membership: {@code NP-coordinator}, {@code pmu}; a reviewer is in
     * their agency's pool too, {@code NP-reviewer-IOM}.
     */
    public List<String> groups() {
        String group = role.groupIn(tenant);
        return role == Role.REVIEWER && agency != null ? List.of(group, group + "-" + agency.name()) : List.of(group);
    }
}
