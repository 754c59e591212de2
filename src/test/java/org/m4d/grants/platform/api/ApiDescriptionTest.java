package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.api.GrantResource;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.application.ReportSubmission;
import org.m4d.grants.identity.api.MeResource;
import org.m4d.grants.it.ApiDescription;
import org.m4d.grants.it.Routes;
import org.m4d.grants.shell.api.ProposalDto;
import org.m4d.grants.shell.api.ProposalResource;
import org.m4d.grants.shell.api.ReviewDto;
import org.m4d.grants.proposal.application.ProfileInput;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.domain.Beneficiaries;
import org.m4d.grants.review.application.ReviewScoring;
import org.m4d.grants.workflow.api.TaskResource;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.TaskView;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The OpenAPI description in META-INF, without a server: valid, complete for every route, and with
 * each schema's members, types, required members and enum values as the Java types it describes.
 * {@code ApiIT} checks the document Payara serves from it.
 */
class ApiDescriptionTest {

    /** Each object schema of the description and the record it describes. */
    private static final Map<String, Class<? extends Record>> DESCRIBED = described();

    /** Schemas that describe no record: problem details are written by hand (ApiIT checks them). */
    private static final Set<String> NOT_RECORDS = Set.of("Problem", "FieldError");

    private static ApiDescription description;

    @BeforeAll
    static void parse() throws IOException {
        description = ApiDescription.parse(Files.readString(Path.of("src/main/resources/META-INF/openapi.yaml")));
    }

    private static Map<String, Class<? extends Record>> described() {
        Map<String, Class<? extends Record>> map = new LinkedHashMap<>();
        map.put("Me", MeResource.MeDto.class);
        map.put("Membership", MeResource.MembershipDto.class);
        map.put("Proposal", ProposalDto.class);
        map.put("Profile", ProposalDto.ProfileDto.class);
        map.put("Beneficiaries", Beneficiaries.class);
        map.put("BudgetLine", ProposalDto.BudgetLineDto.class);
        map.put("Indicator", ProposalDto.IndicatorDto.class);
        map.put("HistoryEntry", ProposalDto.HistoryDto.class);
        map.put("Review", ReviewDto.class);
        map.put("Diagram", DiagramView.class);
        map.put("Grant", GrantResource.GrantDto.class);
        map.put("Tranche", GrantResource.TrancheDto.class);
        map.put("LedgerEntry", GrantResource.EntryDto.class);
        map.put("Report", GrantResource.ReportDto.class);
        map.put("IndicatorActual", GrantResource.ActualDto.class);
        map.put("Task", TaskView.class);
        map.put("ProposalDraft", ProposalDraft.class);
        map.put("ProfileInput", ProfileInput.class);
        map.put("BeneficiariesInput", ProfileInput.BeneficiariesInput.class);
        map.put("BudgetLineInput", ProfileInput.BudgetLineInput.class);
        map.put("IndicatorInput", ProfileInput.IndicatorInput.class);
        map.put("Withdrawal", ProposalResource.Withdrawal.class);
        map.put("DisbursementEntry", DisbursementEntry.class);
        map.put("Reversal", GrantResource.ReversalPayload.class);
        map.put("Endorsement", TaskResource.Endorsement.class);
        map.put("DecisionPayload", TaskResource.DecisionPayload.class);
        map.put("ConflictDeclaration", TaskResource.ConflictPayload.class);
        map.put("ReviewScoring", ReviewScoring.class);
        map.put("Note", TaskResource.NotePayload.class);
        map.put("TranchePlan", TaskResource.TranchePlanPayload.class);
        map.put("TrancheRelease", TaskResource.ReleasePayload.class);
        map.put("ReportSubmission", ReportSubmission.class);
        map.put("ActualInput", ReportSubmission.ActualInput.class);
        map.put("Verification", TaskResource.VerificationPayload.class);
        return map;
    }

