package org.m4d.grants.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartConfigTest {

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void aHorizontalCountChartIsABarChartAlongTheYAxisWithWholeTicks() {
        JsonObject config = parse(ChartConfig.bars(List.of("Draft", "Submitted"),
                List.of(new ChartConfig.Series("Proposals", List.of(3L, 0L), "#0b3d91")), true, true));

        assertThat(config.getString("type")).isEqualTo("bar");
        assertThat(config.getJsonObject("options").getString("indexAxis")).isEqualTo("y");
        assertThat(config.getJsonObject("options").getJsonObject("scales").getJsonObject("x")
                .getJsonObject("ticks").getInt("precision")).isZero();
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("Submitted");
        JsonObject dataset = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(3);
        assertThat(config.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getBoolean("display")).isFalse();
    }

    @Test
    void groupedAmountBarsKeepExactDecimalsAndShowALegend() {
        JsonObject config = parse(ChartConfig.bars(List.of("Clinic \"Sahel\""), List.of(
                new ChartConfig.Series("Approved", List.of(new BigDecimal("1250000.50")), "#0b3d91"),
                new ChartConfig.Series("Disbursed", List.of(new BigDecimal("400000.25")), "#047857")), false, false));

        assertThat(config.getJsonObject("options").containsKey("indexAxis")).isFalse();
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(0)).isEqualTo("Clinic \"Sahel\"");
        assertThat(config.getJsonObject("data").getJsonArray("datasets")).hasSize(2);
        assertThat(config.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data")
                .getJsonNumber(0).bigDecimalValue()).isEqualByComparingTo("400000.25");
        assertThat(config.getJsonObject("options").getJsonObject("plugins").getJsonObject("legend")
                .getBoolean("display")).isTrue();
    }

    @Test
    void theTextAlternativeNamesEveryBarWithItsValues() {
        assertThat(ChartConfig.summary("Totals", List.of("Approved", "Disbursed"),
                List.of(List.of("10 USD"), List.of("4 USD", "40 %"))))
                .isEqualTo("Totals: Approved 10 USD; Disbursed 4 USD / 40 %");
    }

    @Test
    void aGrantWithoutADollarFigureIsAGapNotAZero() {
        JsonObject config = parse(ChartConfig.bars(List.of("No rate", "Clinic"), List.of(
                new ChartConfig.Series("Approved", java.util.Arrays.asList(null, new BigDecimal("1000.00")), "#0b3d91")),
                false, false));

        jakarta.json.JsonArray data = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0)
                .getJsonArray("data");
        assertThat(data.isNull(0)).isTrue();
        assertThat(data.getJsonNumber(1).bigDecimalValue()).isEqualByComparingTo("1000.00");
    }
}
