package org.m4d.grants.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;

/**
 * A unique or foreign key the database refused (SQL state class 23), e.g. under a race, is a 409;
 * any other database failure is unexpected.
 */
@Provider
public class SqlProblems implements ExceptionMapper<SQLException> {

    @Override
    public Response toResponse(SQLException exception) {
        if (exception.getSQLState() != null && exception.getSQLState().startsWith("23")) {
            return Problem.of(Response.Status.CONFLICT, "This conflicts with a record that already exists");
        }
        return Incidents.of(exception);
    }
}
