package org.m4d.grants.partner.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.m4d.grants.partner.domain.PartnerProfile;
import org.m4d.grants.partner.domain.PartnerType;

/** What a coordinator or finance officer enters to add or change a partner. */
public record PartnerInput(
        @NotBlank(message = "{m4d.partner.name.required}")
        @Size(max = 200, message = "{m4d.partner.name.size}")
        String name,
        @NotNull(message = "{m4d.partner.type.required}")
        PartnerType type,
        @Size(max = 50, message = "{m4d.partner.number.size}")
        String registrationNumber,
        @Size(max = 50, message = "{m4d.partner.number.size}")
        String vendorNumber,
        @Size(max = 200, message = "{m4d.partner.contactName.size}")
        String contactName,
        @Email(message = "{m4d.partner.contactEmail.invalid}")
        @Size(max = 254, message = "{m4d.partner.contactEmail.size}")
        String contactEmail,
        @Size(max = 50, message = "{m4d.partner.contactPhone.size}")
        String contactPhone) {

    PartnerProfile toProfile() {
        return new PartnerProfile(name, type, registrationNumber, vendorNumber, contactName, contactEmail, contactPhone);
    }
}
