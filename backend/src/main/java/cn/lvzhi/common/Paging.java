package cn.lvzhi.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
}
