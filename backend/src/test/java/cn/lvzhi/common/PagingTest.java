package cn.lvzhi.common;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one connection factory: the page is cut at its size, the extra row only tells that a next page exists. */
class PagingTest {
    record Row(long id, String code) {
    }

    record Edge(String cursor, Row node) {
    }

    record Page(List<Edge> edges, PageInfo pageInfo, int totalCount) {
    }

    static Page page(List<Row> rows, int size, long total) {
        return Paging.connection(rows, size, total, Row::code, Edge::new, Page::new);
    }

    static final List<Row> ROWS = List.of(new Row(1, "A01"), new Row(2, "A02"), new Row(3, "A03"));

    @Test
    void aFullPageWithOneMoreRowKeepsSizeRowsAndHasANextPage() {
        Page p = page(ROWS, 2, 7);
        assertEquals(List.of(ROWS.get(0), ROWS.get(1)), p.edges().stream().map(Edge::node).toList());
        assertTrue(p.pageInfo().hasNextPage());
        assertEquals(7, p.totalCount());
    }

    @Test
    void eachCursorEncodesItsRowsKeyAndTheEndCursorIsTheLastKeptRows() {
        Page p = page(ROWS, 2, 3);
        assertEquals(List.of(Paging.encode("A01"), Paging.encode("A02")), p.edges().stream().map(Edge::cursor).toList());
        assertEquals(Paging.encode("A02"), p.pageInfo().endCursor(), "the extra row is not the end");
        assertEquals("A02", Paging.decode(p.pageInfo().endCursor()));
    }

    @Test
    void theLastPageHasNoNextPage() {
        Page p = page(ROWS, 3, 3);
        assertEquals(3, p.edges().size());
        assertFalse(p.pageInfo().hasNextPage());
        assertEquals(Paging.encode("A03"), p.pageInfo().endCursor());
    }

    @Test
    void anEmptyPageHasNoEdgesNoEndCursorAndNoNextPage() {
        Page p = page(List.of(), 50, 0);
        assertTrue(p.edges().isEmpty());
        assertNull(p.pageInfo().endCursor());
        assertFalse(p.pageInfo().hasNextPage());
        assertEquals(0, p.totalCount());
    }
}
