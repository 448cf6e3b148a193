package cn.lvzhi.evaluation.draws;

import cn.lvzhi.evaluation.draws.DrawViews.RankedView;
import cn.lvzhi.evaluation.draws.DrawViews.Verification;
import cn.lvzhi.evaluation.draws.DrawViews.VerifyStep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Recomputes a draw from its stored inputs (frozen candidates, offices and register snapshot, seed, round, strata and
 * sizes) and compares each step with what was stored: the frozen hash, then every ranking's taken codes, ranks and
 * hashes. Pure: the stored rows are handed in.
 */
public final class DrawVerifier {

    private DrawVerifier() {
    }

    /** A stored result row: kind UNIT (stratum), OFFICE or INSPECTOR (the drawn unit's code as {@code scope}). */
    public record StoredRow(String kind, String scope, String code, int rank, String hash) {
        String key() {
            return code + "#" + rank + "#" + hash;
        }
    }

    public static Verification verify(long drawId, DrawInputs inputs, String storedHash, String seed, boolean drawn,
                                      List<StoredRow> stored) {
        String canonical = DrawHashing.canonical(inputs);
        String recomputed = DrawHashing.sha256(canonical);
        boolean hashMatches = recomputed.equals(storedHash);
        List<VerifyStep> steps = new ArrayList<>();
        boolean consistent = hashMatches;
        if (drawn && seed != null) {
            DrawAlgorithm.Outcome outcome = DrawAlgorithm.draw(inputs, seed);
            int taken = 0;
            List<DrawAlgorithm.Ranking> all = new ArrayList<>(outcome.units());
            all.addAll(outcome.offices());
            all.addAll(outcome.inspectors());
            for (DrawAlgorithm.Ranking r : all) {
                String scope = r.unitCode() == null ? r.stratum() : r.unitCode();
                List<StoredRow> mine = stored.stream().filter(s -> s.kind().equals(r.kind()) && s.scope().equals(scope))
                        .sorted(Comparator.comparingInt(StoredRow::rank)).toList();
                List<String> expected = r.taken().stream().map(t -> t.code() + "#" + t.rank() + "#" + t.hash()).toList();
                boolean matches = expected.equals(mine.stream().map(StoredRow::key).toList());
                consistent &= matches;
                taken += expected.size();
                steps.add(new VerifyStep(r.kind(), r.stratum(), r.unitCode(), matches,
                        mine.stream().map(StoredRow::code).toList(), r.ranked().stream()
                        .map(x -> new RankedView(x.code(), x.name(), x.hash(), x.rank(), x.taken())).toList()));
            }
            // a stored row no recomputed ranking accounts for is a mismatch too
            consistent &= taken == stored.size();
        } else {
            consistent &= stored.isEmpty();
        }
        return new Verification(drawId, consistent, storedHash, recomputed, hashMatches, canonical, steps);
    }
}
