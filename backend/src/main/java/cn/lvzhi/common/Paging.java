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

    /** The canonical constructor of a connection record: its edges, page info and total count. */
    @FunctionalInterface
    public interface ConnectionConstructor<E, C> {
        C create(List<E> edges, PageInfo pageInfo, int totalCount);
    }

    /**
     * Builds any connection from up to {@code size + 1} rows (the extra row only tells that a next page exists): each
     * kept row becomes an edge whose cursor encodes the row's sort key, the end cursor is the last kept row's.
     * Every connection of the API is built here, so they all page alike.
     */
    public static <T, E, C> C connection(List<T> rows, int size, long total, Function<T, String> key,
                                         BiFunction<String, T, E> edge, ConnectionConstructor<E, C> connection) {
        List<T> kept = rows.subList(0, Math.min(size, rows.size()));
        List<E> edges = kept.stream().map(r -> edge.apply(encode(key.apply(r)), r)).toList();
        String end = kept.isEmpty() ? null : encode(key.apply(kept.get(kept.size() - 1)));
        return connection.create(edges, new PageInfo(rows.size() > size, end), Math.toIntExact(total));
    }

    /** A LIKE/ILIKE pattern (escape character '\\') matching any text that contains {@code needle} literally. */
    public static String containsPattern(String needle) {
        return "%" + needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
