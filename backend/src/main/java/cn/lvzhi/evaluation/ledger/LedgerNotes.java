package cn.lvzhi.evaluation.ledger;

/** The Chinese words of the ledger's states, for evidence notes. */
final class LedgerNotes {
    private LedgerNotes() {
    }

    static String state(LedgerState state) {
        return switch (state) {
            case OPEN -> "待整改";
            case RECTIFIED -> "已整改待核验";
            case VERIFIED -> "已核验待销户";
            case CLOSED -> "已销户";
        };
    }
}
