package cn.lvzhi.lists.sheets;

import cn.lvzhi.common.SheetCells;
import cn.lvzhi.common.SheetReader;
import cn.lvzhi.lists.ItemDetails.Boundary;
import cn.lvzhi.lists.ItemDetails.BoundaryScope;
import cn.lvzhi.lists.ItemDetails.Collaboration;
import cn.lvzhi.lists.ItemDetails.CollaborationKind;
import cn.lvzhi.lists.ItemDetails.DutyTask;
import cn.lvzhi.lists.ItemDetails.Party;
import cn.lvzhi.lists.ItemDetails.Power;
import cn.lvzhi.lists.ItemDetails.Step;
import cn.lvzhi.lists.ItemDetails.Territorial;
import cn.lvzhi.lists.ItemDetails.Village;
import cn.lvzhi.lists.ItemDetails.VillageKind;
import cn.lvzhi.lists.ItemDetails;
import cn.lvzhi.lists.ListItem;
import cn.lvzhi.lists.ListKind;
import cn.lvzhi.lists.ListLabels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The spreadsheet form of each list (清单表格): its Chinese columns and how an item becomes a row and a row an item.
 * Export and import share it, so a list exported from Lvzhi imports back unchanged; people edit the sheet in Excel
 * or WPS. Units are written as "名称（编码）" and read by the code in brackets (or a bare code); several values in one
 * cell go one per line.
 */
final class ListSheet {
    static final String NO = "序号";
    static final String CODE = "事项编码";
    static final String NAME = "事项名称";
    static final String VERSION = "版本";

    static final Map<BoundaryScope, String> SCOPES = new EnumMap<>(Map.of(
            BoundaryScope.INTER_DEPARTMENT, "部门间", BoundaryScope.INTER_OFFICE, "部门内设机构间",
            BoundaryScope.COUNTY_TOWNSHIP, "县乡之间"));
    static final Map<CollaborationKind, String> COLLABORATION_KINDS = new EnumMap<>(Map.of(
            CollaborationKind.JOINT_SUPERVISION, "协同管理", CollaborationKind.JOINT_SERVICE, "协同办理"));
    static final Map<VillageKind, String> VILLAGE_KINDS = new EnumMap<>(Map.of(
            VillageKind.STATUTORY, "依法履行职责事项", VillageKind.ASSISTING, "协助党委政府工作事项"));

    private static final Pattern PARTY = Pattern.compile("^(.+?)\\s*[：:]\\s*(.*)$");
    private static final Pattern STEP = Pattern.compile("^(\\d{1,3})\\s*[.、．]\\s*(.+?)\\s*[：:]\\s*(.*?)\\s*(?:[（(](\\d{1,3})\\s*个?工作日[）)])?$");

    /** How a unit code is shown: "名称（编码）", or the bare code when the unit is unknown. */
    interface UnitNames extends Function<String, String> {
    }

    /** One item as the sheet sees it. */
    record Entry(String code, String name, String unitCode, ItemDetails details) {
    }

    /** A row read from an import sheet, with its problems; {@code entry} is null when the row could not be read. */
    record ReadRow(int row, Entry entry, List<ImportError> errors) {
    }

    private ListSheet() {
    }

    /** The owner column's header: who an item of this list belongs to. */
    static String ownerHeader(ListKind kind) {
        return switch (kind) {
            case POWER -> "实施主体";
            case DUTY_TASK -> "承办科室";
            case BOUNDARY -> "牵头单位";
            case TERRITORIAL, COLLABORATION -> "牵头部门";
            case VILLAGE -> "村（社区）";
        };
    }

    /** The owner's code column, which the import reads (the name column beside it is for people). */
    static String ownerCodeHeader(ListKind kind) {
        return ownerHeader(kind) + "编码";
    }

