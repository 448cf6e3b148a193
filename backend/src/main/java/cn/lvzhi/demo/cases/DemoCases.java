package cn.lvzhi.demo.cases;

import cn.lvzhi.cases.CasePriority;
import cn.lvzhi.cases.CaseSource;
import cn.lvzhi.cases.CaseStatus;
import cn.lvzhi.cases.DispatchRole;
import cn.lvzhi.cases.DispatchStatus;
import cn.lvzhi.cases.RatingLevel;
import cn.lvzhi.cases.WorkingDays;
import cn.lvzhi.demo.lists.ListItemSeed;
import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.demo.org.UnitSeed;
import cn.lvzhi.lists.ItemDetails;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.org.UnitKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Generates months of “一件事” case history for 清河区 (演示事件): grid workers and the 12345 hotline report, the
 * township command room accepts, the district command centre dispatches to the lead and co-operating units the
 * collaboration, boundary and territorial items name, handlers sign, refuse or reply, the centre rates. Every
 * state occurs; older cases are mostly closed, recent ones still open. Deterministic for a given end date.
 */
public final class DemoCases {
    private static final long SEED = 0x43415345L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final Set<ListKind> CATEGORY_KINDS = EnumSet.of(ListKind.COLLABORATION, ListKind.TERRITORIAL, ListKind.BOUNDARY);

    /** Free categories (no list item) and the department that usually leads on them. */
    private static final String[][] FREE = {
            {"占道经营", "JZ-QH-D11"}, {"垃圾乱堆乱放", "JZ-QH-D11"}, {"噪声扰民", "JZ-QH-D10"}, {"违章搭建", "JZ-QH-D08"},
            {"路灯损坏", "JZ-QH-D11"}, {"窨井盖缺失", "JZ-QH-D11"}, {"河道漂浮物", "JZ-QH-D14"}, {"餐饮油烟", "JZ-QH-D10"},
            {"无证犬只", "JZ-QH-D03"}, {"消防通道堵塞", "JZ-QH-D19"}};
    private static final String[] STREETS = {"建设路", "人民路", "解放路", "滨江大道", "文昌路", "东湖路", "柳营街", "石桥路", "青山大道", "新丰路"};
    private static final String[] REPLIES = {"已到现场核查并责令整改，整改到位", "已立案调查，依法作出处理", "已协调相关单位完成处置",
            "经核查情况属实，已清理完毕", "已约谈责任主体，限期整改并复查合格"};
    private static final String[] UNSATISFIED = {"处置不彻底，问题反复出现", "超期未反馈，群众再次投诉", "现场复核仍未整改到位"};
    private static final String[] REFUSALS = {"不属于本单位职责，应由属地镇街处置", "该事项无执法依据，请重新派单", "已有其他部门牵头，本单位仅配合"};

    /** A rating of a replied dispatch by the dispatching unit. */
    public record RatingSeed(RatingLevel level, String comment, OffsetDateTime ratedAt) {
    }

    /** One dispatch of a case, from the district command centre (first hop). */
    public record DispatchSeed(String toUnitCode, DispatchRole role, DispatchStatus status, OffsetDateTime sentAt,
                               OffsetDateTime signDeadline, OffsetDateTime handleDeadline, OffsetDateTime signedAt,
                               OffsetDateTime repliedAt, String replyText, OffsetDateTime refusedAt, String refusalReason,
                               RatingSeed rating) {
    }

    /** One case with its dispatches. */
    public record CaseSeed(String code, String title, String description, String categoryItemCode, String categoryText,
                           String address, CaseSource source, String externalId, String originUnitCode, String areaUnitCode,
                           String reporterSubject, String reporterName, CasePriority priority, CaseStatus status,
                           OffsetDateTime reportedAt, OffsetDateTime acceptedAt, OffsetDateTime closedAt,
                           List<DispatchSeed> dispatches) {
        public boolean hasUnsatisfied() {
            return dispatches.stream().anyMatch(d -> d.rating() != null && d.rating().level() == RatingLevel.UNSATISFIED);
        }
    }

    private DemoCases() {
    }

    /** A category: a list item (or a free text) with the units that lead and co-operate. */
    private record Category(String itemCode, String text, String lead, List<String> cooperating, boolean territorial) {
    }

