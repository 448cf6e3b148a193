package cn.lvzhi.demo.lists;

import cn.lvzhi.lists.ItemDetails;
import cn.lvzhi.lists.ListKind;

/**
 * One demo list item before it is persisted: its owner is named by unit code (the implementing unit of a power
 * item, the office of a duty task, the lead unit of a boundary/territorial/collaboration item, the village).
 */
public record ListItemSeed(ListKind kind, String code, String name, String unitCode, ItemDetails details) {
}