    /** The kind's own columns, after code, name and owner. */
    static List<String> detailHeaders(ListKind kind) {
        return switch (kind) {
            case POWER -> List.of("权力类型", "实施层级", "设定依据", "通用目录编码", "监管责任");
            case DUTY_TASK -> List.of("对应“三定”职责", "工作流程", "工作规范");
            case BOUNDARY -> List.of("边界类型", "牵头单位职责", "配合单位及职责", "责任科室", "协同流程", "法律依据", "批次");
            case TERRITORIAL -> List.of("牵头部门职责", "乡镇（街道）职责", "个性化事项");
            case COLLABORATION -> List.of("协同类型", "牵头部门职责", "配合单位及职责", "责任科室", "协同流程");
            case VILLAGE -> List.of("事项类型", "规范任务表述");
        };
    }

    /** Columns an import cannot do without. */
    static Set<String> requiredHeaders(ListKind kind) {
        Set<String> required = new TreeSet<>(List.of(CODE, NAME, ownerCodeHeader(kind)));
        switch (kind) {
            case POWER -> required.addAll(List.of("权力类型", "实施层级"));
            case BOUNDARY -> required.add("边界类型");
            case COLLABORATION -> required.add("协同类型");
            case VILLAGE -> required.add("事项类型");
            default -> {
            }
        }
        return required;
    }

    /** All export columns in order, with 序号 first and 版本 last. */
    static List<String> headers(ListKind kind) {
        List<String> h = new ArrayList<>(List.of(NO, CODE, NAME, ownerHeader(kind), ownerCodeHeader(kind)));
        h.addAll(detailHeaders(kind));
        h.add(VERSION);
        return h;
    }

    /** Every unit code an entry mentions (owner, co-operators, offices, process steps), for looking up names. */
    static Set<String> unitCodes(Entry e) {
        Set<String> codes = new TreeSet<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        codes.add(e.unitCode());
        ItemDetails d = e.details();
        if (d.dutyTask() != null) {
            list(d.dutyTask().steps()).forEach(s -> codes.add(s.actorUnitCode()));
        }
        if (d.boundary() != null) {
            list(d.boundary().cooperating()).forEach(p -> codes.add(p.unitCode()));
            codes.addAll(list(d.boundary().responsibleOffices()));
        }
        if (d.collaboration() != null) {
            list(d.collaboration().cooperating()).forEach(p -> codes.add(p.unitCode()));
            codes.addAll(list(d.collaboration().responsibleOffices()));
        }
        codes.remove(null);
        return codes;
    }

