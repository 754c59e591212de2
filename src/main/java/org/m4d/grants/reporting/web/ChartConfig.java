package org.m4d.grants.reporting.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;

/**
 * Chart.js configurations for {@code <p:chart value="...">} (PrimeFaces 14+ takes the whole Chart.js
 * {type, data, options} object as JSON). Built with JSON-P so that titles with quotes cannot break
 * the page's script.
 */
final class ChartConfig {

    /** One series of bars with its legend label and colour. */
    record Series(String label, List<? extends Number> values, String colour) {
    }

    private ChartConfig() {
    }

    /** A bar chart; {@code horizontal} lays the bars along the x axis, as a funnel reads. */
    static String bars(List<String> labels, List<Series> series, boolean horizontal, boolean wholeNumbers) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            s.values().forEach(v -> {
                if (v == null) {
                    data.addNull(); // no figure (a grant without a dollar rate): a gap, not a zero
                } else {
                    data.add(v instanceof BigDecimal b ? b : BigDecimal.valueOf(v.longValue()));
                }
            });
            datasets.add(Json.createObjectBuilder().add("label", s.label()).add("data", data)
                    .add("backgroundColor", s.colour()).add("borderColor", s.colour()).add("borderWidth", 1));
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("beginAtZero", true);
        if (wholeNumbers) {
            valueAxis.add("ticks", Json.createObjectBuilder().add("precision", 0));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("display", series.size() > 1)))
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", Json.createArrayBuilder(labels)).add("datasets", datasets))
                .add("options", options)
                .build().toString();
    }

    /** A one-line text alternative of a chart: its title, then each label with its value(s). */
    static String summary(String title, List<String> labels, List<List<String>> valuesPerLabel) {
        StringJoiner text = new StringJoiner("; ", title + ": ", "");
        for (int i = 0; i < labels.size(); i++) {
            text.add(labels.get(i) + " " + String.join(" / ", valuesPerLabel.get(i)));
        }
        return text.toString();
    }
}
