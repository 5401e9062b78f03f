package dev.orgkit.security;

import static dev.orgkit.architecture.OrgkitArchitecture.noClassUsesTheEntitiesOfAnotherModule;
import static dev.orgkit.architecture.OrgkitArchitecture.noClassUsesThePersistencePackagesOfAnotherModule;
import static dev.orgkit.architecture.OrgkitArchitecture.packagesAreFreeOfCycles;
import static dev.orgkit.architecture.OrgkitArchitecture.usesOtherModulesOnlyThroughTheirSpi;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "dev.orgkit.security";

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = packagesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule noClassUsesTheEntitiesOfAnotherModule = noClassUsesTheEntitiesOfAnotherModule(ROOT);

    @ArchTest
    static final ArchRule noClassUsesThePersistencePackagesOfAnotherModule =
            noClassUsesThePersistencePackagesOfAnotherModule(ROOT);

    @ArchTest
    static final ArchRule usesOtherModulesOnlyThroughTheirSpi = usesOtherModulesOnlyThroughTheirSpi(ROOT);
}
