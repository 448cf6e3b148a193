package cn.lvzhi;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Features talk to each other through services only; the shared layers know no feature. */
@AnalyzeClasses(packages = "cn.lvzhi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses().that().resideInAPackage("cn.lvzhi.common..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.lvzhi.org..", "cn.lvzhi.audit..", "cn.lvzhi.security..");

    @ArchTest
    static final ArchRule securityKnowsNoFeature = noClasses().that().resideInAPackage("cn.lvzhi.security..")
            .should().dependOnClassesThat().resideInAnyPackage("cn.lvzhi.org..", "cn.lvzhi.audit..");

    @ArchTest
    static final ArchRule otherFeaturesWriteTheAuditTrailOnlyThroughAuditLog = noClasses()
            .that().resideOutsideOfPackage("cn.lvzhi.audit..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("cn.lvzhi.audit..")
                    .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("AuditLog"))));

    @ArchTest
    static final ArchRule graphQlApisHoldNoRepositoryAccess = noClasses().that().haveSimpleNameEndingWith("GraphQLApi")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");
}
