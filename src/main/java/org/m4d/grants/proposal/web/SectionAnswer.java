package org.m4d.grants.proposal.web;

import java.io.Serializable;
import org.m4d.grants.proposal.domain.Words;

/** A section of the call as the wizard asks it, in the user's language, with the applicant's text. */
public class SectionAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String question;
    private final String help;
    private final boolean required;
    private final int wordLimit;
    private String text;

    SectionAnswer(String code, String question, String help, boolean required, int wordLimit, String text) {
        this.code = code;
        this.question = question;
        this.help = help;
        this.required = required;
        this.wordLimit = wordLimit;
        this.text = text == null ? "" : text;
    }

    public String getCode() {
        return code;
    }

    public String getQuestion() {
        return question;
    }

    public String getHelp() {
        return help;
    }

    public boolean isRequired() {
        return required;
    }

    public int getWordLimit() {
        return wordLimit;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text == null ? "" : text;
    }

    /** The words of the text as it stands, counted as the application counts them. */
    public int getWords() {
        return Words.count(text);
    }

    public boolean isOverLimit() {
        return getWords() > wordLimit;
    }
}
