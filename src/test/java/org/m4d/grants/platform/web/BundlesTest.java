package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The French and Spanish pages say everything the English ones do, and every key a page uses exists. */
class BundlesTest {

    private static Properties bundle(String suffix) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/messages" + suffix + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es"})
    void everyLanguageHasEveryKeyWithAText(String suffix) throws IOException {
        Properties english = bundle("");
        Properties other = bundle(suffix);
        assertThat(other.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(other.values()).allSatisfy(text -> assertThat(text.toString()).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {""})
    void everyKeyAPageUsesExists(String suffix) throws IOException {
        Pattern use = Pattern.compile("msg\\['([\\w.]+)'\\]");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                use.matcher(Files.readString(page)).results().forEach(m -> used.add(m.group(1)));
            }
        }
        assertThat(bundle(suffix).stringPropertyNames()).containsAll(used);
    }
}
