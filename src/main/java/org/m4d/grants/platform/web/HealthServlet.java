package org.m4d.grants.platform.web;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.m4d.grants.platform.infra.ApplicationDataSource;
import org.m4d.grants.workflow.infra.EngineHealth;

/** {@code /health}: 200 when the database and the workflow engine answer, 503 otherwise. */
@WebServlet("/health")
public class HealthServlet extends HttpServlet {

    @Resource(lookup = ApplicationDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    EngineHealth engine;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        boolean database = databaseUp();
        boolean workflow = database && engine.up();
        boolean up = database && workflow;
        response.setStatus(up ? HttpServletResponse.SC_OK : HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setContentType("application/json");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(String.format("{\"status\":\"%s\",\"checks\":{\"database\":\"%s\",\"workflow\":\"%s\"}}",
                up ? "UP" : "DOWN", database ? "UP" : "DOWN", workflow ? "UP" : "DOWN"));
    }

    private boolean databaseUp() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
