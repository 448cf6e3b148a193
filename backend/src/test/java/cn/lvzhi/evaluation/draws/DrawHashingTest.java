package cn.lvzhi.evaluation.draws;

import cn.lvzhi.evaluation.draws.DrawInputs.Candidate;
import cn.lvzhi.evaluation.draws.DrawInputs.Inspector;
import cn.lvzhi.evaluation.draws.DrawInputs.Stratum;
import cn.lvzhi.evaluation.draws.DrawInputs.UnitOffices;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The draw's texts, hashes and rules: the published test vectors of docs/double-random-draw.md reproduced from that
 * very file, the same inputs giving the same draw, one changed candidate changing the frozen hash, 回避 and the
 * at-most-once rule for inspectors.
 */
class DrawHashingTest {
    private static final Path DOC = Path.of("..", "docs", "double-random-draw.md");

    /** The lines of the fenced block of this kind (```kind … ```) in the published document. */
    private static List<String> block(String kind) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int start = lines.indexOf("```" + kind);
        assertTrue(start >= 0, "the document publishes a " + kind + " block");
        return lines.subList(start + 1, lines.subList(start + 1, lines.size()).indexOf("```") + start + 1);
    }

    @Test
    void reproducesThePublishedRankVector() throws IOException {
        Map<String, String> fields = new HashMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (String line : block("draw-vector")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                fields.put(line.substring(0, colon), line.substring(colon + 2));
            } else {
                String[] parts = line.split(" ");
                hashes.put(parts[0], parts[1]);
            }
        }
        String seed = fields.get("seed");
        long round = Long.parseLong(fields.get("round"));
        String stratum = fields.get("stratum");
        assertEquals(5, hashes.size());
        List<Candidate> candidates = new ArrayList<>();
        hashes.forEach((code, hash) -> {
            assertEquals(hash, DrawHashing.rankHash(seed, round, stratum, code), code);
            candidates.add(new Candidate(code, code));
        });
        List<DrawAlgorithm.Ranked> ranked = DrawAlgorithm.rank(seed, round, stratum, candidates, Integer.parseInt(fields.get("k")));
        assertEquals(Arrays.asList(fields.get("order").split(", ")), ranked.stream().map(DrawAlgorithm.Ranked::code).toList());
        assertEquals(Arrays.asList(fields.get("taken").split(", ")),
                ranked.stream().filter(DrawAlgorithm.Ranked::taken).map(DrawAlgorithm.Ranked::code).toList());
    }

    @Test
    void reproducesThePublishedFrozenText() throws IOException {
        String published = String.join("\n", block("draw-canonical")) + "\n";
        DrawInputs in = vectorInputs();
        assertEquals(published, DrawHashing.canonical(in));
        List<String> doc = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        String line = doc.stream().filter(l -> l.startsWith("frozen hash: ")).findFirst().orElseThrow();
        assertEquals(line.substring("frozen hash: `".length(), line.length() - 1), DrawHashing.frozenHash(in));
    }

    /** The inputs of the published frozen text, listed out of order on purpose: the text sorts them. */
    private static DrawInputs vectorInputs() {
        return new DrawInputs(42, 1, 1,
                List.of(new Stratum("SAFETY_ENVIRONMENT", 1, List.of(new Candidate("JZ-QH-D12", "城市管理局"),
                        new Candidate("JZ-QH-D10", "生态环境局")))),
                List.of(new UnitOffices("JZ-QH-D10", List.of(new Candidate("JZ-QH-D10-K02", "监测科"),
                        new Candidate("JZ-QH-D10-K01", "执法科")))),
                List.of(new Inspector("CF-02", "李四", "JZ-QH-D01", List.of("JZ-QH-D10")),
                        new Inspector("CF-01", "张三", "JZ-QH-D12", List.of())));
    }

    @Test
    void theSameInputsGiveTheSameDraw() {
        DrawInputs in = sample();
        assertEquals(DrawAlgorithm.draw(in, "种子"), DrawAlgorithm.draw(sample(), "种子"));
        assertNotEquals(DrawAlgorithm.draw(in, "种子"), DrawAlgorithm.draw(in, "另一个种子"));
    }

    @Test
    void changingOneCandidateChangesTheFrozenHash() {
        DrawInputs in = sample();
        List<Candidate> changed = new ArrayList<>(in.strata().get(0).candidates());
        changed.set(0, new Candidate("JZ-QH-D99", "另一局"));
        DrawInputs other = new DrawInputs(in.roundId(), in.kOffice(), in.inspectorsPerUnit(),
                List.of(new Stratum("SAFETY_ENVIRONMENT", 2, changed), in.strata().get(1)), in.offices(), in.inspectors());
        assertNotEquals(DrawHashing.frozenHash(in), DrawHashing.frozenHash(other));
        // names are shown, not hashed
        List<Candidate> renamed = in.strata().get(0).candidates().stream().map(c -> new Candidate(c.code(), "改名")).toList();
        DrawInputs sameCodes = new DrawInputs(in.roundId(), in.kOffice(), in.inspectorsPerUnit(),
                List.of(new Stratum("SAFETY_ENVIRONMENT", 2, renamed), in.strata().get(1)), in.offices(), in.inspectors());
        assertEquals(DrawHashing.frozenHash(in), DrawHashing.frozenHash(sameCodes));
    }

    @Test
    void inspectorsNeverInspectTheirOwnOrFormerUnitAndServeOnceWhileOthersRemain() {
        for (int s = 0; s < 40; s++) {
            DrawInputs in = sample();
            DrawAlgorithm.Outcome out = DrawAlgorithm.draw(in, "seed-" + s);
            Map<String, Inspector> byCode = new HashMap<>();
            in.inspectors().forEach(i -> byCode.put(i.code(), i));
            List<String> assigned = new ArrayList<>();
            for (DrawAlgorithm.Ranking r : out.inspectors()) {
                assertEquals(2, r.taken().size(), "each drawn unit gets its inspectors");
                for (DrawAlgorithm.Ranked t : r.taken()) {
                    Inspector i = byCode.get(t.code());
                    assertFalse(i.unitCode().equals(r.unitCode()) || i.pastUnitCodes().contains(r.unitCode()),
                            t.code() + " may not inspect " + r.unitCode());
                    assigned.add(t.code());
                }
                assertTrue(r.ranked().stream().noneMatch(x -> !byCode.get(x.code()).mayInspect(r.unitCode())),
                        "conflicted inspectors are not even ranked");
            }
            // 3 units × 2 = 6 assignments from 8 inspectors: nobody twice
            assertEquals(assigned.size(), assigned.stream().distinct().count());
            assertEquals(3, out.units().stream().mapToLong(u -> u.taken().size()).sum());
            out.offices().forEach(o -> assertEquals(1, o.taken().size()));
        }
    }

    @Test
    void aSmallRegisterReusesInspectorsRatherThanLeaveAUnitShort() {
        DrawInputs in = sample();
        DrawInputs small = new DrawInputs(in.roundId(), in.kOffice(), 2, in.strata(), in.offices(), List.of(
                new Inspector("CF-01", "甲", "JZ-QH-D01", List.of()), new Inspector("CF-02", "乙", "JZ-QH-D02", List.of()),
                new Inspector("CF-03", "丙", "JZ-QH-D03", List.of())));
        DrawAlgorithm.Outcome out = DrawAlgorithm.draw(small, "复用");
        out.inspectors().forEach(r -> assertEquals(2, r.taken().size()));
    }

    /** Two strata (2 + 1 units), two offices per department, eight inspectors some of whom are in conflict. */
    static DrawInputs sample() {
        List<Candidate> safety = List.of(new Candidate("JZ-QH-D10", "生态环境局"), new Candidate("JZ-QH-D12", "应急管理局"),
                new Candidate("JZ-QH-D13", "自然资源局"), new Candidate("JZ-QH-D14", "水利局"));
        List<Candidate> law = List.of(new Candidate("JZ-QH-D11", "城市管理局"), new Candidate("JZ-QH-D15", "市场监管局"));
        List<UnitOffices> offices = new ArrayList<>();
        for (Candidate c : concat(safety, law)) {
            offices.add(new UnitOffices(c.code(), List.of(new Candidate(c.code() + "-K01", "一科"),
                    new Candidate(c.code() + "-K02", "二科"))));
        }
        List<Inspector> inspectors = List.of(
                new Inspector("CF-01", "甲", "JZ-QH-D10", List.of("JZ-QH-D11")),
                new Inspector("CF-02", "乙", "JZ-QH-D12", List.of()),
                new Inspector("CF-03", "丙", "JZ-QH-D01", List.of("JZ-QH-D10", "JZ-QH-D12", "JZ-QH-D13")),
                new Inspector("CF-04", "丁", "JZ-QH-D02", List.of()),
                new Inspector("CF-05", "戊", "JZ-QH-D11", List.of("JZ-QH-D15")),
                new Inspector("CF-06", "己", "JZ-QH-D03", List.of()),
                new Inspector("CF-07", "庚", "JZ-QH-D15", List.of("JZ-QH-D14")),
                new Inspector("CF-08", "辛", "JZ-QH-D04", List.of()));
        return new DrawInputs(77, 1, 2, List.of(new Stratum("SAFETY_ENVIRONMENT", 2, safety),
                new Stratum("LAW_ENFORCEMENT", 1, law)), offices, inspectors);
    }

    private static List<Candidate> concat(List<Candidate> a, List<Candidate> b) {
        List<Candidate> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
