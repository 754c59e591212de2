package org.m4d.grants.reporting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.m4d.grants.identity.application.Access;
import org.m4d.grants.identity.application.CurrentUser;
import org.m4d.grants.platform.application.TenantContext;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;

/**
 * The IATI 2.03 activities file of the countries in scope: one country, or every country of the
 * user when none is named (all of them for the global roles). Each country is read by
 * {@link IatiReader} in a transaction of its own, as the dashboard does; hence none here.
 */
@ApplicationScoped
@Transactional(TxType.NOT_SUPPORTED)
public class IatiExport {

    @Inject
    IatiReader reader;

    @Inject
    Access access;

    @Inject
    CurrentUser user;

    /**
     * The file's bytes; a country the user does not belong to answers 404. The schema wants at least
     * one activity: with no grant in the countries in scope there is no file to publish, and the
     * export is refused (422) rather than answering one the registry would reject.
     */
    public byte[] activities(String country, URI sectorVocabulary) {
        List<String> countries = country == null ? readable() : List.of(country);
        if (countries.isEmpty()) {
            throw new ForbiddenException("The IATI file is read by finance, coordinators, the programme unit and observers");
        }
        List<IatiGrant> grants = new ArrayList<>();
        String name = null;
        for (String code : countries) {
            try (TenantContext.Scope in = access.enter(code)) {
                IatiReader.Country read = reader.read();
                name = read.name();
                grants.addAll(read.grants());
            }
        }
        if (grants.isEmpty()) {
            throw countries.size() == 1
                    ? new DomainException(name + " has no grant to publish yet").withKey("error.iati.noGrant", name)
                    : new DomainException("None of your countries has a grant to publish yet")
                            .withKey("error.iati.noGrants");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IatiWriter.write(out, grants, Instant.now(), sectorVocabulary);
        return out.toByteArray();
    }

    /** The user's countries where they read every grant; the file of the others would be refused. */
    private List<String> readable() {
        return user.tenantIds().stream().filter(code -> java.util.Arrays.stream(IatiReader.READERS)
                .anyMatch(role -> user.hasRole(code, role))).sorted().toList();
    }
}
