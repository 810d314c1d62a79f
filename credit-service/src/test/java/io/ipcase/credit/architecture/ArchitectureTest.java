package io.ipcase.credit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Where things live in credit-service: the listing rules in {@code domain}, plain Java that knows no framework, no
 * database and no HTTP, so they can be read and tested alone; the packages around it without cycles.
 */
class ArchitectureTest {

    static final JavaClasses CREDIT_SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ipcase.credit");

    @Test
    void theListingRulesStandOnTheirOwn() {
        classes().that().resideInAPackage("io.ipcase.credit.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.ipcase.credit.domain..", "java..", "io.ipcase.kit.vocabulary..", "io.ipcase.kit.rules..",
                        "io.ipcase.kit.calendar..", "io.ipcase.identifiers..")
                .check(CREDIT_SERVICE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.ipcase.credit.(*)..").should().beFreeOfCycles().check(CREDIT_SERVICE);
    }
}
