package dev.orgkit.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

import jakarta.persistence.Entity;

/**
 * The architecture rules of orgkit's Java modules. Each module's {@code ArchitectureTest} imports its
 * production classes (its root package, e.g. {@code dev.orgkit.audit}, without tests) and checks
 * these rules with its root. This module is a test dependency only, never a provider jar.
 */
public final class OrgkitArchitecture {

    private static final String ORGKIT = "dev.orgkit..";

    private OrgkitArchitecture() {
    }

    /**
     * No cycles between the module's packages. Each first-level package under the root is one slice,
     * with its subpackages ({@code dev.orgkit.audit.jpa..}); the classes directly in the root package
     * ({@code dev.orgkit.audit.AuditLog}, the extension factories) are a slice of their own, which a
     * plain {@code slices().matching("dev.orgkit.audit.(*)..")} would leave out.
     */
    public static ArchRule packagesAreFreeOfCycles(String root) {
        return slices().assignedFrom(firstLevelPackagesOf(root)).should().beFreeOfCycles();
    }

    /** No class of the module uses a JPA entity ({@code @Entity}) of another orgkit module. */
    public static ArchRule noClassUsesTheEntitiesOfAnotherModule(String root) {
        DescribedPredicate<JavaClass> entitiesOfOtherModules = resideInAPackage(ORGKIT)
                .and(resideOutsideOfPackage(root + ".."))
                .and(annotatedWith(Entity.class))
                .as("are JPA entities of another orgkit module");
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(entitiesOfOtherModules)
                .because("a module's tables are its own; other modules go through its services");
    }

    /**
     * No class of the module uses the persistence packages (any {@code store} or {@code jpa} package)
     * of another orgkit module: its entities, its stores and the types made for them.
     */
    public static ArchRule noClassUsesThePersistencePackagesOfAnotherModule(String root) {
        DescribedPredicate<JavaClass> persistenceOfOtherModules =
                resideInAnyPackage("dev.orgkit..store..", "dev.orgkit..jpa..")
                        .and(resideOutsideOfPackage(root + ".."))
                        .as("are in the store or jpa packages of another orgkit module");
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(persistenceOfOtherModules)
                .because("how a module stores its data is its own business");
    }

    /**
     * No class of the module uses another orgkit module except through that module's public
     * {@code spi} package (the core's {@code dev.orgkit.organizations.spi}, the invitations jar's
     * {@code dev.orgkit.invitations.spi}): a module's other packages are its own and may change.
     */
    public static ArchRule usesOtherModulesOnlyThroughTheirSpi(String root) {
        DescribedPredicate<JavaClass> insidesOfOtherModules = resideInAPackage(ORGKIT)
                .and(resideOutsideOfPackage(root + ".."))
                .and(resideOutsideOfPackage("dev.orgkit..spi.."))
                .as("are outside the spi package of another orgkit module");
        return noClasses().that().resideInAPackage(root + "..")
                .should().dependOnClassesThat(insidesOfOtherModules)
                .because("a module offers other jars its spi package and nothing else");
    }

    /** The module's public {@code spi} package uses none of the module's other packages. */
    public static ArchRule theSpiPackageStandsAlone(String root) {
        return noClasses().that().resideInAPackage(root + ".spi..")
                .should().dependOnClassesThat(resideInAPackage(root + "..").and(resideOutsideOfPackage(root + ".spi..")))
                .because("the public API must not expose, or need, the module's internals");
    }

    /** The root package and each first-level package under it (with its subpackages) as slices. */
    static SliceAssignment firstLevelPackagesOf(String root) {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                String pkg = javaClass.getPackageName();
                if (pkg.equals(root)) {
                    return SliceIdentifier.of(root);
                }
                if (!pkg.startsWith(root + ".")) {
                    return SliceIdentifier.ignore();
                }
                String rest = pkg.substring(root.length() + 1);
                int dot = rest.indexOf('.');
                return SliceIdentifier.of(root + "." + (dot < 0 ? rest : rest.substring(0, dot)));
            }

            @Override
            public String getDescription() {
                return "the packages of " + root + " (" + root + " itself, and each " + root
                        + ".* with its subpackages)";
            }
        };
    }
}
