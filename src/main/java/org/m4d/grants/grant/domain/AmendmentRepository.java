package org.m4d.grants.grant.domain;

import java.util.List;

/** Amendments and agreement versions of grants, always within the country of the tenant context. */
public interface AmendmentRepository {

    /** A grant's amendments, the first first. */
    List<Amendment> amendments(long grantId);

    /** A grant's versions, version 1 first. */
    List<AgreementVersion> versions(long grantId);

    void store(Amendment amendment);

    void store(AgreementVersion version);
}
