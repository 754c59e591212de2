package org.m4d.grants.it;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.Produces;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The application's OpenAPI description, checked against the specification and against the
 * application itself, so that a route or a payload cannot go undocumented. Used on the file by a
 * unit test and on the document Payara serves by {@link ApiIT}.
 */
public final class ApiDescription {

    private static final String ROOT = "/api/v1/";
    private static final String PROBLEM = "application/problem+json";

    private final OpenAPI api;
    private final List<String> messages;

    private ApiDescription(SwaggerParseResult result) {
        this.api = result.getOpenAPI();
        this.messages = result.getMessages() == null ? List.of() : List.copyOf(result.getMessages());
    }

    /** Parses a description in YAML or JSON, collecting the parser's validation messages. */
    public static ApiDescription parse(String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new ApiDescription(new OpenAPIV3Parser().readContents(text, null, options));
    }

    public OpenAPI api() {
        return api;
    }

    /** What the OpenAPI 3.0 validation of the parser objects to: nothing, in a valid document. */
    public List<String> validationMessages() {
        return messages;
    }

    /** "METHOD /path" of every operation the document describes. */
    public List<String> operations() {
        TreeSet<String> operations = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((verb, operation) -> operations.add(verb.name() + " " + path)));
        return List.copyOf(operations);
    }

    /**
     * Every way the application's routes fall short in the document: a route missing, or without
     * an operationId, a success schema, a request schema for the body it takes, or a problem answer.
     */
    public List<String> gapsAgainst(Map<String, Method> routes) {
        List<String> gaps = new ArrayList<>();
        routes.forEach((route, method) -> {
            int space = route.indexOf(' ');
            String verb = route.substring(0, space);
            String path = ROOT + route.substring(space + 1);
            PathItem item = api.getPaths().get(path);
            Operation operation = item == null ? null
                    : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(verb));
            if (operation == null) {
                gaps.add(verb + " " + path + ": not described");
                return;
            }
            gaps.addAll(gapsOf(verb + " " + path, operation, takesBody(method), produces(method)));
        });
        return gaps;
    }

    private List<String> gapsOf(String name, Operation operation, boolean takesBody, String produces) {
        List<String> gaps = new ArrayList<>();
        if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
            gaps.add(name + ": no operationId");
        }
        boolean success = false;
        boolean problem = false;
        for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
            ApiResponse response = response(entry.getValue());
            if (entry.getKey().equals("204")) {
                success = true;
            } else if (entry.getKey().startsWith("2")) {
                success = schemaOf(response.getContent(), produces) != null
                        || schemaOf(response.getContent(), "text/csv") != null;
            } else if (entry.getKey().startsWith("4")) {
                problem = schemaOf(response.getContent(), PROBLEM) != null;
            }
        }
        if (!success) {
            gaps.add(name + ": no success response with a schema");
        }
        if (!problem) {
            gaps.add(name + ": no problem+json response");
        }
        RequestBody body = operation.getRequestBody() == null ? null : requestBody(operation.getRequestBody());
        if (takesBody && (body == null || schemaOf(body.getContent(), "application/json") == null)) {
            gaps.add(name + ": takes a body but describes no request schema");
        }
        if (!takesBody && body != null) {
            gaps.add(name + ": describes a body it does not take");
        }
        return gaps;
    }

    /** What the operation answers with: its own or its resource's {@code @Produces}, JSON when neither says. */
    private static String produces(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null ? "application/json" : produces.value()[0];
    }

    /** A parameter with no JAX-RS annotation is the request's entity. */
    private static boolean takesBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (parameter.getAnnotations().length == 0) {
                return true;
            }
        }
        return false;
    }

    private static Schema<?> schemaOf(Content content, String mediaType) {
        MediaType type = content == null ? null : content.get(mediaType);
        return type == null ? null : type.getSchema();
    }

    /** The schema itself, following a reference into the components. */
    public Schema<?> schema(Schema<?> schema) {
        String ref = schema.get$ref();
        return ref == null ? schema : api.getComponents().getSchemas().get(name(ref));
    }

    private ApiResponse response(ApiResponse response) {
        String ref = response.get$ref();
        return ref == null ? response : api.getComponents().getResponses().get(name(ref));
    }

    private RequestBody requestBody(RequestBody body) {
        String ref = body.get$ref();
        return ref == null ? body : api.getComponents().getRequestBodies().get(name(ref));
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
