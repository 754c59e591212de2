package org.m4d.grants.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import org.m4d.grants.identity.application.NewUser;
import org.m4d.grants.identity.application.UserAdministration;
import org.m4d.grants.identity.application.UserSummary;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.platform.web.Formats;

/**
 * Backs {@code app/admin/users.xhtml}: the users of the current country, their roles there, new
 * users. Request-scoped and loaded before each rendering, so the list always follows the country
 * switch and shows the outcome of the action just taken.
 */
@Named
@RequestScoped
public class AdminUsers {

    @Inject
    UserAdministration administration;

    @Inject
    FacesContext faces;

    @Inject
    Formats formats;

    private List<UserSummary> users;

    private String newUsername;
    private String newDisplayName;
    private String newPassword;
    private Role newRole;
    private Agency newAgency;
    private String newEmail;
    private String emailUser;
    private String emailAddress;

    private String grantUser;
    private Role grantRole;
    private Agency grantAgency;

    /**
     * Before rendering, after any action: only the country's administrator gets the page (403, or 404
     * for another country), and the list shows the outcome of the action.
     */
    public void load() {
        users = administration.users();
    }

    public void create() {
        try {
            administration.create(new NewUser(newUsername, newDisplayName, newPassword, newRole, newAgency,
                    newEmail));
            confirm("admin.users.created", newUsername);
            newUsername = null;
            newDisplayName = null;
            newRole = null;
            newAgency = null;
            newEmail = null;
        } finally {
            newPassword = null;
        }
    }

    public void grant() {
        administration.grant(grantUser, grantRole, grantAgency);
        confirm("admin.users.granted", formats.label(grantRole), grantUser);
    }

    public void revoke(String username, Role role) {
        administration.revoke(username, role);
        confirm("admin.users.revoked", formats.label(role), username);
    }

    public void changeEmail() {
        administration.changeEmail(emailUser, emailAddress);
        confirm("admin.users.emailChanged", emailUser);
        emailAddress = null;
    }

    public void enable(String username, boolean enabled) {
        administration.setEnabled(username, enabled);
        confirm(enabled ? "admin.users.enabledDone" : "admin.users.disabledDone", username);
    }

    /** The roles a tenant administrator gives: those held in a country, never the global ones. */
    public List<Role> getRoles() {
        return Arrays.stream(Role.values()).filter(r -> !r.global()).toList();
    }

    public Agency[] getAgencies() {
        return Agency.values();
    }

    /**
     * The users of the country; also read before {@link #load} when a posted choice of user is
     * checked against the list.
     */
    public List<UserSummary> getUsers() {
        if (users == null) {
            try {
                users = administration.users();
            } catch (RuntimeException e) {
                // read while a posted choice is validated, before load(): the 403/404 of load() answers
                users = List.of();
            }
        }
        return users;
    }

    private void confirm(String key, Object... args) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, formats.message(key, args), null));
    }

    public String getNewUsername() {
        return newUsername;
    }

    public void setNewUsername(String newUsername) {
        this.newUsername = newUsername == null ? null : newUsername.strip();
    }

    public String getNewDisplayName() {
        return newDisplayName;
    }

    public void setNewDisplayName(String newDisplayName) {
        this.newDisplayName = newDisplayName;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }

    public Agency getNewAgency() {
        return newAgency;
    }

    public void setNewAgency(Agency newAgency) {
        this.newAgency = newAgency;
    }

    public String getGrantUser() {
        return grantUser;
    }

    public void setGrantUser(String grantUser) {
        this.grantUser = grantUser;
    }

    public Role getGrantRole() {
        return grantRole;
    }

    public void setGrantRole(Role grantRole) {
        this.grantRole = grantRole;
    }

    public Agency getGrantAgency() {
        return grantAgency;
    }

    public void setGrantAgency(Agency grantAgency) {
        this.grantAgency = grantAgency;
    }

    public String getNewEmail() {
        return newEmail;
    }

    public void setNewEmail(String newEmail) {
        this.newEmail = newEmail;
    }

    public String getEmailUser() {
        return emailUser;
    }

    public void setEmailUser(String emailUser) {
        this.emailUser = emailUser;
    }

    public String getEmailAddress() {
        return emailAddress;
    }

    public void setEmailAddress(String emailAddress) {
        this.emailAddress = emailAddress;
    }
}
