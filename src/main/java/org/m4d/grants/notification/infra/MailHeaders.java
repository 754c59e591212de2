package org.m4d.grants.notification.infra;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Text that becomes a mail header. A CR or LF in it would end the header and start one of the
 * sender's choosing (header injection); a subject is folded to one line, an address is refused.
 */
final class MailHeaders {

    private MailHeaders() {
    }

    /** The text on one line: each run of CR, LF and other control characters becomes one space. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /** A single plain address, strictly parsed; anything with a line break or a second address is refused. */
    static InternetAddress address(String address) throws AddressException {
        if (address == null || address.chars().anyMatch(c -> Character.isISOControl(c))) {
            throw new AddressException("The address contains a control character");
        }
        InternetAddress parsed = new InternetAddress(address, true);
        if (parsed.isGroup() || parsed.getPersonal() != null || !parsed.getAddress().equals(address.strip())) {
            throw new AddressException("Not a single plain address");
        }
        return parsed;
    }
}
