package nl.gebiedsteam.caseload;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

/**
 * Faces, PrimeFaces and OmniFaces belong to the web layer; domain and services stay free of them.
 *
 * <p>The rules are checked from {@code @ArchTest} methods rather than annotated {@code ArchRule}
 * fields: maven-surefire-plugin 3.5.3 (the version in pom.xml) silently skips {@code @ArchTest}
 * fields ("Tests run: 0", SUREFIRE-2298, TNG/ArchUnit#1442; fixed in 3.5.4), while methods run
 * and fail the build. Once surefire is 3.5.4 or newer, the constants can carry {@code @ArchTest}
 * themselves and the methods can go.
 */
@AnalyzeClasses(packages = "nl.gebiedsteam.caseload", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final ArchRule ONLY_WEB_PACKAGES_USE_FACES_LIBRARIES = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
            .because("Faces, PrimeFaces and OmniFaces are presentation concerns of the ..web.. packages");

    static final ArchRule ENTITIES_DO_NOT_DEPEND_ON_THE_WEB_LAYER = noClasses()
            .that().areAnnotatedWith(Entity.class)
            .should().dependOnClassesThat().resideInAPackage("..web..")
            .because("entities are the domain model and must not know about pages or backing beans");

    @ArchTest
    static void classesOutsideWeb_shouldNotDependOnFacesPrimeFacesOrOmniFaces(JavaClasses classes) {
        ONLY_WEB_PACKAGES_USE_FACES_LIBRARIES.check(classes);
    }

    @ArchTest
    static void entities_shouldNotDependOnTheWebLayer(JavaClasses classes) {
        ENTITIES_DO_NOT_DEPEND_ON_THE_WEB_LAYER.check(classes);
    }
}
