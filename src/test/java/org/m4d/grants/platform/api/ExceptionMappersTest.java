package org.m4d.grants.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Providers;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.m4d.grants.platform.domain.ConflictException;
import org.m4d.grants.platform.domain.DomainException;
import org.m4d.grants.platform.domain.ForbiddenException;

/** Each exception type has its own mapper, with the status and body the API has always answered. */
class ExceptionMappersTest {

    /** The mappers the API registers, found by the closest type as Jersey finds them. */
    private static final List<ExceptionMapper<?>> MAPPERS = List.of(new NotFoundProblems(), new ForbiddenProblems(),
            new ConflictProblems(), new RuleProblems(), new ValidationProblems(), new JsonbProblems(),
            new JsonProblems(), new ProcessingProblems(), new OptimisticLockProblems(), new PessimisticLockProblems(),
            new SqlProblems(), new WebApplicationProblems());

    private static JsonObject body(Response response) {
        assertThat(response.getMediaType()).hasToString(Problem.MEDIA_TYPE);
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }

    private static UnexpectedProblems unexpected() {
        return unexpected(true);
    }

    private static UnexpectedProblems unexpected(boolean databaseAnswers) {
        UnexpectedProblems mapper = new UnexpectedProblems();
        mapper.providers = new ClosestMapper(mapper);
        mapper.database = () -> databaseAnswers;
        return mapper;
    }

    @Test
    void aDatabaseOutOfReachIsA503WithRetryAfterHoweverItIsWrapped() {
        SQLException cut = new SQLException("An I/O error occurred while sending to the backend", "08006");
        for (Response response : List.of(new SqlProblems().toResponse(cut),
                new PessimisticLockProblems().toResponse(new jakarta.persistence.PessimisticLockException(cut)),
                unexpected().toResponse(new TransactionalException("commit failed", new PersistenceException(cut))))) {
            assertThat(response.getStatus()).isEqualTo(503);
            assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
            assertThat(body(response)).isEqualTo(Json.createObjectBuilder().add("type", "about:blank")
                    .add("title", "Service Unavailable").add("status", 503)
                    .add("detail", "The database cannot be reached just now; nothing was saved. Send the same request again later")
                    .build());
        }
        // a lock another transaction holds is still a conflict
        assertThat(new PessimisticLockProblems().toResponse(new jakarta.persistence.PessimisticLockException()).getStatus())
                .isEqualTo(409);
    }

    @Test
    void refusalsAnswerWithTheirOwnStatusAndText() {
        assertThat(body(new NotFoundProblems().toResponse(new org.m4d.grants.platform.domain.NotFoundException("Proposal 7"))))
                .isEqualTo(Json.createObjectBuilder().add("type", "about:blank").add("title", "Not Found")
                        .add("status", 404).add("detail", "Proposal 7 not found").build());
        assertThat(new ForbiddenProblems().toResponse(new ForbiddenException("Only finance")).getStatus()).isEqualTo(403);
        assertThat(body(new ConflictProblems().toResponse(new ConflictException("Task claimed"))).getString("detail"))
                .isEqualTo("Task claimed");
        JsonObject rule = body(new RuleProblems().toResponse(new DomainException("Above the tranche")));
        assertThat(rule.getInt("status")).isEqualTo(422);
        assertThat(rule.getString("title")).isEqualTo("Unprocessable Content");
        assertThat(rule.getString("detail")).isEqualTo("Above the tranche");
    }

    @Test
    void aRefusalWrappedByTheTransactionIsAnsweredByItsOwnMapper() {
        Response response = unexpected().toResponse(
                new TransactionalException("rolled back", new DomainException("Above the tranche")));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(body(response).getString("detail")).isEqualTo("Above the tranche");
    }

