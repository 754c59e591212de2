package org.m4d.grants.platform.infra;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The driver properties beside the URL: PostgreSQL gives up connecting after 5 s unless the URL says otherwise. */
class RoutingDataSourceTest {

    @Test
    void postgresqlGetsAConnectTimeoutUnlessTheUrlSetsOne() {
        assertThat(RoutingDataSource.properties("jdbc:postgresql://db/m4d", "m4d", "s").getProperty("connectTimeout"))
                .isEqualTo("5");
        assertThat(RoutingDataSource.properties("jdbc:postgresql://db/m4d?connectTimeout=2", "m4d", "s")
                .getProperty("connectTimeout")).isNull();
        assertThat(RoutingDataSource.properties("jdbc:h2:file:./data/m4d", "sa", "").getProperty("connectTimeout")).isNull();
        assertThat(RoutingDataSource.properties("jdbc:postgresql://db/m4d", "m4d", "s").getProperty("user")).isEqualTo("m4d");
    }
}
