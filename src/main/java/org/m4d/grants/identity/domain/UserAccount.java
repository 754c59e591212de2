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
import java.util.regex.Pattern;

/** A person who signs in. Roles are held per tenant through {@link Membership}s. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");

    @Id
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    /** The language the user chose for the pages, or null until they choose one. */
    @Column(name = "language", length = 8)
    private String language;

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

    public String language() {
        return language;
    }

    /** Keeps the language the user chose: an ISO 639 code such as {@code fr}. */
    public void chooseLanguage(String code) {
        if (code == null || !LANGUAGE_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a language code: " + code);
        }
        language = code;
    }
}
