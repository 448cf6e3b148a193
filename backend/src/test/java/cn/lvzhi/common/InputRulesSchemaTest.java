package cn.lvzhi.common;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import org.junit.jupiter.api.RepeatedTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * SmallRye builds its engine on the first requests, several at once after a start, and each build asks
 * {@link InputRules} for its schema. Every build must get one schema whose fields point at that schema's own types:
 * a second transformation of the served schema (the builds racing each other) left {@code Me.unit} (and some three
 * hundred other fields) typed with another copy of their type, and every fragment on a unit failed validation until
 * the next restart. Eight builds from separate rule instances reproduce that every time. The product's own schema (api-schema/schema.graphql, which SchemaDriftTest keeps equal to the served one)
 * stands in for the served schema: transforming the served one here would rewire the running test application's.
 */
class InputRulesSchemaTest {

    /**
     * The product's schema built as SmallRye builds the served one: each object field names its type by reference,
     * resolved when the schema is built.
     */
    private static GraphQLSchema productSchema() throws Exception {
        GraphQLSchema parsed = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(
                Files.readString(Path.of("..", "api-schema", "schema.graphql"))));
        Map<String, GraphQLObjectType> objects = new LinkedHashMap<>();
        for (GraphQLNamedType type : parsed.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                objects.put(object.getName(), object.transform(o -> {
                    o.clearFields();
                    for (GraphQLFieldDefinition f : object.getFieldDefinitions()) {
                        o.field(f.transform(fb -> fb.type((GraphQLOutputType) byReference(f.getType()))));
                    }
                }));
            }
        }
        GraphQLSchema.Builder built = GraphQLSchema.newSchema().query(objects.remove("Query"))
                .mutation(objects.remove("Mutation"));
        objects.values().forEach(built::additionalType);
        parsed.getAllTypesAsList().stream().filter(t -> !(t instanceof GraphQLObjectType) && !t.getName().startsWith("__"))
                .forEach(built::additionalType);
        return built.build();
    }

    /** The type with its named object type replaced by a reference to it (lists and non-null kept). */
    private static GraphQLType byReference(GraphQLType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            return GraphQLNonNull.nonNull(byReference(nonNull.getWrappedType()));
        }
        if (type instanceof GraphQLList list) {
            return GraphQLList.list(byReference(list.getWrappedType()));
        }
        return type instanceof GraphQLObjectType object ? GraphQLTypeReference.typeRef(object.getName()) : type;
    }

    /** The fields of the schema's object types whose type is not the schema's own type of that name. */
    private static List<String> foreignTypes(GraphQLSchema schema) {
        List<String> foreign = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type instanceof GraphQLObjectType object && !object.getName().startsWith("__")) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(field.getType());
                    if (schema.getType(named.getName()) != named) {
                        foreign.add(object.getName() + "." + field.getName());
                    }
                }
            }
        }
        return foreign;
    }

    @RepeatedTest(3)
    void buildsStartedAtOnceShareOneIntactSchema() throws Exception {
        GraphQLSchema source = productSchema();
        InputRules rules = new InputRules();
        int builds = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(builds);
        try {
            List<Future<GraphQLSchema>> made = new ArrayList<>();
            for (int i = 0; i < builds; i++) {
                made.add(pool.submit(() -> {
                    start.await();
                    return rules.faithful(source);
                }));
            }
            start.countDown();
            GraphQLSchema schema = made.get(0).get();
            for (Future<GraphQLSchema> each : made) {
                assertSame(schema, each.get(), "every build gets the one transformed schema");
            }
            assertNotSame(source.getType("Int"), schema.getType("Int"), "Int is the faithful scalar");
            assertEquals(List.of(), foreignTypes(schema));
            var validated = ParseAndValidate.parseAndValidate(schema, ExecutionInput.newExecutionInput("""
                    query Me { me { username unit { ...UnitFields } } }
                    fragment UnitFields on Unit { id code name }""").build());
            assertEquals(List.of(), validated.getErrors());
        } finally {
            pool.shutdownNow();
        }
    }
}
