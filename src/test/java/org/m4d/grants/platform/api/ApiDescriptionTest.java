package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import org.m4d.grants.assurance.api.AssuranceResource;
import org.m4d.grants.assurance.application.ActivityReport;
import org.m4d.grants.assurance.application.FindingEntry;
import org.m4d.grants.assurance.application.FindingFollowUp;
import org.m4d.grants.assurance.application.PartnerProgress;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.m4d.grants.grant.api.AmendmentResource;
import org.m4d.grants.grant.api.GrantResource;
import org.m4d.grants.grant.application.AmendmentRequest;
import org.m4d.grants.grant.api.FaceDto;
import org.m4d.grants.grant.api.GrantResource;
import org.m4d.grants.grant.application.FaceAcceptance;
import org.m4d.grants.grant.application.AdvanceAuthorisation;
import org.m4d.grants.grant.application.FaceLineInput;
import org.m4d.grants.grant.application.FaceReport;
import org.m4d.grants.grant.application.PaymentRequest;
import org.m4d.grants.grant.application.DisbursementEntry;
import org.m4d.grants.grant.application.ReleasePayload;
import org.m4d.grants.grant.application.TranchePlanPayload;
import org.m4d.grants.grant.application.VerificationPayload;
import org.m4d.grants.grant.application.ReportSubmission;
import org.m4d.grants.identity.api.MeResource;
import org.m4d.grants.identity.api.UserResource;
import org.m4d.grants.notification.api.MyNotificationsResource;
import org.m4d.grants.notification.api.MyPreferencesResource;
import org.m4d.grants.notification.application.PreferencesInput;
import org.m4d.grants.it.ApiDescription;
import org.m4d.grants.partner.api.PartnerResource;
import org.m4d.grants.programme.api.PhaseResource;
import org.m4d.grants.programme.application.PhaseInput;
import org.m4d.grants.partner.application.AssessmentInput;
import org.m4d.grants.partner.application.PartnerInput;
import org.m4d.grants.it.Routes;
import org.m4d.grants.shell.api.ProposalDto;
import org.m4d.grants.shell.api.ProposalResource;
import org.m4d.grants.shell.api.ReviewDto;
import org.m4d.grants.proposal.application.DecisionPayload;
import org.m4d.grants.proposal.application.Endorsement;
import org.m4d.grants.proposal.application.ProfileInput;
import org.m4d.grants.proposal.application.RequiredMarkers;
import org.m4d.grants.proposal.application.ProposalDraft;
import org.m4d.grants.proposal.domain.Beneficiaries;
import org.m4d.grants.review.application.ConflictPayload;
import org.m4d.grants.review.application.ReviewScoring;
import org.m4d.grants.workflow.application.NotePayload;
import org.m4d.grants.workflow.application.TaskHandler;
import org.m4d.grants.workflow.application.TaskHandlers;
import org.m4d.grants.workflow.domain.DiagramView;
import org.m4d.grants.workflow.domain.TaskView;
import org.m4d.grants.grant.application.ClosingPayload;
import org.m4d.grants.practice.api.PracticeDto;
import org.m4d.grants.practice.application.ConsentInput;
import org.m4d.grants.reporting.api.ResultsDto;

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
        map.put("User", UserResource.UserDto.class);
        map.put("EmailChange", UserResource.EmailChange.class);
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
        map.put("Endorsement", Endorsement.class);
        map.put("DecisionPayload", DecisionPayload.class);
        map.put("ConflictDeclaration", ConflictPayload.class);
        map.put("ReviewScoring", ReviewScoring.class);
        map.put("Note", NotePayload.class);
        map.put("TranchePlan", TranchePlanPayload.class);
        map.put("TrancheRelease", ReleasePayload.class);
        map.put("ReportSubmission", ReportSubmission.class);
        map.put("ActualInput", ReportSubmission.ActualInput.class);
        map.put("Verification", VerificationPayload.class);
        map.put("Notification", MyNotificationsResource.NotificationDto.class);
        map.put("NotificationPreferences", MyPreferencesResource.PreferencesDto.class);
        map.put("NotificationPreference", MyPreferencesResource.PreferenceDto.class);
        map.put("NotificationPreferencesInput", PreferencesInput.class);
        map.put("PreferenceChoice", PreferencesInput.Choice.class);
        map.put("FaceDocuments", FaceDto.class);
        map.put("ReleaseBlock", FaceDto.BlockDto.class);
        map.put("FaceDocument", FaceDto.DocumentDto.class);
        map.put("CurrencyRate", org.m4d.grants.tenancy.api.RateResource.CurrencyDto.class);
        map.put("ExchangeRate", org.m4d.grants.tenancy.api.RateResource.RateDto.class);
        map.put("RateInput", org.m4d.grants.tenancy.application.RateInput.class);
        map.put("FaceLine", FaceDto.LineDto.class);
        map.put("FaceReport", FaceReport.class);
        map.put("FaceLineInput", FaceLineInput.class);
        map.put("FaceAcceptance", FaceAcceptance.class);
        map.put("AdvanceAuthorisation", AdvanceAuthorisation.class);
        map.put("PaymentRequest", PaymentRequest.class);
        map.put("PartnerSummary", PartnerResource.PartnerSummaryDto.class);
        map.put("Partner", PartnerResource.PartnerDto.class);
        map.put("Assessment", PartnerResource.AssessmentDto.class);
        map.put("PartnerInput", PartnerInput.class);
        map.put("AssessmentInput", AssessmentInput.class);
        map.put("Amendment", AmendmentResource.AmendmentDto.class);
        map.put("AgreementLine", AmendmentResource.LineDto.class);
        map.put("AgreementVersion", AmendmentResource.VersionDto.class);
        map.put("AmendmentRequest", AmendmentRequest.class);
        map.put("AmendmentLineInput", AmendmentRequest.Line.class);
        map.put("PartnerProgress", PartnerProgress.class);
        map.put("AssurancePlanRequest", AssuranceResource.PlanRequest.class);
        map.put("AssuranceYear", AssuranceResource.PlanDto.class);
        map.put("AssuranceActivity", AssuranceResource.ActivityDto.class);
        map.put("Finding", AssuranceResource.FindingDto.class);
        map.put("ActivityReport", ActivityReport.class);
        map.put("FindingEntry", FindingEntry.class);
        map.put("FindingFollowUp", FindingFollowUp.class);
        map.put("Results", ResultsDto.class);
        map.put("ResultsIndicator", ResultsDto.IndicatorRow.class);
        map.put("ResultsOutcome", ResultsDto.OutcomeRow.class);
        map.put("ResultsMarker", ResultsDto.MarkerRow.class);
        map.put("RequiredMarkers", RequiredMarkers.class);
        map.put("Phase", PhaseResource.PhaseDto.class);
        map.put("PhaseOutcome", PhaseResource.OutcomeDto.class);
        map.put("ProgrammeIndicator", PhaseResource.IndicatorDto.class);
        map.put("PhaseInput", PhaseInput.class);
        map.put("PhaseIndicatorInput", PhaseInput.Indicator.class);
        map.put("Closing", ClosingPayload.class);
        map.put("Practice", PracticeDto.class);
        map.put("PracticeResult", PracticeDto.ResultDto.class);
        map.put("ConsentInput", ConsentInput.class);
        map.put("Consistency", org.m4d.grants.operations.api.ConsistencyDto.class);
        map.put("Mismatch", org.m4d.grants.operations.api.ConsistencyDto.MismatchDto.class);
        map.put("Incident", org.m4d.grants.operations.api.IncidentDto.class);
        map.put("Call", org.m4d.grants.programme.api.CallResource.CallDto.class);
        map.put("CallInput", org.m4d.grants.programme.application.CallInput.class);
        map.put("CallEnvelopeInput", org.m4d.grants.programme.application.CallInput.Envelope.class);
        map.put("CallSection", org.m4d.grants.programme.api.CallResource.SectionDto.class);
        map.put("CallSectionInput", org.m4d.grants.programme.application.CallInput.Section.class);
        map.put("Answers", org.m4d.grants.proposal.api.AnswerResource.AnswersDto.class);
        map.put("Answer", org.m4d.grants.proposal.api.AnswerResource.AnswerDto.class);
        map.put("AnswerInput", org.m4d.grants.proposal.application.AnswerInput.class);
        map.put("AnswerTextInput", org.m4d.grants.proposal.application.AnswerInput.Answer.class);
        map.put("CallFigures", org.m4d.grants.reporting.application.CallFigures.class);
        map.put("AwayPeriod", org.m4d.grants.identity.application.OwnAbsence.Period.class);
        map.put("ReviewAssignment", org.m4d.grants.review.api.ReviewAssignmentResource.AssignmentDto.class);
        map.put("Reassignment", org.m4d.grants.review.api.ReviewAssignmentResource.Reassignment.class);
        map.put("ProposalMember", org.m4d.grants.proposal.api.ProposalMemberResource.MemberDto.class);
        map.put("Invitation", org.m4d.grants.proposal.api.ProposalMemberResource.Invitation.class);
        map.put("Place", org.m4d.grants.proposal.api.PlaceDto.class);
        map.put("PlaceInput", org.m4d.grants.proposal.application.PlaceInput.class);
        map.put("LookAlike", org.m4d.grants.proposal.api.LookAlikeResource.LookAlikeDto.class);
        map.put("LookAlikeReason", org.m4d.grants.proposal.api.LookAlikeResource.ReasonDto.class);
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
    void taskCompletionDescribesThePayloadOfEveryHandler() {
        List<TaskHandler<?>> handlers = TaskHandlers.all();
        List<?> declaredKeys = description.api().getComponents().getSchemas().get("TaskKey").getEnum();
        assertThat(declaredKeys.stream().map(String::valueOf).toList())
                .containsExactlyInAnyOrderElementsOf(handlers.stream().map(TaskHandler::taskKey).toList());
        String table = description.api().getPaths().get("/api/v1/tenants/{tenant}/tasks/{id}/complete").getPost()
                .getDescription();
        for (TaskHandler<?> handler : handlers) {
            List<String> rows = table.lines().filter(line -> line.startsWith("| ")
                    && line.contains("`" + handler.taskKey() + "`")).toList();
            assertThat(rows).as(handler.taskKey()).hasSize(1);
            assertThat(rows.get(0)).as(handler.taskKey())
                    .contains("| `" + schemaOf(handler.payloadType()) + "`");
        }
        List<Schema> anyOf = description.api().getPaths().get("/api/v1/tenants/{tenant}/tasks/{id}/complete")
                .getPost().getRequestBody().getContent().get("application/json").getSchema().getAnyOf();
        List<String> payloads = anyOf.stream()
                .map(schema -> schema.get$ref().substring("#/components/schemas/".length())).toList();
        assertThat(payloads).containsExactlyInAnyOrderElementsOf(handlers.stream()
                .map(handler -> schemaOf(handler.payloadType())).distinct().toList());
    }

    /** The schema that describes a payload record. */
    private static String schemaOf(Class<?> payload) {
        return DESCRIBED.entrySet().stream().filter(e -> e.getValue() == payload).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new AssertionError("No schema describes " + payload.getSimpleName()));
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