    /** The cells of an entry under {@link #detailHeaders} plus the owner columns, keyed by header. */
    static Map<String, String> cells(ListKind kind, Entry e, UnitNames names) {
        Map<String, String> c = new LinkedHashMap<>();
        c.put(CODE, e.code());
        c.put(NAME, e.name());
        c.put(ownerHeader(kind), nameOnly(names.apply(e.unitCode()), e.unitCode()));
        c.put(ownerCodeHeader(kind), e.unitCode());
        ItemDetails d = e.details();
        switch (kind) {
            case POWER -> {
                Power p = d.power();
                c.put("权力类型", p.type() == null ? "" : ListLabels.POWER_TYPES.get(p.type()));
                c.put("实施层级", p.level() == null ? "" : ListLabels.LEVELS.get(p.level()));
                c.put("设定依据", text(p.legalBasis()));
                c.put("通用目录编码", text(p.catalogueCode()));
                c.put("监管责任", lines(list(p.supervisionDuties())));
            }
            case DUTY_TASK -> {
                DutyTask t = d.dutyTask();
                c.put("对应“三定”职责", text(t.mandateDuty()));
                c.put("工作流程", lines(list(t.steps()).stream().map(s -> s.order() + ". " + names.apply(s.actorUnitCode()) + "："
                        + text(s.action()) + (s.timeLimitDays() == null ? "" : "（" + s.timeLimitDays() + "个工作日）")).toList()));
                c.put("工作规范", text(t.workNorm()));
            }
            case BOUNDARY -> {
                Boundary b = d.boundary();
                c.put("边界类型", b.scope() == null ? "" : SCOPES.get(b.scope()));
                c.put("牵头单位职责", text(b.leadResponsibility()));
                c.put("配合单位及职责", parties(b.cooperating(), names));
                c.put("责任科室", lines(list(b.responsibleOffices()).stream().map(names).toList()));
                c.put("协同流程", lines(list(b.collaborationSteps())));
                c.put("法律依据", text(b.legalBasis()));
                c.put("批次", b.batch() > 0 ? String.valueOf(b.batch()) : "");
            }
            case TERRITORIAL -> {
                Territorial t = d.territorial();
                c.put("牵头部门职责", text(t.leadResponsibility()));
                c.put("乡镇（街道）职责", text(t.townshipResponsibility()));
                c.put("个性化事项", t.custom() ? "是" : "否");
            }
            case COLLABORATION -> {
                Collaboration k = d.collaboration();
                c.put("协同类型", k.kind() == null ? "" : COLLABORATION_KINDS.get(k.kind()));
                c.put("牵头部门职责", text(k.leadResponsibility()));
                c.put("配合单位及职责", parties(k.cooperating(), names));
                c.put("责任科室", lines(list(k.responsibleOffices()).stream().map(names).toList()));
                c.put("协同流程", lines(list(k.workflow())));
            }
            case VILLAGE -> {
                Village v = d.village();
                c.put("事项类型", v.kind() == null ? "" : VILLAGE_KINDS.get(v.kind()));
                c.put("规范任务表述", text(v.task()));
            }
        }
        return c;
    }

    /**
     * Reads one data row ({@code cells} by header). Checks what the sheet alone can tell — required cells, known
     * labels, formats, lengths; whether units exist and may be used is checked by the import against the database.
     */
    static ReadRow read(ListKind kind, int row, Map<String, String> cells) {
        Reader r = new Reader(row, cells);
        String code = r.required(CODE);
        if (code != null && !code.matches(ListItem.CODE_FORMAT)) {
            r.error(CODE, "事项编码须由字母、数字和连字符组成，最长 64 位");
        }
        String name = r.required(NAME);
        if (name != null && name.length() > ListItem.NAME_MAX) {
            r.error(NAME, "事项名称最长 " + ListItem.NAME_MAX + " 字");
        }
        String unitCode = r.unit(ownerCodeHeader(kind), true);
        ItemDetails details = switch (kind) {
            case POWER -> new ItemDetails(new Power(r.label("权力类型", ListLabels.POWER_TYPES, true), r.text("设定依据", 2000),
                    r.label("实施层级", ListLabels.LEVELS, true), r.text("通用目录编码", 64), r.lines("监管责任")), null, null, null, null, null);
            case DUTY_TASK -> new ItemDetails(null, new DutyTask(r.text("对应“三定”职责", 2000), r.steps("工作流程"),
                    r.text("工作规范", 4000)), null, null, null, null);
            case BOUNDARY -> new ItemDetails(null, null, new Boundary(r.label("边界类型", SCOPES, true),
                    r.text("牵头单位职责", 2000), r.parties("配合单位及职责"), r.units("责任科室"), r.lines("协同流程"),
                    r.text("法律依据", 2000), r.number("批次"), null), null, null, null);
            case TERRITORIAL -> new ItemDetails(null, null, null, new Territorial(r.text("牵头部门职责", 2000),
                    r.text("乡镇（街道）职责", 2000), r.yesNo("个性化事项")), null, null);
            case COLLABORATION -> new ItemDetails(null, null, null, null, new Collaboration(
                    r.label("协同类型", COLLABORATION_KINDS, true), r.text("牵头部门职责", 2000), r.parties("配合单位及职责"),
                    r.units("责任科室"), r.lines("协同流程")), null);
            case VILLAGE -> new ItemDetails(null, null, null, null, null,
                    new Village(r.label("事项类型", VILLAGE_KINDS, true), r.text("规范任务表述", 2000)));
        };
        List<ImportError> errors = r.errors();
        return new ReadRow(row, errors.isEmpty() ? new Entry(code, name, unitCode, details) : null, errors);
    }

