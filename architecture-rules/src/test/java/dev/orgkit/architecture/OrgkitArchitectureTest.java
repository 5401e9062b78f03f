package dev.orgkit.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

/** The rules find what they are meant to find, in the small fixture modules of {@code fixture}. */
class OrgkitArchitectureTest {

    private static final String MINE = "dev.orgkit.architecture.fixture.mine";

    private static final JavaClasses FIXTURES =
            new ClassFileImporter().importPackages("dev.orgkit.architecture.fixture");

    @Test
    void cyclesBetweenFirstLevelPackagesAndThroughTheRootPackageAreFound() {
        List<String> violations = violations(OrgkitArchitecture.packagesAreFreeOfCycles(MINE));

        assertThat(violations).hasSize(2);
        assertThat(violations).anySatisfy(cycle -> assertThat(cycle)
                .contains("Slice " + MINE + ".a -> ", "Slice " + MINE + ".b -> "));
        assertThat(violations).anySatisfy(cycle -> assertThat(cycle)
                .contains("Slice " + MINE + " -> ", "Slice " + MINE + ".c -> "));
    }

    @Test
    void usingAnEntityOfAnotherModuleIsFoundAndUsingItsOwnIsNot() {
        List<String> violations = violations(OrgkitArchitecture.noClassUsesTheEntitiesOfAnotherModule(MINE));

        assertThat(violations).singleElement(STRING)
                .contains("Uses.othersEntity()", "OtherEntity.<init>()");
    }

    @Test
    void usingThePersistencePackageOfAnotherModuleIsFoundAndUsingItsOwnIsNot() {
        List<String> violations =
                violations(OrgkitArchitecture.noClassUsesThePersistencePackagesOfAnotherModule(MINE));

        assertThat(violations).hasSize(2)
                .anySatisfy(violation -> assertThat(violation).contains("OtherEntity.<init>()"))
                .anySatisfy(violation -> assertThat(violation).contains("OtherStore.<init>()"))
                .noneSatisfy(violation -> assertThat(violation).contains("MineEntity"));
    }

    private static List<String> violations(ArchRule rule) {
        return rule.evaluate(FIXTURES).getFailureReport().getDetails();
    }
}
