package org.m4d.grants.identity.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.m4d.grants.platform.domain.DomainException;
import java.util.regex.Pattern;
import org.m4d.grants.platform.domain.Agency;

/**
 * A person who signs in. Roles are held per tenant through {@link Membership}s. The rules a tenant
 * administrator works under are here: roles of their country only, and no way to lock themselves out.
 */
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

    /** Where notifications go: lower case, one per user; none until it is set. */
    @Column(name = "email", length = 254)
    private String email;

    /** First day of a period the user is away (a reviewer is then given no review); none if not set. */
    @Column(name = "away_from")
    private java.time.LocalDate awayFrom;

    /** Last day of the period away, included. */
    @Column(name = "away_to")
    private java.time.LocalDate awayTo;

    /** Sessions signed in under an older epoch are over: raising it signs the user out everywhere. */
    @Column(name = "session_epoch", nullable = false)
    private long sessionEpoch;

    /**
     * Raised by every change of the account, its roles included: a node that holds the account between requests
     * reads only this to know whether what it holds still stands, whichever node made the change.
     */
    @Version
    @Column(name = "stamp", nullable = false)
    private long stamp;

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

    /** A tenant administrator gives this user a role in their country. */
    public void assign(Role role, String tenant, Agency agency) {
        if (role.global()) {
            throw new DomainException("The programme unit and observer roles are not given per country");
        }
        if (role == Role.REVIEWER && agency == null) {
            throw new DomainException("A reviewer needs an agency (IOM or UNDP)");
        }
        if (hasRole(tenant, role)) {
            throw new DomainException(username + " already has this role in " + tenant);
        }
        grant(role, tenant, role == Role.REVIEWER || role == Role.COORDINATOR ? agency : null);
    }

    /**
     * A tenant administrator takes a role of their country away. Administrators keep their own
     * administrator role, and a user who works only in this country keeps at least one role: without
     * it the account would drop out of every country's list, so disable it instead.
     */
    public void revoke(Role role, String tenant, String actor) {
        if (role == Role.TENANT_ADMIN && username.equals(actor)) {
            throw new DomainException("You cannot remove your own administrator role");
        }
        if (!hasRole(tenant, role)) {
            throw new DomainException(username + " does not have this role in " + tenant);
        }
        if (worksOnlyIn(tenant) && rolesIn(tenant).size() == 1) {
            throw new DomainException("This is the last role of " + username + "; disable the account instead");
        }
        memberships.removeIf(m -> tenant.equals(m.tenant()) && m.role() == role);
    }

    /** Only the administrator of the one country the user works in may disable them, and not themselves. */
    public void disable(String tenant, String actor) {
        requireOnlyIn(tenant);
        if (username.equals(actor)) {
            throw new DomainException("You cannot disable your own account");
        }
        enabled = false;
        endAllSessions();
    }

    public void enable(String tenant) {
        requireOnlyIn(tenant);
        enabled = true;
    }

    /** Whether every membership of the user is in this tenant (none elsewhere, none global). */
    public boolean worksOnlyIn(String tenant) {
        return memberships.stream().allMatch(m -> tenant.equals(m.tenant()));
    }

    public List<Membership> rolesIn(String tenant) {
        return memberships.stream().filter(m -> tenant.equals(m.tenant())).toList();
    }

    public boolean hasRole(String tenant, Role role) {
        return memberships.stream().anyMatch(m -> m.role() == role && tenant.equals(m.tenant()));
    }

    private void requireOnlyIn(String tenant) {
        if (!worksOnlyIn(tenant)) {
            throw new DomainException(username + " also works in another country or globally;"
                    + " only the roles held here can be changed");
        }
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

    /**
     * Sets the period the user is away, both days included; both null clears it. A period needs both
     * days, the last not before the first.
     */
    public void markAway(java.time.LocalDate from, java.time.LocalDate to) {
        if ((from == null) != (to == null)) {
            throw new DomainException("Give both the first and the last day away").withKey("error.away.bothDays");
        }
        if (from != null && to.isBefore(from)) {
            throw new DomainException("The last day away (" + to + ") is before the first (" + from + ")")
                    .withKey("error.away.order", to, from);
        }
        awayFrom = from;
        awayTo = to;
    }

    public java.time.LocalDate awayFrom() {
        return awayFrom;
    }

    public java.time.LocalDate awayTo() {
        return awayTo;
    }

    /** Whether the day falls in the period away. */
    public boolean awayOn(java.time.LocalDate day) {
        return awayFrom != null && !day.isBefore(awayFrom) && !day.isAfter(awayTo);
    }

    /** The user's e-mail address, in lower case; {@code null} until one is set. */
    public String email() {
        return email;
    }

    /** Sets the address as given; the identity context checks its format and that no one else has it. */
    public void changeEmail(String address) {
        email = address == null || address.isBlank() ? null : address.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** The account's version: see {@link #stamp}. */
    public long stamp() {
        return stamp;
    }

    public long sessionEpoch() {
        return sessionEpoch;
    }

    /** Ends every session of the user, on every device, at their next request. */
    public void endAllSessions() {
        sessionEpoch++;
    }

    /** Whether a session that was stamped with an epoch at sign-in still stands. */
    public boolean sessionStillValid(Long stampedEpoch) {
        return enabled && stampedEpoch != null && stampedEpoch == sessionEpoch;
    }
}
