package io.ipcase.cases.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Where things live in case-service: the case rules in {@code domain}, plain Java that knows no
 * framework, no database and no HTTP; the packages around it without cycles, so the rules can be
 * read and tested alone and each layer only leans on the ones below it.
 */
class ArchitectureTest {

    static final JavaClasses CASE_SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ipcase.cases");

    @Test
    void theCaseRulesKnowNoFramework() {
        noClasses().that().resideInAPackage("io.ipcase.cases.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "javax..", "io.quarkus..", "io.smallrye..", "io.vertx..",
                        "org.hibernate..", "com.fasterxml..", "org.eclipse..", "org.jboss..", "io.ipcase.kit.outbox..",
                        "io.ipcase.kit.persistence..", "io.ipcase.kit.problem..", "io.ipcase.kit.rest..")
                .check(CASE_SERVICE);
    }

    @Test
    void theCaseRulesStandOnTheirOwn() {
        classes().that().resideInAPackage("io.ipcase.cases.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.ipcase.cases.domain..", "java..", "io.ipcase.kit.vocabulary..", "io.ipcase.kit.rules..",
                        "io.ipcase.kit.parties..", "io.ipcase.kit.calendar..", "io.ipcase.identifiers..")
                .check(CASE_SERVICE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.ipcase.cases.(*)..").should().beFreeOfCycles().check(CASE_SERVICE);
    }

    /** The REST resources, the event consumers and the deadline watch each call the application service, never one another. */
    @Test
    void resourcesAndConsumersDoNotLeanOnEachOther() {
        List<String> edges = List.of("io.ipcase.cases.rest..", "io.ipcase.cases.mediation..", "io.ipcase.cases.serving..",
                "io.ipcase.cases.deadlines..");
        for (String edge : edges) {
            noClasses().that().resideInAPackage(edge)
                    .should().dependOnClassesThat().resideInAnyPackage(edges.stream().filter(e -> !e.equals(edge)).toArray(String[]::new))
                    .check(CASE_SERVICE);
        }
    }
}
