package cn.lvzhi.common;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The document measure counts what would execute: every fragment spread expanded where it is used. */
class QueryMeasureTest {

    static QueryMeasure measure(String document) {
        return QueryMeasure.of(Parser.parse(document), false);
    }

    /** A query of {@code leaf} spread 2^levels times: fragment Fi spreads F(i-1) twice; about 40 bytes a level. */
    static String doublingFragments(String leaf, int levels) {
        StringBuilder doc = new StringBuilder("{ ...F" + levels + " }\nfragment F0 on Query { " + leaf + " }");
        for (int i = 1; i <= levels; i++) {
            doc.append("\nfragment F").append(i).append(" on Query { ...F").append(i - 1).append(" ...F").append(i - 1).append(" }");
        }
        return doc.toString();
    }

    /** {@code unit(id)} and then {@code levels - 1} parents, each level a fragment of its own: depth levels + 1. */
    static String parentsThroughFragments(long unitId, int levels) {
        StringBuilder doc = new StringBuilder("{ unit(id: " + unitId + ") { ...P1 } }");
        for (int i = 1; i < levels; i++) {
            doc.append("\nfragment P").append(i).append(" on Unit { parent { ...P").append(i + 1).append(" } }");
        }
        return doc.append("\nfragment P").append(levels).append(" on Unit { code }").toString();
    }

    @Test
    void countsFieldsDepthAndAliasesOfAPlainQuery() {
        assertEquals(new QueryMeasure(4, 3, 1), measure("{ me { subject u: unit { code } } }"));
    }

    @Test
    void expandsAFragmentWhereverItIsSpread() {
        QueryMeasure m = measure("""
                { a: me { ...F } b: me { ...F } }
                fragment F on Me { s: subject unit { code } }""");
        // two aliased me fields, each with three fields and one alias inside
        assertEquals(new QueryMeasure(8, 3, 4), m);
    }

    @Test
    void depthReachedThroughNestedFragmentsCounts() {
        assertEquals(16, measure(parentsThroughFragments(1, 15)).depth());
    }

    @Test
    void exponentialFragmentsSaturateInsteadOfOverflowing() {
        QueryMeasure m = measure(doublingFragments("me { subject }", 80));
        assertEquals(Long.MAX_VALUE, m.fields());
        assertEquals(2, m.depth());
    }

    @Test
    void thirtyDoublingsCountTwoToTheThirtyTimesTheLeaf() {
        assertEquals(2L << 30, measure(doublingFragments("me { subject }", 30)).fields());
    }

    @Test
    void everyOperationCountsAndAnUnusedFragmentIsMeasuredToo() {
        assertEquals(4, measure("query A { me { subject } } query B { me { subject } }").fields());
        QueryMeasure unused = measure("""
                { me { subject } }
                fragment Big on Me { a: subject b: subject c: subject d: subject e: subject }""");
        assertEquals(5, unused.fields());
        assertEquals(5, unused.aliases());
    }

    @Test
    void aFragmentCycleIsRefusedNamingItsPath() {
        var refused = assertThrows(QueryMeasure.Refused.class, () -> measure("""
                { me { ...A } }
                fragment A on Me { subject ...B }
                fragment B on Me { ...A }"""));
        assertTrue(refused.getMessage().contains("fragment cycle: A → B → A"), refused.getMessage());
    }

    @Test
    void aFragmentSpreadingItselfIsACycle() {
        assertThrows(QueryMeasure.Refused.class, () -> measure("{ me { ...A } } fragment A on Me { ...A }"));
    }

    @Test
    void anUnknownFragmentIsRefused() {
        var refused = assertThrows(QueryMeasure.Refused.class, () -> measure("{ me { ...Missing } }"));
        assertTrue(refused.getMessage().contains("unknown fragment Missing"), refused.getMessage());
    }

    @Test
    void introspectionIsRefusedUnlessAllowed() {
        String viaFragment = "{ ...S } fragment S on Query { __schema { types { name } } }";
        var refused = assertThrows(QueryMeasure.Refused.class, () -> measure(viaFragment));
        assertTrue(refused.getMessage().contains("introspection is disabled"), refused.getMessage());
        assertThrows(QueryMeasure.Refused.class, () -> measure("{ __type(name: \"Unit\") { name } }"));
        assertEquals(3, QueryMeasure.of(Parser.parse(viaFragment), true).fields());
        assertEquals(3, measure("{ __typename me { __typename } }").fields());
    }
}
