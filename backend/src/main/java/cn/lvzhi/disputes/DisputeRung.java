package cn.lvzhi.disputes;

/** A rung of the coordination ladder a dispute (职责争议) climbs, lowest first (DOMAIN.md §3). */
public enum DisputeRung {
    /** 牵头单位召集. */
    LEAD_CONVENES("牵头单位召集"),
    /** 部门协商. */
    NEGOTIATION("部门协商"),
    /** 分管领导协调. */
    LEADER_COORDINATES("分管领导协调"),
    /** 编办协调. */
    OFFICE_COORDINATES("编办协调"),
    /** 编委裁定. */
    COMMITTEE_DECIDES("编委裁定");

    private final String label;

    DisputeRung(String label) {
        this.label = label;
    }

    /** The Chinese name, for messages. */
    public String label() {
        return label;
    }

    /** The rung above, or {@code null} at the top. */
    public DisputeRung next() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }
}
