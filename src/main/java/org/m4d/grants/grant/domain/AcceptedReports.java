package org.m4d.grants.grant.domain;

import java.util.List;

/** The country's accepted reports, oldest first: what the results roll-up reads. */
public interface AcceptedReports {

    List<Report> accepted();
}
