package org.m4d.grants.it;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Test data the API cannot create: written straight into the database, as the application would. */
final class Fixtures {

    private static final Map<String, Long> PARTNERS = new ConcurrentHashMap<>();

    private Fixtures() {
    }

    /**
     * A partner of the country rated so by an assessment of a year ago, valid for five years, as
     * the partner context records them; one per country and rating for the whole run; its id.
     */
    static long assessedPartner(String tenant, String rating) {
        return PARTNERS.computeIfAbsent(tenant + "-" + rating, key -> {
            long id = Database.count("SELECT nextval('m4d_seq')");
            String name = "IT partner rated " + rating + " " + id;
            LocalDate assessed = LocalDate.now().minusYears(1);
            try (Connection c = Database.connect()) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO partner (id, tenant_id, name, name_key, type, "
                        + "created_by, created_at, version) VALUES (?, ?, ?, ?, 'NGO_CSO', ?, ?, 0)")) {
                    s.setLong(1, id);
                    s.setString(2, tenant);
                    s.setString(3, name);
                    s.setString(4, name.toLowerCase());
                    s.setString(5, tenant.toLowerCase() + ".coordinator");
                    s.setTimestamp(6, Timestamp.from(Instant.now()));
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("INSERT INTO risk_assessment (id, tenant_id, partner_id, "
                        + "rating, assessed_on, assessor, valid_until, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, 'IT assessor', ?, ?, ?)")) {
                    s.setLong(1, id - 1);
                    s.setString(2, tenant);
                    s.setLong(3, id);
                    s.setString(4, rating);
                    s.setDate(5, Date.valueOf(assessed));
                    s.setDate(6, Date.valueOf(assessed.plusYears(5)));
                    s.setString(7, tenant.toLowerCase() + ".coordinator");
                    s.setTimestamp(8, Timestamp.from(Instant.now()));
                    s.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return id;
        });
    }

    /**
     * A file attached to a proposal (attachments are uploaded through the wizard's page only); its id.
     * The id is a whole block of the application's sequence, so the application never hands it out.
     */
    static long attachment(String tenant, long proposalId, String fileName, String content) {
        return attachment(tenant, proposalId, fileName, "application/pdf", content);
    }

    /** As above, of the content type the upload would have decided. */
    static long attachment(String tenant, long proposalId, String fileName, String contentType, String content) {
        long id = Database.count("SELECT nextval('m4d_seq')");
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        try (Connection c = Database.connect()) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO attachment (id, tenant_id, proposal_id, file_name, "
                    + "content_type, size_bytes, sha256, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, id);
                s.setString(2, tenant);
                s.setLong(3, proposalId);
                s.setString(4, fileName);
                s.setString(5, contentType);
                s.setLong(6, bytes.length);
                s.setString(7, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
                s.setString(8, tenant.toLowerCase() + ".applicant");
                s.setTimestamp(9, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO attachment_content (id, tenant_id, attachment_id, content) VALUES (?, ?, ?, ?)")) {
                s.setLong(1, id - 1);
                s.setString(2, tenant);
                s.setLong(3, id);
                s.setBytes(4, bytes);
                s.executeUpdate();
            }
        } catch (SQLException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /**
     * A notification as the notification context writes it (unread; {@code mail} NONE, QUEUED,
     * DIGEST_PENDING or DIGESTED); its id.
     */
    static long notification(String tenant, String recipient, String summary, String link, Instant createdAt,
                             String mail) {
        long id = Database.count("SELECT nextval('m4d_seq')");
        try (Connection c = Database.connect(); PreparedStatement s = c.prepareStatement("INSERT INTO notification "
                + "(id, tenant_id, recipient, kind, summary, link, created_at, mail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            s.setLong(1, id);
            s.setString(2, tenant);
            s.setString(3, recipient);
            s.setString(4, "TASK_NEW");
            s.setString(5, summary);
            s.setString(6, link);
            s.setTimestamp(7, Timestamp.from(createdAt));
            s.setString(8, mail);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }
}
