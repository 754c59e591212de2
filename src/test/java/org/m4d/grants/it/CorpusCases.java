package org.m4d.grants.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bad-input corpus: values that break naive code (sizes, types, money precision, dates,
 * unicode and control characters, script and EL injection) placed in each field of a valid body,
 * and bodies that are not what the operation takes at all.
 */
final class CorpusCases {

    /** One request body, named for the report. */
    record Case(String name, String contentType, String body) {
    }

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "\"><img src=x onerror=alert(1)>";
    static final String EL_RESULT = "ELPWNED";

    static final List<String> VALUES = List.of(
            "null", "true", "false", "0", "-1", "-0.01", "1.5", "1000.5", "0.001", "1.0001", "1e400", "1e-400",
            "-1e30", "123456789012345678901234567890", "99999999999999999999.999", "\"\"", "\"   \"", "\"x\"",
            quoted("x".repeat(301)), quoted("x".repeat(20_000)), "[]", "{}", "[1,2,3]", "{\"a\":1}",
            "\"2020-02-30\"", "\"0000-01-01\"", "\"9999-12-31\"", "\"+999999999-12-31\"", "\"2020-13-01\"",
            "\"yesterday\"", "\"Ñandú 移民 🚀 مهاجر\"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u202eevil\"",
            "\"a\\u0007\\u001bb\"", "\"\\ud800\"", "\"line\\nbreak\\ttab\"", quoted(SCRIPT),
            quoted(IMAGE.replace("\"", "\\\"")), "\"#{'EL'.concat('PWNED')}\"", "\"${'EL'.concat('PWNED')}\"",
            "\"'; DROP TABLE proposal; --\"", "\"../../etc/passwd\"", "\"HEALTH\"", "\"health\"", "\"10.7\"",
            "1e1000000000", "1e100000", "-1e1000000000", "1" + "0".repeat(100_000), "4294967300", "-2147483649",
            "9223372036854775808", "1.0000001", "1e-7", "\"1e1000000000\"");

    /** Numbers out of bounds for the query string and the pages' fields: exponents, digits, scale, range. */
    static final List<String> NUMBERS = List.of("1e1000000000", "1e100000", "1" + "0".repeat(5_000), "4294967300",
            "-2147483649", "9223372036854775808", "1.0000001", "\u0661\u0662", "0x10", "NaN");

    /**
     * Addresses that are not one plain address of one user: malformed, a display name or a list, a
     * header injected after a line break, too long, and another user's address in other letter case.
     */
    static final List<String> EMAILS = List.of("\"a@b\"", "\"a@@b.org\"", "\"a b@c.org\"", "\"@b.org\"",
            "\"a@b.org.\"", "\"a..b@c.org\"", "\"Bob <bob@m4d.example>\"", "\"a@m4d.example, b@m4d.example\"",
            "\"a@m4d.example\\r\\nBcc: victim@evil.example\"", "\"a@m4d.example\\nSubject: hi\"",
            "\"a@m4d.example\\r\"", quoted("a".repeat(250) + "@b.org"), "\"np.focal@m4d.example\"",
            "\"NP.Focal@M4D.example\"", "12", "[\"a@m4d.example\"]");

    /** Content types whose charset is unknown, unsupported or not UTF-8. */
    static final List<String> CHARSETS = List.of("bogus", "UTF-7", "x!y", "\"\"", "ISO-8859-1;charset=bogus", "UTF-32",
            "utf-16", "\"bogus\"");

    /** A Java class name of an exception or error, fully qualified or simple. */
    static final java.util.regex.Pattern CLASS_NAME = java.util.regex.Pattern.compile(
            "\\b(java|jakarta|javax|org|com|sun)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b|\\b[A-Z][A-Za-z]*Exception\\b");