    @Test
    void lockConflictsAndDuplicateRowsAre409() {
        assertThat(body(new OptimisticLockProblems().toResponse(new OptimisticLockException())).getString("detail"))
                .isEqualTo("Someone else changed this meanwhile; reload and try again");
        Response duplicate = unexpected().toResponse(new PersistenceException("insert failed",
                new SQLException("duplicate key value violates unique constraint", "23505")));
        assertThat(duplicate.getStatus()).isEqualTo(409);
        assertThat(body(duplicate).getString("detail")).isEqualTo("This conflicts with a record that already exists");
    }

    @Test
    void unreadableBodiesAre400AndOurOwnReadersSayWhy() {
        assertThat(body(new ProcessingProblems().toResponse(new ProcessingException("x", new JsonbException("y"))))
                .getString("detail")).isEqualTo("The request body is not valid JSON for this operation");
        Response bounded = new JsonbProblems().toResponse(new JsonbException("wrapped",
                new StrictNumbers.BadNumber("requestedAmount: at most 15 digits before the point")));
        assertThat(bounded.getStatus()).isEqualTo(400);
        assertThat(body(bounded).getString("detail")).isEqualTo("requestedAmount: at most 15 digits before the point");
    }

    @Test
    void webApplicationExceptionsKeepTheirStatusWithoutJerseysText() {
        assertThat(body(new WebApplicationProblems().toResponse(new NotFoundException())).getString("detail"))
                .isEqualTo("No such resource");
        JsonObject notAllowed = body(new WebApplicationProblems().toResponse(new NotAllowedException("GET")));
        assertThat(notAllowed.getInt("status")).isEqualTo(405);
        assertThat(notAllowed.getString("detail")).isEqualTo("Method Not Allowed");
    }

    @Test
    void anythingElseIs500WithAnIncidentAndNoClassName() {
        Response response = unexpected().toResponse(new IllegalStateException("java.lang.NullPointerException in Foo"));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(body(response).getString("detail"))
                .matches("The request could not be completed and nothing was saved; incident [0-9a-f-]{36}");
        assertThat(unexpected().toResponse(new SQLException("deadlock detected", "40P01")).getStatus()).isEqualTo(500);
    }

    @Test
    void aFailureNoMapperKnowsWhileTheDatabaseDoesNotAnswerIs503() {
        // the server's wrapping of a connection cut at the start of an outage, its cause lost
        Response response = unexpected(false).toResponse(new TransactionalException("rolled back", new IllegalStateException()));
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("30");
        assertThat(body(response).getString("detail"))
                .isEqualTo("The database cannot be reached just now; nothing was saved. Send the same request again later");
        // a refusal is the caller's, database or not
        assertThat(unexpected(false).toResponse(new TransactionalException("rolled back",
                new ConflictException("taken"))).getStatus()).isEqualTo(409);
    }

    /** Jersey's choice of mapper: the one registered for the closest supertype of the exception. */
    private record ClosestMapper(UnexpectedProblems fallback) implements Providers {

        @Override
        @SuppressWarnings("unchecked")
        public <T extends Throwable> ExceptionMapper<T> getExceptionMapper(Class<T> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                for (ExceptionMapper<?> mapper : MAPPERS) {
                    if (handledType(mapper) == c) {
                        return (ExceptionMapper<T>) mapper;
                    }
                }
            }
            return (ExceptionMapper<T>) fallback;
        }

        private static Type handledType(ExceptionMapper<?> mapper) {
            return ((java.lang.reflect.ParameterizedType) mapper.getClass().getGenericInterfaces()[0])
                    .getActualTypeArguments()[0];
        }

        @Override
        public <T> MessageBodyReader<T> getMessageBodyReader(Class<T> type, Type genericType, Annotation[] annotations,
                MediaType mediaType) {
            return null;
        }

        @Override
        public <T> MessageBodyWriter<T> getMessageBodyWriter(Class<T> type, Type genericType, Annotation[] annotations,
                MediaType mediaType) {
            return null;
        }

        @Override
        public <T> ContextResolver<T> getContextResolver(Class<T> contextType, MediaType mediaType) {
            return null;
        }
    }
}
