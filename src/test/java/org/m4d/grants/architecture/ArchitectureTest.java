package org.m4d.grants.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The map of contexts of ADR 16, checked on the bytecode, so that names written inline count as
 * much as imports: contexts free of cycles, the shell above them and the platform below, domains
 * that know only themselves and the platform's domain, pages and the API without infra, and the
 * engine only in {@code workflow.infra}.
 */
class ArchitectureTest {

    private static final String APP = "org.m4d.grants";

    /** What a domain may use besides its own package: the platform's domain, the JDK, JPA and Bean Validation. */
    private static final List<String> DOMAIN_MAY_USE = List.of("java.", "jakarta.persistence.", "jakarta.validation.",
            "org.eclipse.persistence.annotations.", APP + ".platform.domain.");

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(APP);

    @Test
    void contextsAreFreeOfCycles() {
        slices().matching(APP + ".(*)..").namingSlices("$1").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void noContextUsesTheShell() {
        noClasses().that().resideOutsideOfPackage(APP + ".shell..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".shell..")
                .because("the shell assembles the contexts and sits above them all")
                .check(MAIN);
    }

    @Test
    void onlyTheShellUsesOperations() {
        noClasses().that().resideOutsideOfPackages(APP + ".operations..", APP + ".shell..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".operations..")
                .because("operations reads every context below it and only the shell sits above it (ADR 16)")
                .check(MAIN);
    }

    @Test
    void thePlatformUsesNoContext() {
        classes().that().resideInAPackage(APP + ".platform..")
                .should().onlyDependOnClassesThat(not(resideInAPackage(APP + "..")).or(resideInAPackage(APP + ".platform..")))
                .because("every context builds on the platform")
                .check(MAIN);
    }

    @Test
    void aDomainUsesOnlyItselfThePlatformsDomainTheJdkJpaAndValidation() {
        classes().that().resideInAPackage(APP + ".*.domain..").should(useOnlyTheirDomainAndAllowed()).check(MAIN);
    }

    @Test
    void pagesAndTheApiNeverUseInfra() {
        noClasses().that().resideInAnyPackage(APP + ".*.web..", APP + ".*.api..")
                .should().dependOnClassesThat().resideInAPackage(APP + ".*.infra..")
                .because("pages and resources go through the application layer")
                .check(MAIN);
    }

    @Test
    void theApplicationLayerUsesNoPagesApiOrInfra() {
        noClasses().that().resideInAPackage(APP + ".*.application..")
                .should().dependOnClassesThat().resideInAnyPackage(APP + ".*.web..", APP + ".*.api..",
                        APP + ".*.infra..", "jakarta.faces..", "jakarta.ws.rs..")
                .check(MAIN);
    }

    @Test
    void engineTypesOnlyInWorkflowInfra() {
        noClasses().that().resideOutsideOfPackage(APP + ".workflow.infra..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda..")
                .because("the engine stays behind the workflow context's infrastructure")
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> useOnlyTheirDomainAndAllowed() {
        return new ArchCondition<>("use only their own domain, the platform's domain, the JDK, JPA and Bean Validation") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = contextDomain(origin.getPackageName());
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getBaseComponentType().getPackageName() + ".";
                    boolean allowed = target.equals(".") || target.startsWith(own)
                            || DOMAIN_MAY_USE.stream().anyMatch(target::startsWith);
                    if (!allowed) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    /** "org.m4d.grants.review.domain." for any package of the review context's domain. */
    private static String contextDomain(String pkg) {
        return String.join(".", List.of(pkg.split("\\.")).subList(0, 5)) + ".";
    }
}
