package cn.lvzhi.common;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.function.Function;

/**
 * Read-only database work for GraphQL resolvers. GraphQL resolves sibling fields concurrently and a reactive
 * session must never be used by two operations at once (hibernate-reactive#1607), so every read opens its own
 * stateless session instead of borrowing the request's.
 */
@ApplicationScoped
public class ReadSessions {
    private final Mutiny.SessionFactory sessionFactory;

    public ReadSessions(Mutiny.SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    public <T> Uni<T> read(Function<Mutiny.StatelessSession, Uni<T>> work) {
        return sessionFactory.openStatelessSession()
                .chain(session -> work.apply(session).eventually(session::close));
    }
}
