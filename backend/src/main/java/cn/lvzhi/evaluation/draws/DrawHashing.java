package cn.lvzhi.evaluation.draws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical texts of a 双随机 draw and their SHA-256 (docs/double-random-draw.md publishes both): the frozen
 * inputs' text, whose hash is shown before the seed is fixed, and the rank text of one candidate, whose hash orders the
 * candidates of a stratum. Pure; no library random generator is involved, so anyone can recompute a draw.
 */
public final class DrawHashing {
    /** The version tag opening every canonical text; a change of the algorithm gets a new tag. */
    public static final String TAG = "LVZHI-DRAW-V1";
    /** The stratum prefix of the inspectors' ranking inside a drawn unit. */
    public static final String INSPECTORS = "INSPECTORS:";

    private DrawHashing() {
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of the text. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The text hashed to rank one candidate: tag, seed, round id, stratum and code, each on its own line. */
    public static String rankText(String seed, long roundId, String stratum, String code) {
        return TAG + "\n" + seed + "\n" + roundId + "\n" + stratum + "\n" + code;
    }

    public static String rankHash(String seed, long roundId, String stratum, String code) {
        return sha256(rankText(seed, roundId, stratum, code));
    }

    /**
     * The canonical text of the frozen inputs: one line per fact, each ended by a line feed — the tag, the round,
     * k_office, inspectors per unit; each stratum with its k (in the defined order) followed by its candidate codes
     * sorted; the offices of each candidate unit (units and offices sorted by code); the inspectors sorted by code, each
     * with their unit and their past units (sorted, comma-separated). Names are not part of it.
     */
    public static String canonical(DrawInputs in) {
        StringBuilder text = new StringBuilder(TAG).append('\n');
        text.append("round=").append(in.roundId()).append('\n');
        text.append("k_office=").append(in.kOffice()).append('\n');
        text.append("inspectors_per_unit=").append(in.inspectorsPerUnit()).append('\n');
        for (DrawInputs.Stratum s : in.strata()) {
            text.append("stratum=").append(s.stratum()).append(";k=").append(s.k()).append('\n');
            for (String code : sortedCodes(s.candidates())) {
                text.append("candidate=").append(s.stratum()).append(';').append(code).append('\n');
            }
        }
        List<DrawInputs.UnitOffices> offices = new ArrayList<>(in.offices());
        offices.sort(Comparator.comparing(DrawInputs.UnitOffices::unitCode));
        for (DrawInputs.UnitOffices u : offices) {
            for (String code : sortedCodes(u.offices())) {
                text.append("office=").append(u.unitCode()).append(';').append(code).append('\n');
            }
        }
        List<DrawInputs.Inspector> inspectors = new ArrayList<>(in.inspectors());
        inspectors.sort(Comparator.comparing(DrawInputs.Inspector::code));
        for (DrawInputs.Inspector i : inspectors) {
            text.append("inspector=").append(i.code()).append(';').append(i.unitCode()).append(';')
                    .append(String.join(",", i.pastUnitCodes().stream().sorted().toList())).append('\n');
        }
        return text.toString();
    }

    public static String frozenHash(DrawInputs in) {
        return sha256(canonical(in));
    }

    private static List<String> sortedCodes(List<DrawInputs.Candidate> candidates) {
        return candidates.stream().map(DrawInputs.Candidate::code).sorted().toList();
    }
}
