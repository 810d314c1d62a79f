package io.ipcase.mediation.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Where things live in mediation-service: the mediation rules in {@code domain}, plain Java that knows no framework, no
 * database and no HTTP, so they can be read and tested alone; the packages around it without cycles.
 */
class ArchitectureTest {

    static final JavaClasses MEDIATION_SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ipcase.mediation");

    @Test
    void theMediationRulesStandOnTheirOwn() {
        classes().that().resideInAPackage("io.ipcase.mediation.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.ipcase.mediation.domain..", "java..", "io.ipcase.kit.vocabulary..", "io.ipcase.kit.rules..",
                        "io.ipcase.kit.calendar..", "io.ipcase.kit.parties..", "io.ipcase.identifiers..")
                .check(MEDIATION_SERVICE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.ipcase.mediation.(*)..").should().beFreeOfCycles().check(MEDIATION_SERVICE);
    }
}
