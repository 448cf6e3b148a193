package cn.lvzhi.common;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/**
 * What a request asks of the field being resolved, where that changes the work: a connection's {@code totalCount} is a
 * count over every row the caller sees, which the page itself never needs, so it runs only when asked.
 */
public final class Selection {
    private Selection() {
    }

    /** Whether the connection being resolved is asked for its {@code totalCount}; true when that cannot be told. */
    public static boolean asksTotal(Context context) {
        DataFetchingEnvironment env = context == null ? null : context.unwrap(DataFetchingEnvironment.class);
        return env == null || env.getSelectionSet().contains("totalCount");
    }
}
