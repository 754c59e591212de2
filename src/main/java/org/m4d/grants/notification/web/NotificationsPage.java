package org.m4d.grants.notification.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.m4d.grants.notification.application.MyNotifications;
import org.m4d.grants.notification.domain.Notification;
import org.m4d.grants.platform.web.Formats;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * Backs {@code app/notifications.xhtml}: the signed-in user's notifications, newest first, a page at
 * a time. {@code ?open=<id>} marks one read and goes to its page, so a link in the list is a real
 * link (a new tab, a bookmark) and still clears the bell.
 */
@Named
@ViewScoped
public class NotificationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient MyNotifications notifications;

    @Inject
    Bell bell;

    @Inject
    Formats formats;

    private Long open;
    private boolean unreadOnly;

    private final LazyDataModel<Notification> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(notifications.count(unreadOnly), Integer.MAX_VALUE);
        }

        @Override
        public List<Notification> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                       Map<String, FilterMeta> filterBy) {
            setRowCount(count(filterBy));
            return notifications.page(unreadOnly, first, Math.min(pageSize, MyNotifications.MAX_PAGE));
        }

        @Override
        public String getRowKey(Notification notification) {
            return String.valueOf(notification.id());
        }
    };

    /** With {@code open}: marks it read (404 when it is not the user's) and goes to its page. */
    public void load() throws IOException {
        if (open != null) {
            String target = notifications.open(open);
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            external.redirect(external.getRequestContextPath() + "/app/" + target);
            faces.responseComplete();
        }
    }

    public void markRead(long id) {
        notifications.markRead(id);
        bell.recount();
        inform(formats.message("notifications.markedRead"));
    }

    public void markAllRead() {
        int marked = notifications.markAllRead();
        bell.recount();
        inform(formats.message("notifications.allMarkedRead", marked));
    }

    private static void inform(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    public LazyDataModel<Notification> getModel() {
        return model;
    }

    public Long getOpen() {
        return open;
    }

    public void setOpen(Long open) {
        this.open = open;
    }

    public boolean isUnreadOnly() {
        return unreadOnly;
    }

    public void setUnreadOnly(boolean unreadOnly) {
        this.unreadOnly = unreadOnly;
    }
}