    /**
     * Reads the cells of one row, collecting every problem instead of stopping at the first: the common cells through
     * {@link SheetCells}, the lists' structured cells (parties, steps, several units) here.
     */
    private static final class Reader {
        final SheetCells cells;

        Reader(int row, Map<String, String> cells) {
            this.cells = new SheetCells(new SheetReader.SheetRow(row, cells));
        }

        List<ImportError> errors() {
            return cells.errors().stream().map(e -> new ImportError(e.row(), e.column(), e.message())).toList();
        }

        void error(String column, String reason) {
            cells.error(column, reason);
        }

        String raw(String header) {
            return cells.raw(header);
        }

        String required(String header) {
            return cells.required(header, Integer.MAX_VALUE);
        }

        String text(String header, int max) {
            return cells.optional(header, max);
        }

        <E extends Enum<E>> E label(String header, Map<E, String> labels, boolean required) {
            return cells.label(header, labels, required);
        }

        String unit(String header, boolean required) {
            return cells.unit(header, required);
        }

        List<String> lines(String header) {
            return raw(header).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }

        List<String> units(String header) {
            List<String> codes = new ArrayList<>();
            for (String line : lines(header)) {
                String code = unitCode(line);
                if (code == null) {
                    error(header, "“" + line + "”中没有单位编码，应写作“名称（编码）”");
                } else {
                    codes.add(code);
                }
            }
            return codes;
        }

        List<Party> parties(String header) {
            List<Party> parties = new ArrayList<>();
            for (String line : lines(header)) {
                Matcher m = PARTY.matcher(line);
                String code = m.matches() ? unitCode(m.group(1)) : null;
                if (code == null) {
                    error(header, "“" + line + "”应写作“单位名称（编码）：职责”");
                } else {
                    parties.add(new Party(code, m.group(2).isBlank() ? null : m.group(2).strip()));
                }
            }
            return parties;
        }

        List<Step> steps(String header) {
            List<Step> steps = new ArrayList<>();
            for (String line : lines(header)) {
                Matcher m = STEP.matcher(line);
                String code = m.matches() ? unitCode(m.group(2)) : null;
                if (code == null) {
                    error(header, "“" + line + "”应写作“序号. 科室名称（编码）：办理内容（N个工作日）”");
                } else {
                    steps.add(new Step(Integer.parseInt(m.group(1)), code, m.group(3),
                            m.group(4) == null ? null : Integer.valueOf(m.group(4))));
                }
            }
            return steps;
        }

        int number(String header) {
            String v = raw(header);
            if (v.isEmpty()) {
                return 0;
            }
            try {
                int n = new java.math.BigDecimal(v).intValueExact();
                if (n >= 0) {
                    return n;
                }
            } catch (ArithmeticException | NumberFormatException e) {
                // reported below
            }
            error(header, "“" + v + "”不是非负整数");
            return 0;
        }

        boolean yesNo(String header) {
            String v = raw(header);
            if (v.isEmpty() || v.equals("否")) {
                return false;
            }
            if (v.equals("是")) {
                return true;
            }
            error(header, "应填“是”或“否”");
            return false;
        }
    }

    /** The code in "名称（编码）", or a bare code; null when there is none. */
    static String unitCode(String ref) {
        return SheetReader.unitCode(ref);
    }

    private static String nameOnly(String shown, String code) {
        String suffix = "（" + code + "）";
        return shown.endsWith(suffix) ? shown.substring(0, shown.length() - suffix.length()) : "";
    }

    private static String parties(List<Party> parties, UnitNames names) {
        return lines(list(parties).stream().map(p -> names.apply(p.unitCode()) + "：" + text(p.responsibility())).toList());
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines.stream().filter(Objects::nonNull).toList());
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}
