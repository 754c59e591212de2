package org.m4d.grants.partner.web;

import java.io.Serializable;
import org.m4d.grants.partner.application.PartnerInput;
import org.m4d.grants.partner.domain.Partner;
import org.m4d.grants.partner.domain.PartnerType;

/** The fields of the partner form, as typed, kept across a refused save. */
public class PartnerFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private PartnerType type;
    private String registrationNumber;
    private String vendorNumber;
    private String contactName;
    private String contactEmail;
    private String contactPhone;

    static PartnerFields of(Partner partner) {
        PartnerFields fields = new PartnerFields();
        fields.name = partner.name();
        fields.type = partner.type();
        fields.registrationNumber = partner.registrationNumber();
        fields.vendorNumber = partner.vendorNumber();
        fields.contactName = partner.contactName();
        fields.contactEmail = partner.contactEmail();
        fields.contactPhone = partner.contactPhone();
        return fields;
    }

    PartnerInput toInput() {
        return new PartnerInput(name, type, registrationNumber, vendorNumber, contactName, contactEmail, contactPhone);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }

    public String getVendorNumber() {
        return vendorNumber;
    }

    public void setVendorNumber(String vendorNumber) {
        this.vendorNumber = vendorNumber;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
