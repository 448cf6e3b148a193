package cn.lvzhi.common;

import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.Map;

/**
 * One page of a connection ordered newest first by id (keyset: {@code id < after}), and the total count, in one
 * read session.
 */
public final class NewestFirst {
    private NewestFirst() {
    }

    /** Up to {@code size + 1} rows and the count of all of them. */
    public record Page<T>(List<T> rows, long total) {
    }

    /**
     * Runs {@code select alias + from} (a query whose where clause the caller wrote, with its parameters) after the
     * cursor, newest first.
     */
    public static <T> Uni<Page<T>> page(ReadSessions reads, String alias, String from, Map<String, Object> params, String after,
                                        int size, Class<T> type) {
        return page(reads, alias, from, params, after, size, type, true);
    }

    /**
     * The same, counting all rows only when {@code counted} (the request asks for the total, {@link Selection}): the
     * count visits every row the caller sees, where the page stops after {@code size + 1}. Uncounted, the total is 0.
     */
    public static <T> Uni<Page<T>> page(ReadSessions reads, String alias, String from, Map<String, Object> params, String after,
                                        int size, Class<T> type, boolean counted) {
        return keyset(reads, alias, from, alias + ".id < :after order by " + alias + ".id desc", params, Paging.decodeId(after),
                size, type, counted ? Long.MAX_VALUE : 0);
    }

    /**
     * The same, counting at most {@code cap + 1} rows ({@code cap} 0: not counted): whether row {@code cap + 1}
     * exists is one bounded read; only when it does not are the rows counted, and there are at most {@code cap}.
     * A total of {@code cap + 1} means "more than {@code cap}".
     */
    public static <T> Uni<Page<T>> page(ReadSessions reads, String alias, String from, Map<String, Object> params, String after,
                                        int size, Class<T> type, int cap) {
        return keyset(reads, alias, from, alias + ".id < :after order by " + alias + ".id desc", params, Paging.decodeId(after),
                size, type, cap);
    }

    /**
     * The same in another keyset order: {@code afterAndOrder} is the cursor condition and the order, e.g.
     * {@code "d.id > :after order by d.id"} for oldest first.
     */
    public static <T> Uni<Page<T>> ordered(ReadSessions reads, String alias, String from, String afterAndOrder,
                                           Map<String, Object> params, String after, int size, Class<T> type) {
        return keyset(reads, alias, from, afterAndOrder, params, Paging.decodeId(after), size, type);
    }

    /**
     * The same after a cursor already decoded into its sort key ({@code null}: the first page), for a connection
     * ordered by another key than the id, e.g. {@code "i.code > :after order by i.code"}.
     */
    public static <T> Uni<Page<T>> keyset(ReadSessions reads, String alias, String from, String afterAndOrder,
                                          Map<String, Object> params, Object afterKey, int size, Class<T> type) {
        return keyset(reads, alias, from, afterAndOrder, params, afterKey, size, type, Long.MAX_VALUE);
    }

    /** {@code cap}: 0 not counted, {@code Long.MAX_VALUE} counted exactly, else counted up to {@code cap + 1}. */
    private static <T> Uni<Page<T>> keyset(ReadSessions reads, String alias, String from, String afterAndOrder,
                                           Map<String, Object> params, Object afterKey, int size, Class<T> type, long cap) {
        String order = afterAndOrder.substring(afterAndOrder.indexOf(" order by "));
        return reads.read(s -> {
            var page = s.createSelectionQuery("select " + alias + from + (afterKey == null ? order : " and " + afterAndOrder), type)
                    .setMaxResults(size + 1);
            var count = s.createSelectionQuery("select count(" + alias + ")" + from, Long.class);
            var beyond = s.createSelectionQuery("select " + alias + ".id" + from, Long.class)
                    .setFirstResult((int) Math.min(cap, Integer.MAX_VALUE)).setMaxResults(1);
            params.forEach((k, v) -> {
                page.setParameter(k, v);
                count.setParameter(k, v);
                beyond.setParameter(k, v);
            });
            if (afterKey != null) {
                page.setParameter("after", afterKey);
            }
            return page.getResultList().chain(rows -> {
                if (cap == 0) {
                    return Uni.createFrom().item(new Page<>(rows, 0));
                }
                Uni<Long> total = cap == Long.MAX_VALUE ? count.getSingleResult()
                        : beyond.getResultList().chain(more -> more.isEmpty() ? count.getSingleResult() : Uni.createFrom().item(cap + 1));
                return total.map(t -> new Page<>(rows, t));
            });
        });
    }
}
