package org.m4d.grants.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.m4d.grants.identity.application.Preferences;

/**
 * The language of the pages: English, French or Spanish. The browser's preference decides until
 * the user chooses; a signed-in user's choice is kept on their account and comes back at their
 * next sign-in.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(Language.class.getName());
    private static final List<String> SUPPORTED = List.of("en", "fr", "es");

    @Inject
    transient Preferences preferences;

    private String code;
    /** Whether the visitor chose the language, rather than the browser. */
    private boolean chosen;

    public String getCode() {
        if (code == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale requested = faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
            code = requested != null && SUPPORTED.contains(requested.getLanguage()) ? requested.getLanguage() : "en";
        }
        return code;
    }

    /** The user's choice on the switch: it holds for the session and, once signed in, for the account. */
    public void setCode(String code) {
        if (code != null && SUPPORTED.contains(code) && !code.equals(this.code)) {
            this.code = code;
            chosen = true;
            remember();
        }
    }

    /**
     * At sign-in: the account's language wins; an account without one keeps what the visitor chose
     * on the sign-in page.
     */
    public void signedIn() {
        String saved;
        try {
            saved = preferences.language().orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The account's language could not be read", e);
            return;
        }
        if (saved != null && SUPPORTED.contains(saved)) {
            code = saved;
        } else if (chosen) {
            remember();
        }
    }

    /** The session keeps the language even when the account cannot be updated now. */
    private void remember() {
        try {
            preferences.chooseLanguage(code);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The language could not be kept on the account", e);
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(getCode());
    }

    public List<String> getCodes() {
        return SUPPORTED;
    }

    /** The name of a language in that language, for the switch. */
    public String name(String language) {
        Locale locale = Locale.forLanguageTag(language);
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
