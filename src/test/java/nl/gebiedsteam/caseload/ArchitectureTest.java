package nl.gebiedsteam.caseload;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaFieldAccess.AccessType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The floor plan of the house, as rules the build checks: features form no cycles; Faces,
 * PrimeFaces and OmniFaces stay in {@code ..web..}; entities know nothing of pages; and every table
 * is written only by the feature that owns it, through JPA or through SQL text. A feature that
 * needs another's rows changed asks that feature (a service call, or an event it observes).
 *
 * <p>The rules are checked from {@code @ArchTest} methods rather than annotated {@code ArchRule}
 * fields: maven-surefire-plugin 3.5.3 (the version in pom.xml) silently skips {@code @ArchTest}
 * fields ("Tests run: 0", SUREFIRE-2298, TNG/ArchUnit#1442; fixed in 3.5.4), while methods run
 * and fail the build. Once surefire is 3.5.4 or newer, the constants can carry {@code @ArchTest}
 * themselves and the methods can go.
 */
@AnalyzeClasses(packages = ArchitectureTest.ROOT, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String ROOT = "nl.gebiedsteam.caseload";
    private static final Path MAIN_JAVA = Path.of("src", "main", "java");

    /**
     * Tables that no entity maps, with the feature that owns them (element collections, tables
     * written only in SQL or by triggers).
     */
    private static final Map<String, String> TABLES_WITHOUT_ENTITY = Map.of(
            "access_log_chain_head", "audit", "access_log_shown", "audit", "destruction", "privacy",
            "destruction_proposal", "privacy", "job_lease", "shared", "pathway_closure", "pathway",
            "subject_access_letter", "privacy", "subject_access_passage", "privacy", "client_document_chunk", "document");

    /**
     * The one exception: destruction at the end of the retention period (privacy) clears or
     * removes a client's rows in every table in one transaction, because the law asks for all of
     * it or none; its per-table list is checked by RetentionIT against every text column.
     */
    private static final Set<String> WRITES_EVERY_TABLE = Set.of("privacy/Anonymisation.java");

    /** A write statement in SQL or JPQL text, and the table or entity it writes. */
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:INSERT\\s+(?:IGNORE\\s+)?INTO|REPLACE\\s+INTO|UPDATE|DELETE\\s+FROM|TRUNCATE(?:\\s+TABLE)?)\\s+([A-Za-z_]+)\\b");
    /** String literals and text blocks: only query text is scanned, not comments. */
    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"",
            Pattern.DOTALL);

    /**
     * The levels of the features (ARCHITECTURE.md); on level 0, worker above audit above shared.
     * Documents sit just below measures, because a measure points at the document it was checked
     * against; documents know measures only by table name in their queries.
     */
    private static final Map<String, Double> LEVELS = Map.ofEntries(
            Map.entry("shared", 0.0), Map.entry("audit", 0.1), Map.entry("worker", 0.2), Map.entry("security", 1.0),
            Map.entry("client", 2.0), Map.entry("pathway", 3.0), Map.entry("signal", 3.0),
            Map.entry("substance", 3.0), Map.entry("task", 3.0), Map.entry("casefile", 3.0), Map.entry("document", 3.5),
            Map.entry("measure", 4.0), Map.entry("contact", 4.0), Map.entry("referral", 4.0), Map.entry("note", 4.0),
            Map.entry("report", 5.0), Map.entry("review", 5.0), Map.entry("privacy", 5.0));

    /** Concatenating name parts in a query: the name formula written again. */
    private static final Pattern NAME_FORMULA = Pattern.compile("CONCAT(_WS)?\\([^)]*(given_names|givenNames)");

    static final ArchRule ONLY_WEB_PACKAGES_USE_FACES_LIBRARIES = noClasses()
            .that().resideOutsideOfPackage("..web..")
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
            .because("Faces, PrimeFaces and OmniFaces are presentation concerns of the ..web.. packages");

    static final ArchRule ENTITIES_DO_NOT_DEPEND_ON_THE_WEB_LAYER = noClasses()
            .that().areAnnotatedWith(Entity.class)
            .should().dependOnClassesThat().resideInAPackage("..web..")
            .because("entities are the domain model and must not know about pages or backing beans");

    /** Each top-level package with its web and export packages is one feature. */
    static final ArchRule FEATURES_ARE_FREE_OF_CYCLES = slices().matching("..caseload.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static void classesOutsideWeb_shouldNotDependOnFacesPrimeFacesOrOmniFaces(JavaClasses classes) {
        ONLY_WEB_PACKAGES_USE_FACES_LIBRARIES.check(classes);
    }

    @ArchTest
    static void entities_shouldNotDependOnTheWebLayer(JavaClasses classes) {
        ENTITIES_DO_NOT_DEPEND_ON_THE_WEB_LAYER.check(classes);
    }

    @ArchTest
    static void features_shouldNotDependOnEachOtherInACycle(JavaClasses classes) {
        FEATURES_ARE_FREE_OF_CYCLES.check(classes);
    }

    /**
     * The levels of ARCHITECTURE.md: a feature depends only on features of a lower level, so a new
     * dependency that points sideways or up fails here before it can become a cycle.
     */
    @ArchTest
    static void features_dependOnlyOnLowerLevels(JavaClasses classes) {
        Set<String> violations = new TreeSet<>();
        for (JavaClass origin : classes) {
            String from = feature(origin.getPackageName());
            origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                String to = feature(dependency.getTargetClass().getPackageName());
                if (LEVELS.containsKey(to) && !from.equals(to) && !(level(from) > level(to))) {
                    violations.add(from + " -> " + to + " (" + origin.getSimpleName() + " uses "
                            + dependency.getTargetClass().getSimpleName() + ")");
                }
            });
        }
        assertEquals(Set.of(), violations, "dependencies that do not point to a lower level");
    }

    private static double level(String feature) {
        Double level = LEVELS.get(feature);
        if (level == null) {
            throw new AssertionError("feature '" + feature + "' has no level in ArchitectureTest.LEVELS");
        }
        return level;
    }

    /**
     * Through JPA: another feature may read an entity but neither create one nor call a method
     * that changes it (one that sets a field, itself or through another such method).
     */
    @ArchTest
    static void entities_shouldBeCreatedAndChangedOnlyByTheirOwnFeature(JavaClasses classes) {
        Set<JavaCodeUnit> changing = changingCodeUnits(classes);
        List<String> violations = new ArrayList<>();
        for (JavaClass origin : classes) {
            String feature = feature(origin.getPackageName());
            Stream.concat(origin.getMethodCallsFromSelf().stream(), origin.getConstructorCallsFromSelf().stream())
                    .filter(call -> call.getTargetOwner().isAnnotatedWith(Entity.class)
                            && !feature.equals(feature(call.getTargetOwner().getPackageName())))
                    .filter(call -> call.getTarget().resolveMember().map(changing::contains).orElse(false))
                    .forEach(call -> violations.add(call.getDescription()));
        }
        assertEquals(List.of(), violations, "entities created or changed outside their feature");
    }

    /** Through SQL or JPQL text: INSERT, UPDATE, DELETE only on the feature's own tables. */
    @Test
    void tables_shouldBeWrittenOnlyByTheirOwnFeature() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String relative = MAIN_JAVA.resolve(ROOT.replace('.', '/')).relativize(file).toString();
            if (WRITES_EVERY_TABLE.contains(relative)) {
                continue;
            }
            String feature = relative.substring(0, relative.indexOf('/'));
            for (String write : writtenTables(Files.readString(file))) {
                String owner = owners.get(write);
                if (owner == null) {
                    violations.add(relative + " writes " + write + ", a table with no owner here (map it above)");
                } else if (!owner.equals(feature)) {
                    violations.add(relative + " writes " + write + " (owned by " + owner + ")");
                }
            }
        }
        assertEquals(List.of(), violations, "tables written outside their feature");
    }

    /** A client's name is put together only by {@code ClientName} (Java, JPQL and SQL alike). */
    @Test
    void clientNames_areWrittenOnlyByClientName() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.endsWith(Path.of("client", "ClientName.java"))) {
                strings(Files.readString(file)).stream().filter(NAME_FORMULA.asPredicate())
                        .forEach(text -> violations.add(file.getFileName() + ": " + text.strip()));
            }
        }
        assertEquals(List.of(), violations, "a name formula outside ClientName");
    }

    /** The scan must find what it looks for, or the rule above proves nothing. */
    @Test
    void writeScan_findsWritesInStringsAndTextBlocks_notInComments() {
        String source = """
                // UPDATE client is only a comment here
                String a = "INSERT IGNORE INTO task (x) SELECT 1";
                String b = \"""
                    UPDATE client_flag f
                    SET f.resolved_at = now()\""";
                String c = "UPDATE Pathway p SET p.responsible = :to";
                String d = "SELECT * FROM signal_report";
                """;
        assertEquals(List.of("task", "client_flag", "Pathway"), writtenTables(source));
        assertTrue(tableOwners().get("Pathway").equals("pathway") && tableOwners().get("task").equals("task"));
        assertTrue(NAME_FORMULA.matcher("SELECT CONCAT_WS(' ', c.given_names, c.surname_prefix, c.surname)").find());
        assertTrue(NAME_FORMULA.matcher("CONCAT(c.givenNames, ' ', c.surname)").find());
    }

    private static List<String> writtenTables(String source) {
        List<String> tables = new ArrayList<>();
        for (String text : strings(source)) {
            Matcher write = WRITE.matcher(text);
            while (write.find()) {
                tables.add(write.group(1));
            }
        }
        return tables;
    }

    /** The string literals and text blocks of a source file, comments left out. */
    private static List<String> strings(String source) {
        List<String> texts = new ArrayList<>();
        Matcher string = STRING.matcher(source.replaceAll("(?m)^\\s*(//|\\*|/\\*).*$", ""));
        while (string.find()) {
            texts.add(string.group(1) != null ? string.group(1) : string.group(2));
        }
        return texts;
    }

    /** Table names and entity names (for JPQL), each with the feature of its entity. */
    private static Map<String, String> tableOwners() {
        Map<String, String> owners = new HashMap<>(TABLES_WITHOUT_ENTITY);
        JavaClasses classes = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages(ROOT);
        for (JavaClass entity : classes) {
            if (!entity.isAnnotatedWith(Entity.class)) {
                continue;
            }
            String owner = feature(entity.getPackageName());
            owners.put(entity.getSimpleName(), owner);
            entity.tryGetAnnotationOfType(Table.class).ifPresent(t -> owners.put(t.name(), owner));
            entity.getFields().forEach(f -> f.tryGetAnnotationOfType(CollectionTable.class)
                    .ifPresent(t -> owners.put(t.name(), owner)));
        }
        return owners;
    }

    /** Constructors of entities and their base classes, and every method that sets a field. */
    private static Set<JavaCodeUnit> changingCodeUnits(JavaClasses classes) {
        Set<JavaCodeUnit> units = new HashSet<>();
        for (JavaClass entity : classes) {
            if (entity.isAnnotatedWith(Entity.class)) {
                entity.getClassHierarchy().forEach(c -> units.addAll(c.getCodeUnits()));
            }
        }
        Set<JavaCodeUnit> changing = new HashSet<>();
        for (boolean grew = true; grew;) {
            grew = false;
            for (JavaCodeUnit unit : units) {
                if (!changing.contains(unit) && (unit.isConstructor()
                        || unit.getFieldAccesses().stream().anyMatch(a -> a.getAccessType() == AccessType.SET)
                        || unit.getMethodCallsFromSelf().stream().anyMatch(
                                call -> call.getTarget().resolveMember().map(changing::contains).orElse(false)))) {
                    changing.add(unit);
                    grew = true;
                }
            }
        }
        return changing;
    }

    private static String feature(String packageName) {
        String rest = packageName.startsWith(ROOT + ".") ? packageName.substring(ROOT.length() + 1) : packageName;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_JAVA)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
