package org.cti.convene;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Repository;

/** House rules a reviewer would otherwise have to remember. */
class ArchitectureTests {

    static final JavaClasses main = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cti.convene");

    @Test
    void noBlockingCallsInRequestCode() {
        noClasses()
                .that()
                .resideOutsideOfPackages("..demo..", "..staff..")
                .should()
                .callMethod(reactor.core.publisher.Mono.class, "block")
                .orShould()
                .callMethod(reactor.core.publisher.Flux.class, "blockFirst")
                .orShould()
                .callMethod(reactor.core.publisher.Flux.class, "blockLast")
                .because("request handling is reactive; only start-up code may wait")
                .check(main);
    }

    @Test
    void repositoriesAreNotPublic() {
        classes()
                .that()
                .areAnnotatedWith(Repository.class)
                .should()
                .notBePublic()
                .because("a feature's tables are its own; others use its facade")
                .check(main);
    }

    @Test
    void noClassIsNamedLikeAGrabBag() {
        noClasses()
                .should()
                .haveSimpleNameEndingWith("Impl")
                .orShould()
                .haveSimpleNameEndingWith("Manager")
                .orShould()
                .haveSimpleNameEndingWith("Helper")
                .check(main);
    }
}
