package org.m4d.grants.grant.domain;

import java.util.List;

/**
 * The country's reports that may count towards the results, oldest first: the accepted ones and
 * every final report. The reader keeps those that {@link Report#counts(boolean) count}: a final
 * report only once its grant is closed.
 */
public interface AcceptedReports {

    List<Report> countable();
}
