package cn.lvzhi.evaluation.draws;

import java.util.List;

/**
 * What a 双随机 draw is computed from, frozen before its seed exists: the round, how many offices and inspectors each
 * drawn unit gets, the strata (in the order 编办 defined them) with their k and candidate units, the internal offices of
 * every candidate unit, and a snapshot of the active inspectors of the register. Stored with the draw as JSON; its
 * canonical text ({@link DrawHashing#canonical}) is what the published hash covers.
 */
public record DrawInputs(long roundId, int kOffice, int inspectorsPerUnit, List<Stratum> strata, List<UnitOffices> offices,
                         List<Inspector> inspectors) {

    /** A unit or an office that may be drawn: the code is what is hashed, the name is only shown. */
    public record Candidate(String code, String name) {
    }

    /** A stratum (a round's evaluation category) and how many units are taken from it. */
    public record Stratum(String stratum, int k, List<Candidate> candidates) {
    }

    /** The internal offices (科室) of a candidate unit. */
    public record UnitOffices(String unitCode, List<Candidate> offices) {
    }

    /** An inspector of the register as frozen: never sent to their own unit or to a unit they worked in. */
    public record Inspector(String code, String name, String unitCode, List<String> pastUnitCodes) {
        /** 回避: may this inspector inspect the unit with this code? */
        public boolean mayInspect(String code) {
            return !code.equals(unitCode) && !pastUnitCodes.contains(code);
        }
    }
}
