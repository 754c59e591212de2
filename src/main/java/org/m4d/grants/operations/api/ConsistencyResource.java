package org.m4d.grants.operations.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.m4d.grants.operations.application.ConsistencyCheck;
import org.m4d.grants.platform.api.RequestTransaction;

/** The consistency check of every country the caller may check: {@code /api/v1/consistency} (pmu: all eleven). */
@RequestTransaction
@Path("consistency")
@Produces(MediaType.APPLICATION_JSON)
public class ConsistencyResource {

    @Inject
    ConsistencyCheck check;

    @GET
    public ConsistencyDto get() {
        return ConsistencyDto.of(check.all());
    }
}
