package org.m4d.grants.programme.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import org.m4d.grants.platform.domain.DomainException;

/**
 * A narrative section a call asks (ADR 34): a section of the programme's library (its code is the
 * {@link SectionKey}'s name) or a free one (code {@code FREE_<position>}), with its question and help
 * in English, French and Spanish, whether an answer is required to submit, its word limit and
 * whether the short form asks it too.
 */
@Embeddable
public class CallSection {

    /** The longest question, in characters. */
    public static final int MAX_QUESTION = 1000;
    /** The longest help text, in characters. */
    public static final int MAX_HELP = 2000;
    /** The highest word limit a section may set. */
    public static final int MAX_WORDS = 10_000;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private boolean library;

    @Column(name = "question_en", nullable = false, length = MAX_QUESTION)
    private String questionEn;

    @Column(name = "question_fr", nullable = false, length = MAX_QUESTION)
    private String questionFr;

    @Column(name = "question_es", nullable = false, length = MAX_QUESTION)
    private String questionEs;

    @Column(name = "help_en", length = MAX_HELP)
    private String helpEn;

    @Column(name = "help_fr", length = MAX_HELP)
    private String helpFr;

    @Column(name = "help_es", length = MAX_HELP)
    private String helpEs;

    @Column(nullable = false)
    private boolean required;

    @Column(name = "word_limit", nullable = false)
    private int wordLimit;

    @Column(name = "short_form", nullable = false)
    private boolean shortForm;

    protected CallSection() {
    }

    /** A section's texts in the three languages of the app, in the order English, French, Spanish. */
    public record Texts(String en, String fr, String es) {
        public String in(String language) {
            return switch (language) {
                case "fr" -> fr;
                case "es" -> es;
                default -> en;
            };
        }

        boolean complete() {
            return en != null && !en.isBlank() && fr != null && !fr.isBlank() && es != null && !es.isBlank();
        }

        Texts stripped() {
            return new Texts(strip(en), strip(fr), strip(es));
        }

        private static String strip(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    /**
     * A section at a place in the call (from 1).
     *
     * @param key the library section, or null for a free one
     * @throws DomainException with no question in one of the languages, a text too long, or a word
     *                         limit that is not 1 to {@link #MAX_WORDS}
     */
    public static CallSection of(int position, SectionKey key, Texts question, Texts help, boolean required,
                                 Integer wordLimit, boolean shortForm) {
        String code = key == null ? "FREE_" + position : key.name();
        if (question == null || !question.complete()) {
            throw new DomainException("Section " + position
                    + " needs its question in English, French and Spanish")
                    .withKey("error.call.sectionQuestion", position);
        }
        Texts q = question.stripped();
        Texts h = help == null ? new Texts(null, null, null) : help.stripped();
        for (String text : new String[] {q.en(), q.fr(), q.es()}) {
            if (text.length() > MAX_QUESTION) {
                throw new DomainException("The question of section " + position
                        + " is longer than " + MAX_QUESTION + " characters")
                        .withKey("error.call.sectionTooLong", position, MAX_QUESTION);
            }
        }
        for (String text : new String[] {h.en(), h.fr(), h.es()}) {
            if (text != null && text.length() > MAX_HELP) {
                throw new DomainException("The help of section " + position
                        + " is longer than " + MAX_HELP + " characters")
                        .withKey("error.call.sectionTooLong", position, MAX_HELP);
            }
        }
        if (wordLimit == null || wordLimit <= 0 || wordLimit > MAX_WORDS) {
            throw new DomainException("The word limit of section " + position
                    + " must be 1 to " + MAX_WORDS + ", not " + wordLimit)
                    .withKey("error.call.sectionWords", position, MAX_WORDS, String.valueOf(wordLimit));
        }
        CallSection section = new CallSection();
        section.position = position;
        section.code = code;
        section.library = key != null;
        section.questionEn = q.en();
        section.questionFr = q.fr();
        section.questionEs = q.es();
        section.helpEn = h.en();
        section.helpFr = h.fr();
        section.helpEs = h.es();
        section.required = required;
        section.wordLimit = wordLimit;
        section.shortForm = shortForm;
        return section;
    }

    public int position() {
        return position;
    }

    /** The library key's name, or {@code FREE_<position>}: what an answer names. */
    public String code() {
        return code;
    }

    public boolean library() {
        return library;
    }

    public Texts question() {
        return new Texts(questionEn, questionFr, questionEs);
    }

    /** The help in the three languages; a language without help is null. */
    public Texts help() {
        return new Texts(helpEn, helpFr, helpEs);
    }

    /** The question in a locale's language (English for any other). */
    public String question(Locale locale) {
        return question().in(locale.getLanguage());
    }

    public String help(Locale locale) {
        return help().in(locale.getLanguage());
    }

    public boolean required() {
        return required;
    }

    public int wordLimit() {
        return wordLimit;
    }

    /** Whether the short form asks the section too (the full form asks every section). */
    public boolean shortForm() {
        return shortForm;
    }
}
