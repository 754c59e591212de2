package org.m4d.grants.platform.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A set of codes kept in one column as {@code a,b,c}, in a stable order. */
@Converter
public class CsvCodes implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> codes) {
        return codes == null || codes.isEmpty() ? null : String.join(",", new TreeSet<>(codes));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        return column == null || column.isBlank() ? new TreeSet<>()
                : Arrays.stream(column.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
