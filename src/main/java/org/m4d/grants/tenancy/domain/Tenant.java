package org.m4d.grants.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A participating country; whether it may receive grants is said by each phase of the programme. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = "Tenant.all", query = "SELECT t FROM Tenant t ORDER BY t.name")
public class Tenant {

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false)
    private String languages;

    /** The country's time zone (IANA id), for digests and due dates. */
    @Column(name = "time_zone", nullable = false, length = 40)
    private String timeZone = "UTC";

    protected Tenant() {
    }

    public Tenant(String code, String name, String currency, String languages) {
        this.code = code;
        this.name = name;
        this.currency = currency;
        this.languages = languages;
    }

    public java.time.ZoneId zone() {
        return java.time.ZoneId.of(timeZone);
    }

    /** Moves the country to another time zone; its region id is kept, never a fixed offset. */
    public void changeZone(java.time.ZoneId zone) {
        timeZone = zone.getId();
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String currency() {
        return currency;
    }
}
