package org.m4d.grants.notification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.m4d.grants.notification.application.MailAdministration;
import org.m4d.grants.notification.application.MailView;
import org.m4d.grants.platform.web.Formats;

/**
 * Backs {@code app/admin/mail.xhtml}: the country's failed mail with Retry, and its sent mail.
 * Loaded before each rendering, after any action, so the lists show the retry just made.
 */
@Named
@RequestScoped
public class AdminMail {

    @Inject
    MailAdministration administration;

    @Inject
    FacesContext faces;

    @Inject
    Formats formats;

    private List<MailView> failed;
    private List<MailView> sent;

    /** Before rendering: only the country's administrator gets the page (403, or 404 for another country). */
    public void load() {
        failed = administration.failed();
        sent = administration.sent();
    }

    public void retry(long id, String address) {
        administration.retry(id);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                formats.message("admin.mail.retried", address), null));
    }

    /** Also read when a posted Retry is decoded, before {@link #load()}; the retry checks access itself. */
    public List<MailView> getFailed() {
        if (failed == null) {
            try {
                failed = administration.failed();
            } catch (RuntimeException e) {
                // the 403/404 of load() answers the request
                failed = List.of();
            }
        }
        return failed;
    }

    public List<MailView> getSent() {
        return sent;
    }
}
