package org.m4d.grants.partner.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.TenantOwned;

/** An implementing partner of one country: who it is and whom to call. Its rating lives in its assessments. */
@Entity
@Table(name = "partner")
@NamedQuery(name = "Partner.all", query = "SELECT p FROM Partner p ORDER BY p.nameKey, p.id")
@NamedQuery(name = "Partner.byNameKey", query = "SELECT p FROM Partner p WHERE p.nameKey = :key")
public class Partner extends TenantOwned {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_key", nullable = false, length = 200)
    private String nameKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PartnerType type;

    @Column(name = "registration_number", length = 50)
    private String registrationNumber;

    @Column(name = "vendor_number", length = 50)
    private String vendorNumber;

    @Column(name = "contact_name", length = 200)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @Column(name = "contact_phone", length = 50)
    private String contactPhone;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Partner() {
    }

    public Partner(PartnerProfile profile, String createdBy, Instant createdAt) {
        change(profile);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Replaces name, type, numbers and contact. */
    public void change(PartnerProfile profile) {
        if (profile.name() == null || profile.name().isBlank()) {
            throw new DomainException("A partner needs a name").withKey("error.partner.nameRequired");
        }
        if (profile.type() == null) {
            throw new DomainException("A partner needs a type").withKey("error.partner.typeRequired");
        }
        name = profile.name().strip();
        nameKey = keyOf(name);
        type = profile.type();
        registrationNumber = blankToNull(profile.registrationNumber());
        vendorNumber = blankToNull(profile.vendorNumber());
        contactName = blankToNull(profile.contactName());
        contactEmail = blankToNull(profile.contactEmail());
        contactPhone = blankToNull(profile.contactPhone());
    }

    /** The form of a name under which two partners of a country count as the same. */
    public static String keyOf(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String name() {
        return name;
    }

    public String nameKey() {
        return nameKey;
    }

    public PartnerType type() {
        return type;
    }

    public String registrationNumber() {
        return registrationNumber;
    }

    public String vendorNumber() {
        return vendorNumber;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
