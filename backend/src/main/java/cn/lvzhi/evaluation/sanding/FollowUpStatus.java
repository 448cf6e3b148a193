package cn.lvzhi.evaluation.sanding;

/** The follow-up of a cancelled (取消) or strengthened (加强) duty, computed from its linked list items and their cases. */
public enum FollowUpStatus {
    /** No list item is linked to the duty yet: nothing to judge. */
    NOT_LINKED,
    /** The change is carried out: a cancelled duty's items retired and no case under them; a strengthened one raised. */
    CLEAR,
    /** The change is not carried out; the reasons say why. */
    FLAGGED
}
