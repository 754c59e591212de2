package org.m4d.grants.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The official IATI 2.03 activity schema and codelists in {@code ../shared/iati/}, read where they
 * are (never copied into the project): validates an export and checks each of its codes against its
 * list. Where the folder is absent the test is skipped with that reason, unless {@code CI=true},
 * where a missing reference is a failure.
 */
public final class IatiStandard {

    private static final Path FOLDER = Path.of("..", "shared", "iati");

    /** Where each coded attribute of the export must take its value from. */
    private static final Map<String, String> CODED = codedAttributes();

    private IatiStandard() {
    }

    private static Map<String, String> codedAttributes() {
        Map<String, String> coded = new LinkedHashMap<>();
        coded.put("//transaction-type/@code", "TransactionType");
        coded.put("//participating-org/@role", "OrganisationRole");
        coded.put("//participating-org/@type | //reporting-org/@type", "OrganisationType");
        coded.put("//activity-status/@code", "ActivityStatus");
        coded.put("//activity-date/@type", "ActivityDateType");
        coded.put("//sector/@vocabulary", "SectorVocabulary");
        coded.put("//sector[@vocabulary='1']/@code", "Sector");
        coded.put("//recipient-country/@code", "Country");
        coded.put("//@currency | //@default-currency", "Currency");
        return coded;
    }

    /** Skips the calling test when the reference files are absent, or fails it under CI. */
    public static void requirePresent() {
        if (Files.isRegularFile(FOLDER.resolve("xsd/iati-activities-schema.xsd"))) {
            return;
        }
        String why = "The IATI 2.03 schema and codelists are not in " + FOLDER.toAbsolutePath().normalize()
                + ": the export cannot be checked against the standard";
        if ("true".equals(System.getenv("CI"))) {
            fail(why);
        }
        Assumptions.abort(why);
    }

    /** Validates the file against {@code iati-activities-schema.xsd}; the exception names the first error. */
    public static void validate(byte[] xml) throws SAXException, IOException {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(FOLDER.resolve("xsd/iati-activities-schema.xsd").toFile())
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /**
     * Checks every coded attribute of the file against its codelist; each attribute must occur
     * (so that the check is not passed by leaving it out). Returns the codes found, by list.
     */
    public static Map<String, Set<String>> checkCodes(Document doc) throws Exception {
        Map<String, Set<String>> found = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> coded : CODED.entrySet()) {
            Set<String> allowed = codelist(coded.getValue());
            NodeList values = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(coded.getKey(), doc, XPathConstants.NODESET);
            assertThat(values.getLength()).as(coded.getKey() + " in the export").isPositive();
            for (int i = 0; i < values.getLength(); i++) {
                String code = values.item(i).getNodeValue();
                found.computeIfAbsent(coded.getValue(), k -> new HashSet<>()).add(code);
                if (!allowed.contains(code)) {
                    wrong.add(coded.getKey() + " = " + code + " is not in " + coded.getValue());
                }
            }
        }
        assertThat(wrong).as("codes outside their codelists").isEmpty();
        return found;
    }

    /** The codes of one codelist file. */
    public static Set<String> codelist(String name) throws Exception {
        Document list = parse(Files.readAllBytes(FOLDER.resolve("codelists/" + name + ".xml")));
        NodeList codes = list.getElementsByTagName("code");
        Set<String> set = new HashSet<>();
        for (int i = 0; i < codes.getLength(); i++) {
            set.add(codes.item(i).getTextContent().strip());
        }
        return set;
    }

    public static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