    /**
     * About {@code perDay} cases a day for {@code days} days up to the day before {@code now} (Shanghai date), in
     * 清河区's townships, categorised by the demo lists. Nothing happens after {@code now}: a step that would fall
     * later happens at {@code now} (the history is relative to the day it is loaded, never in the future).
     */
    public static List<CaseSeed> generate(List<UnitSeed> units, List<ListItemSeed> items, OffsetDateTime now, int days, int perDay) {
        LocalDate until = now.atZoneSameInstant(WorkingDays.ZONE).toLocalDate().minusDays(1);
        Random random = new Random(SEED);
        Map<String, List<String>> gridsByTownship = new TreeMap<>();
        Set<String> known = new java.util.HashSet<>();
        for (UnitSeed u : units) {
            known.add(u.code());
            if (u.kind() == UnitKind.GRID && u.code().startsWith(DemoDistrict.DISTRICT + "-T")) {
                gridsByTownship.computeIfAbsent(u.code().substring(0, DemoDistrict.DISTRICT.length() + 4), k -> new ArrayList<>()).add(u.code());
            }
        }
        List<String> townships = new ArrayList<>(gridsByTownship.keySet());
        List<Category> categories = categories(items, known);
        List<CaseSeed> cases = new ArrayList<>();
        Map<LocalDate, Integer> perDate = new HashMap<>();
        for (int back = days; back >= 0; back--) {
            LocalDate day = until.minusDays(back);
            int n = perDay / 2 + random.nextInt(perDay + 1);
            for (int i = 0; i < n; i++) {
                OffsetDateTime at = day.atTime(7 + random.nextInt(13), random.nextInt(60)).atZone(WorkingDays.ZONE).toOffsetDateTime();
                int seq = perDate.merge(day, 1, Integer::sum);
                String township = townships.get(random.nextInt(townships.size()));
                cases.add(oneCase(random, now, "QH-" + DAY.format(day) + "-" + String.format("%04d", seq), at, back, township,
                        gridsByTownship.get(township), categories.get(random.nextInt(categories.size()))));
            }
        }
        return cases;
    }

    private static List<Category> categories(List<ListItemSeed> items, Set<String> known) {
        List<Category> out = new ArrayList<>();
        for (ListItemSeed item : items) {
            if (!CATEGORY_KINDS.contains(item.kind()) || !item.code().startsWith("QH-") || !known.contains(item.unitCode())) {
                continue;
            }
            ItemDetails d = item.details();
            List<ItemDetails.Party> parties = d.collaboration() != null ? d.collaboration().cooperating()
                    : d.boundary() != null ? d.boundary().cooperating() : List.of();
            List<String> co = parties == null ? List.of() : parties.stream().map(ItemDetails.Party::unitCode)
                    .filter(known::contains).filter(c -> !c.equals(item.unitCode())).distinct().limit(2).toList();
            out.add(new Category(item.code(), item.name(), item.unitCode(), co, item.kind() == ListKind.TERRITORIAL));
        }
        for (String[] free : FREE) {
            if (known.contains(free[1])) {
                // free categories come up as often as a handful of list items together
                for (int i = 0; i < Math.max(1, out.size() / 60); i++) {
                    out.add(new Category(null, free[0], free[1], List.of(), false));
                }
            }
        }
        return out;
    }

    private static CaseSeed oneCase(Random r, OffsetDateTime now, String code, OffsetDateTime at, int ageDays, String township, List<String> grids,
                                    Category category) {
        CaseStatus status = status(r, ageDays);
        boolean hotline = r.nextInt(5) == 0;
        String grid = grids.get(r.nextInt(grids.size()));
        String origin = hotline ? DemoDistrict.HOTLINE : grid;
        String street = STREETS[r.nextInt(STREETS.length)];
        String title = (category.itemCode() == null ? category.text() : shortName(category.text())) + "（" + street + "）";
        String address = township.equals(DemoDistrict.TOWNSHIP) ? "清河街道" + street + (1 + r.nextInt(200)) + "号"
                : street + (1 + r.nextInt(200)) + "号附近";
        OffsetDateTime accepted = status == CaseStatus.REPORTED ? null : notAfter(now, at.plusMinutes(10 + r.nextInt(120)));
        List<DispatchSeed> dispatches = new ArrayList<>();
        OffsetDateTime closed = null;
        if (EnumSet.of(CaseStatus.DISPATCHED, CaseStatus.IN_PROGRESS, CaseStatus.COMPLETED, CaseStatus.CLOSED, CaseStatus.DISPUTED)
                .contains(status)) {
            OffsetDateTime sent = notAfter(now, accepted.plusMinutes(20 + r.nextInt(180)));
            List<String[]> targets = new ArrayList<>();
            targets.add(new String[]{category.lead(), DispatchRole.LEAD.name()});
            category.cooperating().forEach(c -> targets.add(new String[]{c, DispatchRole.CO_OPERATE.name()}));
            if (category.territorial()) {
                targets.add(new String[]{township, DispatchRole.CO_OPERATE.name()});
            }
            OffsetDateTime last = sent;
            for (String[] t : targets) {
                DispatchSeed d = dispatch(r, now, status, t[0], DispatchRole.valueOf(t[1]), sent);
                dispatches.add(d);
                if (d.repliedAt() != null && d.repliedAt().isAfter(last)) {
                    last = d.repliedAt();
                }
                if (d.rating() != null && d.rating().ratedAt().isAfter(last)) {
                    last = d.rating().ratedAt();
                }
            }
            if (status == CaseStatus.CLOSED) {
                closed = notAfter(now, last.plusHours(1 + r.nextInt(24)));
            }
        } else if (status == CaseStatus.CANCELLED) {
            closed = notAfter(now, at.plusHours(2));
        }
        CasePriority priority = r.nextInt(10) == 0 ? CasePriority.HIGH : r.nextInt(30) == 0 ? CasePriority.URGENT : CasePriority.NORMAL;
        return new CaseSeed(code, title, "群众反映：" + category.text() + "，地点" + address + "，请尽快核查处置。",
                category.itemCode(), category.itemCode() == null ? category.text() : null, address,
                hotline ? CaseSource.HOTLINE_12345 : CaseSource.GRID_WORKER, hotline ? "RX-" + code : null, origin, township,
                hotline ? "demo:hotline" : "demo:grid:" + grid, hotline ? "12345热线" : "网格员（" + grid.substring(grid.length() - 7) + "）",
                priority, status, at, accepted, closed, dispatches);
    }

