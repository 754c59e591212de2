package org.m4d.grants.reporting.application;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.m4d.grants.platform.domain.Money;

/**
 * Writes grants as IATI 2.03 activities (one {@code iati-activity} per grant) with StAX, in the
 * element order the activity schema requires. The choices of codes are those of ADR 0027.
 */
public final class IatiWriter {

    public static final String CONTENT_TYPE = "application/xml";

    /** IOM publishes the file: the reporting organisation's ref is its DAC channel identifier. */
    static final String REPORTING_REF = "XM-DAC-47066";
    static final String REPORTING_NAME = "International Organization for Migration (IOM)";
    static final String UNDP_REF = "XM-DAC-41114";
    static final String UNDP_NAME = "United Nations Development Programme (UNDP)";
    static final String MULTILATERAL = "40";

    static final String ROLE_FUNDING = "1";
    static final String ROLE_ACCOUNTABLE = "2";
    static final String ROLE_IMPLEMENTING = "4";

    static final String STATUS_IMPLEMENTATION = "2";
    static final String STATUS_CLOSED = "4";

    static final String PLANNED_START = "1";
    static final String ACTUAL_START = "2";
    static final String PLANNED_END = "3";
    static final String ACTUAL_END = "4";

    static final String COMMITMENT = "2";
    static final String DISBURSEMENT = "3";

    static final String DAC_FIVE_DIGIT = "1";
    static final String OECD_DAC = "1";
    static final String REPORTING_ORGANISATION = "99";

    /** Our four sectors as OECD DAC purpose codes (ADR 0027 says why each). */
    static final Map<String, String> DAC_SECTORS = Map.of(
            "HEALTH", "12110",
            "EDUCATION", "11110",
            "EMPLOYMENT", "16020",
            "SOCIAL_SECURITY", "16010");

    /** Our partner types as IATI organisation types. */
    static final Map<String, String> ORGANISATION_TYPES = Map.of(
            "GOVERNMENT", "10",
            "LOCAL_AUTHORITY", "11",
            "NGO_CSO", "22",
            "ACADEMIC", "80",
            "PRIVATE_SECTOR", "70");

    /** The programme's terms for every grant (ADR 0041): ODA, a standard grant, project-type, untied. */
    static final String FLOW_ODA = "10";
    static final String FINANCE_STANDARD_GRANT = "110";
    static final String AID_PROJECT_TYPE = "C01";
    static final String TIED_UNTIED = "5";

    /** The DAC gender equality policy marker; its significance is the proposal's gender marker (0, 1, 2). */
    static final String MARKER_GENDER_EQUALITY = "1";

    private static final String DESCRIPTION_GENERAL = "1";
    private static final String BUDGET_ORIGINAL = "1";
    private static final String BUDGET_REVISED = "2";
    private static final String BUDGET_COMMITTED = "2";
    private static final String RESULT_OUTPUT = "1";
    private static final String MEASURE_UNIT = "1";
    private static final String MEASURE_PERCENTAGE = "2";

    private final XMLStreamWriter xml;
    private final URI sectorVocabulary;

    private IatiWriter(XMLStreamWriter xml, URI sectorVocabulary) {
        this.xml = xml;
        this.sectorVocabulary = sectorVocabulary;
    }

    /** The identifier of a grant's activity, stable for as long as the grant exists. */
    public static String identifier(String country, long proposalId) {
        return REPORTING_REF + "-M4D-" + country + "-" + proposalId;
    }

