package cn.lvzhi.cases;

import cn.lvzhi.graph.DirectWrite.Shape;

/**
 * The plain fields of the cases' payloads that their writes beside the engine answer ({@code graph.DirectWrites}):
 * columns every caller of the write may see, with no rule and no resolver of their own. Any other field is asked of
 * the engine.
 */
final class CaseShapes {
    static final Shape CASE = new Shape("Case")
            .scalar("id", (Case c) -> String.valueOf(c.id))
            .scalar("code", (Case c) -> c.code)
            .scalar("status", (Case c) -> c.status.name())
            .scalar("version", (Case c) -> c.version);
    static final Shape DISPATCH = new Shape("Dispatch")
            .scalar("id", (Dispatch d) -> String.valueOf(d.id))
            .scalar("role", (Dispatch d) -> d.role.name())
            .scalar("status", (Dispatch d) -> d.status.name())
            .scalar("version", (Dispatch d) -> d.version);
    static final Shape RATING = new Shape("Rating")
            .scalar("id", (Rating r) -> String.valueOf(r.id))
            .scalar("level", (Rating r) -> r.level.name())
            .scalar("comment", (Rating r) -> r.comment)
            .scalar("version", (Rating r) -> r.version);

    private CaseShapes() {
    }
}
