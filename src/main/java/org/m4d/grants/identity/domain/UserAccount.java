package org.m4d.grants.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A person who signs in. Roles are held per tenant through {@link Membership}s. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "membership", joinColumns = @JoinColumn(name = "username"))
    private List<Membership> memberships = new ArrayList<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
    }

    public void grant(Role role, String tenant, Agency agency) {
        if (role.global() != (tenant == null)) {
            throw new IllegalArgumentException(role.global()
                    ? role.id() + " is a global role and takes no tenant"
                    : role.id() + " is held in a tenant");
        }
        memberships.add(new Membership(tenant, role, agency));
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public List<Membership> memberships() {
        return Collections.unmodifiableList(memberships);
    }
}
