package cn.lvzhi.evaluation.computations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of computations by name: what schemes may name, and what a round runs. */
@ApplicationScoped
public class Computations {
    private final Map<String, Computation> byName = new LinkedHashMap<>();

    public Computations(Instance<Computation> all) {
        all.stream().sorted(Comparator.comparing(Computation::name)).forEach(c -> {
            if (byName.put(c.name(), c) != null) {
                throw new IllegalStateException("two computations named " + c.name());
            }
        });
    }

    public Optional<Computation> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every computation, by name. */
    public List<Computation> all() {
        return List.copyOf(byName.values());
    }
}