    /** A multipart body of the given parts: name to value, or to a file (name, bytes) for a file part. */
    static byte[] multipart(String boundary, Map<String, Object> parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        for (Map.Entry<String, Object> part : parts.entrySet()) {
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.getKey() + "\"").getBytes(utf8));
            if (part.getValue() instanceof Map.Entry<?, ?> file) {
                out.writeBytes(("; filename=\"" + file.getKey() + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(utf8));
                out.writeBytes((byte[]) file.getValue());
            } else {
                out.writeBytes(("\r\n\r\n" + part.getValue()).getBytes(utf8));
            }
            out.writeBytes("\r\n".getBytes(utf8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(utf8));
        return out.toByteArray();
    }

    /** Bodies that are wrong as a whole, whatever the operation. */
    static List<Case> rawBodies(String valid) {
        List<Case> cases = new ArrayList<>();
        String json = "application/json";
        cases.add(new Case("empty body", json, ""));
        cases.add(new Case("no body", json, null));
        cases.add(new Case("open brace", json, "{"));
        cases.add(new Case("cut off", json, valid.substring(0, valid.length() / 2)));
        cases.add(new Case("array", json, "[]"));
        cases.add(new Case("json null", json, "null"));
        cases.add(new Case("json string", json, "\"text\""));
        cases.add(new Case("json number", json, "123"));
        cases.add(new Case("empty object", json, "{}"));
        cases.add(new Case("unknown field only", json, "{\"unknown\":1}"));
        cases.add(new Case("valid plus unknown field", json, valid.replaceFirst("\\{", "{\"isAdmin\":true,")));
        cases.add(new Case("duplicate keys", json, valid.replaceFirst("\\{", "{\"x\":1,\"x\":2,")));
        cases.add(new Case("deep nesting", json, "[".repeat(5000) + "]".repeat(5000)));
        cases.add(new Case("huge string (4 MB)", json, "{\"title\":\"" + "x".repeat(4_000_000) + "\"}"));
        cases.add(new Case("trailing garbage", json, valid + "}}}"));
        cases.add(new Case("single quotes", json, valid.replace('"', '\'')));
        cases.add(new Case("text/plain", "text/plain", valid));
        cases.add(new Case("xml", "application/xml", "<proposal><title>x</title></proposal>"));
        cases.add(new Case("form", "application/x-www-form-urlencoded", "title=x&amount=1"));
        cases.add(new Case("no content type", null, valid));
        return cases;
    }

    /** The template's fields one at a time set to each value of the corpus, the others valid. */
    static List<Case> fieldCases(String template, Map<String, String> defaults) {
        List<Case> cases = new ArrayList<>();
        for (String field : defaults.keySet()) {
            for (String value : VALUES) {
                Map<String, String> values = new LinkedHashMap<>(defaults);
                values.put(field, value);
                cases.add(new Case(field + " = " + abbreviate(value), "application/json", fill(template, values)));
            }
        }
        return cases;
    }

    static String fill(String template, Map<String, String> values) {
        String body = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            body = body.replace("@" + v.getKey() + "@", v.getValue());
        }
        return body;
    }

    /** A proposal with a full profile, in a template whose fields are {@code @name@}. */
    static final String PROPOSAL = "{\"title\":@title@,\"sector\":@sector@,\"leadActor\":@leadActor@,"
            + "\"requestedAmount\":@requestedAmount@,\"profile\":{\"level\":@level@,\"genderMarker\":@genderMarker@,"
            + "\"startDate\":@startDate@,\"endDate\":@endDate@,\"coFinancing\":@coFinancing@,"
            + "\"budgetLines\":[{\"description\":@budgetDescription@,\"amount\":@budgetAmount@}],"
            + "\"indicators\":[{\"name\":@indicatorName@,\"unit\":\"people\",\"baseline\":0,\"target\":@indicatorTarget@}],"
            + "\"sdgTargets\":[@sdgTarget@]}}";

