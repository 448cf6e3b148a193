package cn.lvzhi.lists;

/** Life cycle of a list item: proposed (草稿) → published (已发布) → retired (已废止). */
public enum ItemStatus {
    DRAFT,
    PUBLISHED,
    RETIRED
}