    @Test
    void theDescriptionIsValidOpenApi() {
        assertThat(description.validationMessages()).isEmpty();
        assertThat(description.api().getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void everyRouteIsDescribedWithItsSchemasAndProblemsAndNothingElseIs() {
        assertThat(description.gapsAgainst(Routes.restMethods())).isEmpty();
        assertThat(description.operations()).containsExactlyInAnyOrderElementsOf(Routes.restOperations().stream()
                .map(route -> route.replaceFirst(" ", " /api/v1/")).toList());
    }

    @Test
    void everyObjectSchemaDescribesARecordWithTheSameMembers() {
        Map<String, Schema> schemas = description.api().getComponents().getSchemas();
        Set<String> objects = schemas.entrySet().stream().filter(e -> "object".equals(e.getValue().getType()))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
        objects.removeAll(NOT_RECORDS);
        assertThat(objects).isEqualTo(new TreeSet<>(DESCRIBED.keySet()));
        DESCRIBED.forEach((name, type) -> assertThat(schemas.get(name).getProperties().keySet())
                .as(name).containsExactlyInAnyOrderElementsOf(Arrays.stream(type.getRecordComponents())
                        .map(RecordComponent::getName).toList()));
    }

    @Test
    void everyMemberHasTheTypeOfItsComponent() {
        List<String> mismatches = new ArrayList<>();
        DESCRIBED.forEach((name, type) -> {
            Map<String, Schema> properties = description.api().getComponents().getSchemas().get(name).getProperties();
            for (RecordComponent component : type.getRecordComponents()) {
                Schema<?> property = properties.get(component.getName());
                if (property != null) {
                    String problem = mismatch(property, component.getGenericType());
                    if (problem != null) {
                        mismatches.add(name + "." + component.getName() + ": " + problem);
                    }
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void requiredMembersAreTheConstrainedOnesInRequestsAndThePrimitivesInAnswers() {
        DESCRIBED.forEach((name, type) -> {
            List<String> required = description.api().getComponents().getSchemas().get(name).getRequired();
            Set<String> declared = required == null ? Set.of() : Set.copyOf(required);
            boolean request = Boolean.FALSE.equals(
                    description.api().getComponents().getSchemas().get(name).getAdditionalProperties());
            for (RecordComponent component : type.getRecordComponents()) {
                if (request) {
                    assertThat(declared.contains(component.getName())).as(name + "." + component.getName())
                            .isEqualTo(isConstrainedPresent(component));
                } else if (component.getType().isPrimitive()) {
                    assertThat(declared).as(name).contains(component.getName());
                }
            }
        });
    }

    @Test
    void taskCompletionDescribesAPayloadForEveryTaskKey() {
        List<?> declaredKeys = description.api().getComponents().getSchemas().get("TaskKey").getEnum();
        assertThat(declaredKeys.stream().map(String::valueOf).toList()).containsExactlyInAnyOrderElementsOf(taskKeys());
        String table = description.api().getPaths().get("/api/v1/tenants/{tenant}/tasks/{id}/complete").getPost()
                .getDescription();
        for (String key : taskKeys()) {
            assertThat(table.lines().filter(line -> line.startsWith("| ") && line.contains("`" + key + "`")))
                    .as(key).hasSize(1);
        }
        List<Schema> anyOf = description.api().getPaths().get("/api/v1/tenants/{tenant}/tasks/{id}/complete")
                .getPost().getRequestBody().getContent().get("application/json").getSchema().getAnyOf();
        List<String> payloads = anyOf.stream()
                .map(schema -> schema.get$ref().substring("#/components/schemas/".length())).toList();
        assertThat(payloads).containsExactly("Endorsement", "DecisionPayload", "ProposalDraft", "ConflictDeclaration",
                "ReviewScoring", "Note", "TranchePlan", "TrancheRelease", "ReportSubmission", "Verification");
    }

    /** The task keys: the ids of the user tasks of the models, which the completion switch handles. */
    private static List<String> taskKeys() {
        List<String> keys = new ArrayList<>();
        try (var models = Files.newDirectoryStream(Path.of("bpmn"), "*.bpmn")) {
            for (Path model : models) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                NodeList tasks = factory.newDocumentBuilder().parse(model.toFile())
                        .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
                for (int i = 0; i < tasks.getLength(); i++) {
                    keys.add(((Element) tasks.item(i)).getAttribute("id"));
                }
            }
        } catch (IOException | ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(e);
        }
        return keys;
    }

    private static boolean isConstrainedPresent(RecordComponent component) {
        var accessor = component.getAccessor();
        return accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
    }

    /** Why a schema does not describe a Java type, or null when it does. */
    private String mismatch(Schema<?> declared, Type javaType) {
        Schema<?> schema = description.schema(declared);
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        if (raw.isRecord()) {
            String ref = declared.get$ref();
            return ref != null && DESCRIBED.get(ref.substring(ref.lastIndexOf('/') + 1)) == raw ? null
                    : "not the schema of " + raw.getSimpleName();
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!"array".equals(schema.getType())) {
                return "not an array";
            }
            if (Set.class.isAssignableFrom(raw) && !Boolean.TRUE.equals(schema.getUniqueItems())) {
                return "a set without uniqueItems";
            }
            return mismatch(schema.getItems(), ((ParameterizedType) javaType).getActualTypeArguments()[0]);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "object".equals(schema.getType()) ? null : "not an object";
        }
        String expected = jsonType(raw);
        if (!expected.equals(schema.getType() + (schema.getFormat() == null ? "" : "/" + schema.getFormat()))
                && !expected.equals(schema.getType())) {
            return "is " + schema.getType() + "/" + schema.getFormat() + ", not " + expected;
        }
        if (raw.isEnum()) {
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (schema.getEnum() == null || !new TreeSet<>(schema.getEnum()).equals(new TreeSet<>(constants))) {
                return "enum " + schema.getEnum() + ", not " + constants;
            }
        }
        return null;
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw.isEnum()) {
            return "string";
        }
        if (raw == BigDecimal.class) {
            return "number";
        }
        if (raw == int.class || raw == Integer.class) {
            return "integer/int32";
        }
        if (raw == long.class || raw == Long.class) {
            return "integer/int64";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (raw == LocalDate.class) {
            return "string/date";
        }
        if (raw == Instant.class) {
            return "string/date-time";
        }
        throw new IllegalArgumentException("No JSON type known for " + raw);
    }
}