    static Map<String, String> proposalDefaults(String title) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("title", quoted(title));
        d.put("sector", "\"HEALTH\"");
        d.put("leadActor", "\"NATIONAL_INSTITUTION\"");
        d.put("requestedAmount", "1000000");
        d.put("level", "\"NATIONAL\"");
        d.put("genderMarker", "1");
        d.put("startDate", "\"2020-03-01\"");
        d.put("endDate", "\"2023-02-28\"");
        d.put("coFinancing", "0");
        d.put("budgetDescription", "\"Outreach\"");
        d.put("budgetAmount", "1000000");
        d.put("indicatorName", "\"People reached\"");
        d.put("indicatorTarget", "100");
        d.put("sdgTarget", "\"10.7\"");
        return d;
    }

    /** A partner with every field, in a template whose fields are {@code @name@}. */
    static final String PARTNER = "{\"name\":@name@,\"type\":@type@,\"registrationNumber\":@registrationNumber@,"
            + "\"vendorNumber\":@vendorNumber@,\"contactName\":@contactName@,\"contactEmail\":@contactEmail@,"
            + "\"contactPhone\":@contactPhone@}";

    /** phases: a phase pmu adds, with one indicator of its first outcome. */
    static final String PHASE = "{\"id\":@id@,\"name\":@name@,\"donor\":@donor@,\"startDate\":@startDate@,"
            + "\"endDate\":@endDate@,\"outcomes\":[@outcome@],\"eligibleCountries\":[@country@],"
            + "\"indicators\":[{\"outcome\":@indicatorOutcome@,\"name\":@indicatorName@,\"unit\":@unit@}]}";

    /** A phase that overlaps Phase III (2019-11-01 to 2023-10-31), so that it is refused as it stands. */
    static Map<String, String> phaseDefaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("id", "\"CORPUS-PHASE\"");
        d.put("name", "\"Corpus phase\"");
        d.put("donor", "\"SDC\"");
        d.put("startDate", "\"2023-06-01\"");
        d.put("endDate", "\"2024-05-31\"");
        d.put("outcome", "\"Corpus outcome\"");
        d.put("country", "\"NP\"");
        d.put("indicatorOutcome", "1");
        d.put("indicatorName", "\"Officials trained\"");
        d.put("unit", "\"people\"");
        return d;
    }

    /**
     * Phases that must be refused whole: dates overlapping Phase III, an end before the start, an
     * unknown country, an indicator of an outcome the phase lacks, no outcome, Phase III's id.
     */
    static List<Case> refusedPhases() {
        List<Case> cases = new ArrayList<>();
        String[][] changes = {
                {"startDate", "\"2023-10-31\"", "endDate", "\"2027-10-31\""},
                {"startDate", "\"2088-06-01\"", "endDate", "\"2088-05-31\""},
                {"startDate", "\"2088-01-01\"", "country", "\"ZZ\""},
                {"startDate", "\"2088-01-01\"", "indicatorOutcome", "2"},
                {"startDate", "\"2088-01-01\"", "id", "\"M4D-III\""}};
        for (String[] c : changes) {
            Map<String, String> values = new LinkedHashMap<>(phaseDefaults());
            values.put("endDate", "\"2088-12-31\"");
            values.put(c[0], c[1]);
            values.put(c[2], c[3]);
            cases.add(new Case(c[0] + " = " + c[1] + ", " + c[2] + " = " + c[3], "application/json", fill(PHASE, values)));
        }
        Map<String, String> values = new LinkedHashMap<>(phaseDefaults());
        values.put("startDate", "\"2088-01-01\"");
        values.put("endDate", "\"2088-12-31\"");
        cases.add(new Case("no outcome", "application/json", fill(PHASE, values).replace("[\"Corpus outcome\"]", "[]")));
        return cases;
    }

    static Map<String, String> partnerDefaults(String name) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("name", quoted(name));
        d.put("type", "\"NGO_CSO\"");
        d.put("registrationNumber", "\"REG-1\"");
        d.put("vendorNumber", "\"V-1\"");
        d.put("contactName", "\"Awa Ndiaye\"");
        d.put("contactEmail", "\"awa@example.org\"");
        d.put("contactPhone", "\"+221 33 000 00 00\"");
        return d;
    }

    /** A micro-assessment, in a template whose fields are {@code @name@}. */
    static final String ASSESSMENT = "{\"rating\":@rating@,\"assessedOn\":@assessedOn@,\"assessor\":@assessor@,"
            + "\"validUntil\":@validUntil@,\"note\":@note@}";

    static Map<String, String> assessmentDefaults(java.time.LocalDate today) {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("rating", "\"HIGH\"");
        d.put("assessedOn", quoted(today.toString()));
        d.put("assessor", "\"HACT firm\"");
        d.put("validUntil", quoted(today.plusYears(2).toString()));
        d.put("note", "\"Corpus\"");
        return d;
    }

    /**
     * Assessments each of which must be refused: unknown rating, dated after today, ending before it
     * starts or past the longest validity (a year PostgreSQL cannot store made a 500).
     */
    static List<Case> refusedAssessments(java.time.LocalDate today) {
        List<Case> cases = new ArrayList<>();
        for (String[] c : new String[][] {{"rating", "\"EXTREME\""}, {"rating", "\"NOT_ASSESSED\""},
                {"rating", "\"high\""}, {"assessedOn", quoted(today.plusDays(2).toString())},
                {"validUntil", quoted(today.minusDays(1).toString())}, {"validUntil", "\"+999999999-12-31\""},
                {"validUntil", quoted(today.plusYears(11).toString())}, {"assessor", "\"\""}}) {
            Map<String, String> values = assessmentDefaults(today);
            values.put(c[0], c[1]);
            cases.add(new Case(c[0] + " = " + c[1], "application/json", fill(ASSESSMENT, values)));
        }
        return cases;
    }

    static String quoted(String text) {
        return "\"" + text + "\"";
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
    }

    private CorpusCases() {
    }
}
