package cn.lvzhi.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Page size and opaque cursors of connections. A cursor is the base64 of the sort key of the last row seen,
 * so the next page is a keyset query ({@code key > cursor}) served by an index, never an OFFSET.
 */
public final class Paging {
    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 200;

    private Paging() {
    }

    /** The number of rows to return; {@code null} means the default, beyond the cap is refused. */
    public static int pageSize(Integer first) {
        if (first == null) {
            return DEFAULT_PAGE;
        }
        if (first < 1 || first > MAX_PAGE) {
            throw new ValidationException("first", "每页条数须在 1 至 " + MAX_PAGE + " 之间 (first must be 1.." + MAX_PAGE + ")");
        }
        return first;
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The sort key inside a cursor, or {@code null} for the first page. */
    public static String decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("after", "分页游标无效 (invalid cursor)");
        }
    }

    /** The row id inside a cursor of a connection ordered by id, or {@code null} for the first page. */
    public static Long decodeId(String cursor) {
        String key = decode(cursor);
        try {
            return key == null ? null : Long.valueOf(key);
        } catch (NumberFormatException e) {
            throw new ValidationException("after", "分页游标无效 (invalid cursor)");
        }
    }

    /** The edges of one page and its page info. */
    public record Slice<E>(List<E> edges, PageInfo pageInfo) {
    }

    /**
     * Cuts a page from up to {@code size + 1} rows (the extra row only tells that a next page exists) and makes
     * each kept row an edge whose cursor encodes the row's sort key.
     */
    public static <T, E> Slice<E> slice(List<T> rows, int size, Function<T, String> key, BiFunction<String, T, E> edge) {
        List<E> edges = rows.stream().limit(size).map(r -> edge.apply(encode(key.apply(r)), r)).toList();
        String end = edges.isEmpty() ? null : encode(key.apply(rows.get(edges.size() - 1)));
        return new Slice<>(edges, new PageInfo(rows.size() > size, end));
    }

    /** A LIKE/ILIKE pattern (escape character '\\') matching any text that contains {@code needle} literally. */
    public static String containsPattern(String needle) {
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
