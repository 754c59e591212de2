package org.m4d.grants.identity.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages: English, French or Spanish. The browser's preference decides until
 * the user chooses; the choice holds for the session.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> SUPPORTED = List.of("en", "fr", "es");

    private String code;

    public String getCode() {
        if (code == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Locale requested = faces == null ? Locale.ENGLISH : faces.getExternalContext().getRequestLocale();
            code = requested != null && SUPPORTED.contains(requested.getLanguage()) ? requested.getLanguage() : "en";
        }
        return code;
    }

    public void setCode(String code) {
        if (code != null && SUPPORTED.contains(code)) {
            this.code = code;
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
