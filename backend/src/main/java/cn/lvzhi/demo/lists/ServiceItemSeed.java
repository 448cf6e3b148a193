package cn.lvzhi.demo.lists;

import cn.lvzhi.org.UnitLevel;

/** One demo service item (政务服务事项) before it is persisted; its unit is named by code. */
public record ServiceItemSeed(String code, String name, String unitCode, UnitLevel level, String powerItemCode) {
}