    private static String shortName(String name) {
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    /** Old cases are mostly closed; the last two weeks hold the open ones. */
    private static CaseStatus status(Random r, int ageDays) {
        int p = r.nextInt(100);
        if (ageDays > 14) {
            return p < 90 ? CaseStatus.CLOSED : p < 94 ? CaseStatus.COMPLETED : p < 97 ? CaseStatus.CANCELLED : CaseStatus.DISPUTED;
        }
        if (p < 8) {
            return CaseStatus.REPORTED;
        }
        if (p < 15) {
            return CaseStatus.ACCEPTED;
        }
        if (p < 30) {
            return CaseStatus.DISPATCHED;
        }
        if (p < 55) {
            return CaseStatus.IN_PROGRESS;
        }
        if (p < 70) {
            return CaseStatus.COMPLETED;
        }
        return p < 93 ? CaseStatus.CLOSED : p < 97 ? CaseStatus.DISPUTED : CaseStatus.CANCELLED;
    }

    /** A first-hop dispatch consistent with the case's state. */
    private static DispatchSeed dispatch(Random r, OffsetDateTime now, CaseStatus status, String to, DispatchRole role, OffsetDateTime sent) {
        OffsetDateTime signBy = WorkingDays.plus(sent, 1);
        OffsetDateTime handleBy = WorkingDays.plus(sent, 5);
        if (status == CaseStatus.DISPUTED) {
            return new DispatchSeed(to, role, DispatchStatus.REFUSED, sent, signBy, handleBy, null, null, null,
                    notAfter(now, sent.plusHours(3)), REFUSALS[r.nextInt(REFUSALS.length)], null);
        }
        if (status == CaseStatus.DISPATCHED) {
            return new DispatchSeed(to, role, DispatchStatus.SENT, sent, signBy, handleBy, null, null, null, null, null, null);
        }
        OffsetDateTime signed = notAfter(now, sent.plusMinutes(30 + r.nextInt(60 * 20)));
        // while in progress the lead has not replied yet (its reply would complete the case)
        boolean replied = status == CaseStatus.COMPLETED || status == CaseStatus.CLOSED
                || (role == DispatchRole.CO_OPERATE && r.nextInt(3) == 0);
        if (!replied) {
            return new DispatchSeed(to, role, DispatchStatus.SIGNED, sent, signBy, handleBy, signed, null, null, null, null, null);
        }
        // most replies come in time, some late (超期)
        OffsetDateTime repliedAt = notAfter(now, r.nextInt(8) == 0 ? handleBy.plusHours(4 + r.nextInt(72))
                : signed.plusHours(2 + r.nextInt(60)));
        String reply = REPLIES[r.nextInt(REPLIES.length)];
        boolean rated = status == CaseStatus.CLOSED || (status == CaseStatus.COMPLETED && r.nextBoolean());
        if (!rated) {
            return new DispatchSeed(to, role, DispatchStatus.REPLIED, sent, signBy, handleBy, signed, repliedAt, reply, null, null, null);
        }
        int p = r.nextInt(100);
        RatingLevel level = p < 84 ? RatingLevel.SATISFIED : p < 95 ? RatingLevel.BASICALLY_SATISFIED : RatingLevel.UNSATISFIED;
        String comment = level == RatingLevel.UNSATISFIED ? UNSATISFIED[r.nextInt(UNSATISFIED.length)] : null;
        return new DispatchSeed(to, role, DispatchStatus.RATED, sent, signBy, handleBy, signed, repliedAt, reply, null, null,
                new RatingSeed(level, comment, notAfter(now, repliedAt.plusHours(1 + r.nextInt(30)))));
    }

    /** The moment, or {@code now} when it would lie in the future (each step stays after the one before it). */
    private static OffsetDateTime notAfter(OffsetDateTime now, OffsetDateTime at) {
        return at.isAfter(now) ? now : at;
    }
}
