package cn.lvzhi.evaluation.rounds;

import cn.lvzhi.evaluation.EvaluationStage;

import java.util.EnumSet;
import java.util.Set;

/**
 * Which marking stages of a score row a viewer reads (谁看得到哪个评分阶段), the one rule behind every score read:
 * <ul>
 *   <li>编办 and leaders of the region: every stage of every row.</li>
 *   <li>A unit, its own rows: its self-assessment and its reply always; the figure, 编办's first mark and its reason
 *       only from the REPLY stage on (which indicators lost points, and why); the final mark only once published.</li>
 *   <li>Another unit's rows: nothing before publication (the rows are absent); afterwards only the published figures
 *       (figure and final mark), never self-assessments, first marks or replies. The same for 纪委监委 and 组织部.</li>
 * </ul>
 */
public final class ScoreVisibility {
    /** A part of a score row that is shown or withheld as a whole. */
    public enum Part {
        /** The figure, its numerator/denominator and the rule's points. */
        FIGURE,
        /** The unit's self-assessment. */
        SELF,
        /** 编办's first mark and reason. */
        FIRST,
        /** The unit's reply. */
        REPLY,
        /** 编办's final mark and reason. */
        FINAL
    }

    private ScoreVisibility() {
    }

    /** The parts of a row the viewer reads; empty = the row does not exist for the viewer. */
    public static Set<Part> parts(RoundPolicy.View view, EvaluationStage stage, boolean ownRow) {
        boolean published = stage == EvaluationStage.PUBLISHED;
        return switch (view) {
            case ALL -> EnumSet.allOf(Part.class);
            case OWN -> ownRow ? own(stage) : publishedOnly(published);
            case PUBLISHED -> publishedOnly(published);
            case NONE -> EnumSet.noneOf(Part.class);
        };
    }

    private static Set<Part> own(EvaluationStage stage) {
        Set<Part> parts = EnumSet.of(Part.SELF, Part.REPLY);
        if (stage.compareTo(EvaluationStage.REPLY) >= 0) {
            parts.add(Part.FIGURE);
            parts.add(Part.FIRST);
        }
        if (stage == EvaluationStage.PUBLISHED) {
            parts.add(Part.FINAL);
        }
        return parts;
    }

    private static Set<Part> publishedOnly(boolean published) {
        return published ? EnumSet.of(Part.FIGURE, Part.FINAL) : EnumSet.noneOf(Part.class);
    }
}
