package cn.lvzhi.testing;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

import java.util.function.Supplier;

/** Runs a scheduled job's call from a test, on a Vert.x context as the scheduler does. */
public final class Jobs {
    private Jobs() {
    }

    public static int run(Supplier<Uni<Integer>> call) {
        try {
            return VertxContextSupport.subscribeAndAwait(call);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
