package dev.orgkit.organizations;

import static dev.orgkit.architecture.OrgkitArchitecture.packagesAreFreeOfCycles;
import static dev.orgkit.architecture.OrgkitArchitecture.theSpiPackageStandsAlone;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "dev.orgkit.organizations";

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = packagesAreFreeOfCycles(ROOT);

    @ArchTest
    static final ArchRule theSpiPackageStandsAlone = theSpiPackageStandsAlone(ROOT);
}
