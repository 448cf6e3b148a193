package cn.lvzhi;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module map, enforced. Each feature (a package under {@code cn.lvzhi}, with its sub-packages) may use only the
 * features below it, and from another feature only what that feature exports: its services ({@code *Service}), its
 * reads ({@code *Reads}), its entities and enums, and the ports and value types it names in {@link #ALSO_EXPORTS}.
 * {@code common} and {@code security} are shared layers; the org {@code Unit} is the shared kernel every feature
 * joins. Nothing depends on {@code demo}. A failure lists each crossing: class, member and line.
 */
class ArchitectureTest {
    /** Every feature and the features it may use, from the top down. */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        Set<String> base = Set.of("graph", "org", "audit", "notifications", "security", "common");
        MAY_USE.put("demo", Set.of("*"));
        // evaluation measures what the features below it record: cases, lists, mandates, follow-up
        MAY_USE.put("evaluation", union(base, "cases", "lists", "mandates", "tracking"));
        MAY_USE.put("disputes", union(base, "cases", "lists"));
        MAY_USE.put("investigations", union(base, "cases", "lists"));
        MAY_USE.put("cases", union(base, "lists"));
        MAY_USE.put("staffing", union(base, "lists", "mandates"));
        MAY_USE.put("lists", base);
        MAY_USE.put("mandates", base);
        MAY_USE.put("tracking", base);
        // the reads the database answers as JSON, beside the engine: features offer their hot reads to it
        MAY_USE.put("graph", Set.of("org", "audit", "notifications", "security", "common"));
        MAY_USE.put("org", Set.of("audit", "notifications", "security", "common"));
        MAY_USE.put("audit", Set.of("security", "common"));
        MAY_USE.put("notifications", Set.of("security", "common"));
        MAY_USE.put("security", Set.of("common"));
        MAY_USE.put("common", Set.of());
    }

    /** Beyond services, reads, entities and enums: what a feature lets the features above it use. */
    static final Map<String, Set<String>> ALSO_EXPORTS = Map.of(
            "graph", Set.of("JsonRoot", "JsonQuery", "DirectWrite"),
            "org", Set.of("ScopedActor", "CurrentScopedActor", "UnitPlaces"),
            "cases", Set.of("CaseDisputes", "WorkingDays"),
            "lists", Set.of("ItemParties", "PowerItems"),
            "mandates", Set.of("ApprovedPosts"),
            "audit", Set.of());

    /**
     * The audit trail lets the features above it append ({@code AuditLog}) and, once they have decided a reader may
     * see an entity's trail, read its rows and the chain check ({@code AuditReads} and its value types); its own pages'
     * service stays its own.
     */
    static final Set<String> AUDIT_EXPORTS = Set.of("AuditLog", "AuditReads", "AuditIntegrity", "AuditEntry", "AuditFieldChange");

    static JavaClasses production;

    @BeforeAll
    static void importProduction() {
        production = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.lvzhi");
    }

    private static Set<String> union(Set<String> base, String... more) {
        var all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private static String pkg(String feature) {
        return "cn.lvzhi." + feature + "..";
    }

    @Test
    void everyPackageIsAFeatureOfTheMap() {
        classes().should(new com.tngtech.archunit.lang.ArchCondition<>("belong to a feature of the module map") {
            @Override
            public void check(JavaClass c, com.tngtech.archunit.lang.ConditionEvents events) {
                String rest = c.getPackageName().replaceFirst("^cn\\.lvzhi\\.?", "");
                String feature = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                if (!MAY_USE.containsKey(feature)) {
                    events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(c,
                            c.getName() + " lies in '" + feature + "', which the module map does not name"));
                }
            }
        }).check(production);
    }

    @TestFactory
    Stream<DynamicTest> eachFeatureUsesOnlyTheFeaturesBelowIt() {
        return MAY_USE.entrySet().stream().filter(e -> !e.getValue().contains("*")).map(e -> DynamicTest.dynamicTest(
                e.getKey() + " may use " + e.getValue(), () -> {
                    String[] allowed = Stream.concat(Stream.of(e.getKey()), e.getValue().stream())
                            .map(ArchitectureTest::pkg).toArray(String[]::new);
                    classes().that().resideInAPackage(pkg(e.getKey()))
                            .should().onlyDependOnClassesThat(resideOutsideOfPackage("cn.lvzhi..")
                                    .or(resideInAnyPackage(allowed)))
                            .check(production);
                }));
    }

    @TestFactory
    Stream<DynamicTest> fromOutsideAFeatureOnlyWhatItExportsIsUsed() {
        return MAY_USE.keySet().stream().filter(f -> !Set.of("common", "security", "demo").contains(f))
                .map(f -> DynamicTest.dynamicTest(f + " exports services, reads, entities, enums and "
                        + ALSO_EXPORTS.getOrDefault(f, Set.of()), () -> exportRule(f).check(production)));
    }

    private static ArchRule exportRule(String feature) {
        Set<String> named = ALSO_EXPORTS.getOrDefault(feature, Set.of());
        DescribedPredicate<JavaClass> exported = feature.equals("audit")
                ? DescribedPredicate.describe(AUDIT_EXPORTS.toString(), c -> AUDIT_EXPORTS.contains(outermost(c).getSimpleName()))
                : DescribedPredicate.describe("a service, reads, entity, enum or " + named, c -> {
                    String outer = outermost(c).getSimpleName();
                    return outer.endsWith("Service") || outer.endsWith("Reads") || named.contains(outer)
                            || c.isEnum() || c.isAnnotatedWith(Entity.class);
                });
        return noClasses().that().resideOutsideOfPackages(pkg(feature), pkg("demo"))
                .should().dependOnClassesThat(resideInAPackage(pkg(feature)).and(DescribedPredicate.not(exported)))
                .as("outside " + feature + ", only what it exports is used");
    }

    private static JavaClass outermost(JavaClass c) {
        JavaClass o = c;
        while (o.getEnclosingClass().isPresent()) {
            o = o.getEnclosingClass().get();
        }
        return o;
    }

    @Test
    void nothingButTheDemoModuleDependsOnIt() {
        noClasses().that().resideOutsideOfPackage(pkg("demo"))
                .should().dependOnClassesThat().resideInAPackage(pkg("demo")).check(production);
    }

    @Test
    void apiClassesCallNoPolicyAndNoDatabaseDirectly() {
        noClasses().that().haveSimpleNameEndingWith("GraphQLApi").or().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat(simpleNameEndingWith("Policy")
                        .or(resideInAnyPackage("io.quarkus.hibernate.reactive.panache..", "org.hibernate..",
                                "io.vertx.mutiny.sqlclient..", "io.vertx.sqlclient.."))
                        .or(simpleName("ReadSessions")))
                .check(production);
    }
}
