package org.m4d.grants.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.m4d.grants.assurance.domain.ActivityKind;
import org.m4d.grants.assurance.domain.AssuranceActivity;
import org.m4d.grants.assurance.domain.Finding;
import org.m4d.grants.assurance.domain.Priority;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.m4d.grants.partner.domain.RiskRating;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.m4d.grants.grant.domain.Disbursement;
import org.m4d.grants.grant.domain.GrantAgreement;
import org.m4d.grants.grant.domain.Modality;
import org.m4d.grants.grant.domain.Report;
import org.m4d.grants.grant.domain.Tranche;
import org.m4d.grants.platform.domain.Agency;
import org.m4d.grants.identity.domain.Role;
import org.m4d.grants.proposal.domain.Decision;
import org.m4d.grants.proposal.domain.InterventionArea;
import org.m4d.grants.proposal.domain.LeadActor;
import org.m4d.grants.proposal.domain.Level;
import org.m4d.grants.proposal.domain.PartnerType;
import org.m4d.grants.proposal.domain.ProposalState;
import org.m4d.grants.proposal.domain.Sector;
import org.m4d.grants.review.domain.Criterion;
import org.m4d.grants.review.domain.Recommendation;
import org.m4d.grants.workflow.domain.FailedJob;

/** The French and Spanish pages say everything the English ones do, and every key a page uses exists. */
class BundlesTest {

    private static Properties bundle(String suffix) throws IOException {
        return properties("/i18n/messages" + suffix + ".properties");
    }

    private static Properties properties(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundlesTest.class.getResourceAsStream(resource)) {
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

    /** Every enumeration a user sees on a page has a label; the test above keeps French and Spanish in step. */
    @Test
    void everyEnumerationConstantAUserSeesHasALabel() throws IOException {
        List<Class<? extends Enum<?>>> shown = List.of(ProposalState.class, Sector.class, Level.class, LeadActor.class,
                PartnerType.class, InterventionArea.class, Decision.class, Recommendation.class, Criterion.class,
                Modality.class, Agency.class, Role.class, Tranche.Status.class, GrantAgreement.Status.class,
                Report.Kind.class, Report.Status.class, Report.Verdict.class, Disbursement.Kind.class,
                org.m4d.grants.partner.domain.PartnerType.class, RiskRating.class,
                ActivityKind.class, Priority.class, AssuranceActivity.Status.class, Finding.Status.class,
                FailedJob.Kind.class, org.m4d.grants.proposal.domain.MemberRole.class);
        Set<String> keys = bundle("").stringPropertyNames();
        for (Class<? extends Enum<?>> type : shown) {
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(keys).as(type.getName()).contains(Formats.labelKey(constant));
            }
        }
    }

    /** A rule's message key in the code, e.g. {@code withKey("error.plan.sum", total)}, is in the bundle. */
    @Test
    void everyMessageKeyTheCodeUsesExists() throws IOException {
        Pattern use = Pattern.compile("(?:withKey|message|text)\\(\"((?:error|task|view|validation)\\.[\\w.]+)\"");
        assertThat(bundle("").stringPropertyNames()).containsAll(matches(Path.of("src/main/java"), ".java", use));
    }

    /** Every user task of the models has a name in the three languages. */
    @Test
    void everyStepOfTheModelsHasALabel() throws IOException {
        Pattern task = Pattern.compile("<bpmn:userTask id=\"(\\w+)\"");
        Set<String> steps = matches(Path.of("bpmn"), ".bpmn", task);
        assertThat(steps).isNotEmpty();
        assertThat(bundle("").stringPropertyNames()).containsAll(steps.stream().map(s -> "step." + s).toList());
    }

    /** Our own validation messages exist in English, French and Spanish, and every template the code uses is there. */
    @ParameterizedTest
    @ValueSource(strings = {"_fr", "_es"})
    void everyValidationMessageIsTranslated(String suffix) throws IOException {
        Properties english = properties("/ValidationMessages.properties");
        assertThat(properties("/ValidationMessages" + suffix + ".properties").stringPropertyNames())
                .isEqualTo(english.stringPropertyNames());
        Pattern template = Pattern.compile("message = \"\\{(m4d\\.[\\w.]+)\\}\"");
        assertThat(english.stringPropertyNames()).containsAll(matches(Path.of("src/main/java"), ".java", template));
    }

    private static Set<String> matches(Path root, String extension, Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(extension)).toList()) {
                pattern.matcher(Files.readString(file)).results().forEach(m -> found.add(m.group(1)));
            }
        }
        return found;
    }
}
