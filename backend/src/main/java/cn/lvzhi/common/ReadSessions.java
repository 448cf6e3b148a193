package cn.lvzhi.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.function.Function;

/**
 * Read-only database work for GraphQL resolvers. GraphQL resolves sibling fields concurrently and a reactive
 * session must never be used by two operations at once (hibernate-reactive#1607), so every read opens its own
 * stateless session instead of borrowing the request's. Each read is counted ({@code lvzhi_db_reads_total}),
 * which makes an N+1 pattern visible in the metrics and testable.
 */
@ApplicationScoped
public class ReadSessions {
    private final Mutiny.SessionFactory sessionFactory;
    private final Counter reads;

    public ReadSessions(Mutiny.SessionFactory sessionFactory, MeterRegistry registry) {
        this.sessionFactory = sessionFactory;
        this.reads = Counter.builder("lvzhi.db.reads").description("Read sessions opened by API resolvers").register(registry);
    }

    public <T> Uni<T> read(Function<Mutiny.StatelessSession, Uni<T>> work) {
        return sessionFactory.openStatelessSession()
                .invoke(() -> reads.increment())
                .chain(session -> work.apply(session).eventually(session::close));
    }
}