    /**
     * Writes the activities file. {@code sectorVocabulary} is where our own sector codes are
     * described (vocabulary 99 needs one).
     */
    public static void write(OutputStream out, List<IatiGrant> grants, Instant generated, URI sectorVocabulary) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new IatiWriter(xml, sectorVocabulary).activities(grants, generated.truncatedTo(ChronoUnit.SECONDS));
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the IATI activities", e);
        }
    }

    private void activities(List<IatiGrant> grants, Instant generated) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", generated.toString());
        for (IatiGrant grant : grants) {
            activity(grant, generated);
        }
        xml.writeEndElement();
        xml.writeEndDocument();
    }

    private void activity(IatiGrant g, Instant generated) throws XMLStreamException {
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("last-updated-datetime", generated.toString());
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", "en");
        xml.writeAttribute("default-currency", g.budget().currency());
        text("iati-identifier", identifier(g.country(), g.proposalId()));
        xml.writeStartElement("reporting-org");
        xml.writeAttribute("ref", REPORTING_REF);
        xml.writeAttribute("type", MULTILATERAL);
        narrative(REPORTING_NAME);
        xml.writeEndElement();
        narrated("title", g.title());
        xml.writeStartElement("description");
        xml.writeAttribute("type", DESCRIPTION_GENERAL);
        narrative(g.description());
        xml.writeEndElement();
        participants(g);
        code("activity-status", g.closedOn() == null ? STATUS_IMPLEMENTATION : STATUS_CLOSED);
        date(PLANNED_START, g.plannedStart());
        date(ACTUAL_START, g.firstPaid());
        date(PLANNED_END, g.plannedEnd());
        date(ACTUAL_END, g.closedOn());
        code("recipient-country", g.country());
        for (IatiGrant.Location l : g.locations()) {
            xml.writeStartElement("location");
            narrated("name", l.municipality() + ", " + l.region());
            xml.writeEndElement();
        }
        sectors(g.sector(), g.sectorName());
        if (g.genderMarker() != null) {
            xml.writeEmptyElement("policy-marker");
            xml.writeAttribute("vocabulary", OECD_DAC);
            xml.writeAttribute("code", MARKER_GENDER_EQUALITY);
            xml.writeAttribute("significance", g.genderMarker().toString());
        }
        code("default-flow-type", FLOW_ODA);
        code("default-finance-type", FINANCE_STANDARD_GRANT);
        xml.writeEmptyElement("default-aid-type");
        xml.writeAttribute("code", AID_PROJECT_TYPE);
        xml.writeAttribute("vocabulary", OECD_DAC);
        code("default-tied-status", TIED_UNTIED);
        String budgetType = g.commitments().size() > 1 ? BUDGET_REVISED : BUDGET_ORIGINAL;
        for (IatiSchedule.Share year : IatiSchedule.years(g.plannedStart(), g.plannedEnd(), g.budget())) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", budgetType);
            xml.writeAttribute("status", BUDGET_COMMITTED);
            period(year);
            xml.writeEndElement();
        }
        for (IatiSchedule.Share tranche : IatiSchedule.tranches(g.plannedStart(), g.plannedEnd(), g.tranches())) {
            xml.writeStartElement("planned-disbursement");
            xml.writeAttribute("type", budgetType);
            period(tranche);
            xml.writeEndElement();
        }
        for (IatiGrant.Commitment c : g.commitments()) {
            transaction(null, COMMITMENT, c.date(), c.value(), c.description());
        }
        for (IatiGrant.Payment p : g.payments()) {
            String what = p.reverses() == null ? "Disbursement " + p.reference()
                    : "Reversal of entry " + paymentRef(g, p.reverses());
            transaction(paymentRef(g, p.id()), DISBURSEMENT, p.date(), p.value(), what);
        }
        results(g);
        xml.writeEndElement();
    }

    private void participants(IatiGrant g) throws XMLStreamException {
        if (g.donor() != null) {
            organisation(null, null, ROLE_FUNDING, g.donor());
        }
        organisation(REPORTING_REF, MULTILATERAL, ROLE_ACCOUNTABLE, REPORTING_NAME);
        organisation(UNDP_REF, MULTILATERAL, ROLE_ACCOUNTABLE, UNDP_NAME);
        if (g.partnerName() != null) {
            organisation(null, ORGANISATION_TYPES.get(g.partnerType()), ROLE_IMPLEMENTING, g.partnerName());
        }
    }

    private void organisation(String ref, String type, String role, String name) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        xml.writeAttribute("role", role);
        narrative(name);
        xml.writeEndElement();
    }

    private void sectors(String sector, String name) throws XMLStreamException {
        xml.writeEmptyElement("sector");
        xml.writeAttribute("vocabulary", DAC_FIVE_DIGIT);
        xml.writeAttribute("code", DAC_SECTORS.get(sector));
        xml.writeAttribute("percentage", "100");
        xml.writeStartElement("sector");
        xml.writeAttribute("vocabulary", REPORTING_ORGANISATION);
        xml.writeAttribute("vocabulary-uri", sectorVocabulary.toString());
        xml.writeAttribute("code", sector);
        xml.writeAttribute("percentage", "100");
        narrative(name);
        xml.writeEndElement();
    }

    /** A budget's or planned disbursement's period and value, valued on the first day. */
    private void period(IatiSchedule.Share share) throws XMLStreamException {
        isoDate("period-start", share.start());
        isoDate("period-end", share.end());
        value(share.value(), share.start());
    }

    private void transaction(String ref, String type, LocalDate date, Money value, String description)
            throws XMLStreamException {
        xml.writeStartElement("transaction");
        if (ref != null) {
            xml.writeAttribute("ref", ref);
        }
        code("transaction-type", type);
        isoDate("transaction-date", date);
        value(value, date);
        narrated("description", description);
        xml.writeEndElement();
    }

    private void results(IatiGrant g) throws XMLStreamException {
        if (g.results().isEmpty()) {
            return;
        }
        xml.writeStartElement("result");
        xml.writeAttribute("type", RESULT_OUTPUT);
        xml.writeAttribute("aggregation-status", "false");
        narrated("title", "Results framework of " + g.title());
        for (IatiGrant.Result r : g.results()) {
            xml.writeStartElement("indicator");
            xml.writeAttribute("measure", "%".equals(r.unit()) ? MEASURE_PERCENTAGE : MEASURE_UNIT);
            xml.writeAttribute("ascending", "true");
            narrated("title", r.unit() == null || r.unit().isBlank() ? r.indicator()
                    : r.indicator() + " (" + r.unit() + ")");
            if (r.baseline() != null) {
                xml.writeEmptyElement("baseline");
                xml.writeAttribute("year", Integer.toString(g.plannedStart().getYear()));
                xml.writeAttribute("iso-date", g.plannedStart().toString());
                xml.writeAttribute("value", plain(r.baseline()));
            }
            for (IatiGrant.Actual a : r.actuals()) {
                xml.writeStartElement("period");
                isoDate("period-start", a.periodStart());
                isoDate("period-end", a.periodEnd());
                xml.writeEmptyElement("target");
                xml.writeAttribute("value", plain(r.target()));
                xml.writeEmptyElement("actual");
                xml.writeAttribute("value", plain(a.value()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static String paymentRef(IatiGrant g, long entryId) {
        return identifier(g.country(), g.proposalId()) + "-D" + entryId;
    }

    private void value(Money amount, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", amount.currency());
        xml.writeAttribute("value-date", valueDate.toString());
        xml.writeCharacters(amount.amount().toPlainString());
        xml.writeEndElement();
    }

    private void date(String type, LocalDate date) throws XMLStreamException {
        if (date != null) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", type);
            xml.writeAttribute("iso-date", date.toString());
        }
    }

    private void isoDate(String element, LocalDate date) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("iso-date", date.toString());
    }

    private void code(String element, String code) throws XMLStreamException {
        xml.writeEmptyElement(element);
        xml.writeAttribute("code", code);
    }

    private void text(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void narrated(String element, String text) throws XMLStreamException {
        xml.writeStartElement(element);
        narrative(text);
        xml.writeEndElement();
    }

    private void narrative(String text) throws XMLStreamException {
        text("narrative", text);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0).toPlainString()
                : value.stripTrailingZeros().toPlainString();
    }
}
