package io.ipcase.notification.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Where things live in notification-service: who is told what, on which channel and with which remedies, in {@code domain}
 * — plain Java that knows no framework, no database and no HTTP — and the packages around it without cycles.
 */
class ArchitectureTest {

    static final JavaClasses NOTIFICATION_SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.ipcase.notification");

    @Test
    void theNotificationRulesStandOnTheirOwn() {
        classes().that().resideInAPackage("io.ipcase.notification.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.ipcase.notification.domain..", "java..", "io.ipcase.kit.vocabulary..",
                        "io.ipcase.kit.rules..", "io.ipcase.kit.calendar..", "io.ipcase.identifiers..")
                .check(NOTIFICATION_SERVICE);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.ipcase.notification.(*)..").should().beFreeOfCycles().check(NOTIFICATION_SERVICE);
    }
}
