package cn.lvzhi.demo.mandates;

import cn.lvzhi.demo.org.DemoDistrict;
import cn.lvzhi.demo.org.UnitSeed;
import cn.lvzhi.mandates.DutyChangeStatus;
import cn.lvzhi.mandates.DutyRole;
import cn.lvzhi.mandates.StaffingFigures;
import cn.lvzhi.org.UnitKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Generates the mandates (“三定”规定) of 清河区's 35 departments: 8–15 duty articles each, drawn from the department's
 * remit and its internal offices, with duties transferred between named departments as in the seeds (外商投资企业
 * 注册登记 from 行政审批局 to 市场监管局, 房屋交易 from 住建局 to 自然资源和规划分局 …), and the staffing with 2–4
 * dated history records. Deterministic: the same district always yields the same mandates.
 */
public final class DemoMandates {
    static final int MIN_DUTIES = 8;
    static final int MAX_DUTIES = 15;
    private static final long SEED = 0x3D1DL;
    private static final Pattern QINGHE_DEPARTMENT = Pattern.compile(Pattern.quote(DemoDistrict.DISTRICT) + "-D\\d{2}");
    private static final Pattern OFFICE_SUFFIX = Pattern.compile("(科|室|大队|部|处)$");

    /** One duty article to insert. */
    public record DutySeed(String unitCode, int ordinal, String text, DutyRole role, DutyChangeStatus changeStatus,
                           String relatedUnitCode) {
    }

    /** One dated staffing record; {@code before} is null for the first approval. */
    public record StaffingRecord(LocalDate effectiveDate, String documentNo, String reason, StaffingFigures before,
                                 StaffingFigures after) {
    }

    /** A department's mandate. */
    public record MandateSeed(String unitCode, List<DutySeed> duties, List<StaffingRecord> history) {
        public StaffingFigures current() {
            return history.get(history.size() - 1).after();
        }
    }

    /** A duty moved between two departments (by department number), as the seeds describe. */
    private record Transfer(String from, String to, String duty) {
    }

    private static final List<Transfer> TRANSFERS = List.of(
            new Transfer("D24", "D21", "外商投资企业注册登记"),
            new Transfer("D09", "D08", "房屋交易管理及房屋交易相关审批"),
            new Transfer("D15", "D21", "商务领域消费投诉举报受理"),
            new Transfer("D09", "D11", "建筑垃圾处置的监督管理"),
            new Transfer("D14", "D13", "农田水利建设管理"),
            new Transfer("D14", "D19", "水旱灾害防治的组织协调"),
            new Transfer("D04", "D18", "退役军人优抚安置"),
            new Transfer("D04", "D23", "医疗救助"),
            new Transfer("D01", "D23", "药品和医用耗材价格管理"),
            new Transfer("D06", "D28", "公务用车管理"),
            new Transfer("D01", "D19", "救灾物资储备管理"),
            new Transfer("D16", "D35", "广播电视节目播出管理"));

    /** The remit of D01 … D35 as the mandate's first article words it. */
    private static final List<String> REMITS = List.of(
            "国民经济和社会发展", "教育", "公安", "民政", "法治建设和司法行政", "财政", "人力资源和社会保障", "自然资源和国土空间规划",
            "住房和城乡建设", "生态环境保护", "城市管理和综合执法", "交通运输", "农业农村", "水利", "商务", "文化和旅游",
            "卫生健康", "退役军人服务保障", "应急管理和安全生产", "审计监督", "市场监督管理", "统计", "医疗保障",
            "行政审批和政务服务", "信访", "工业和信息化", "科学技术", "机关事务", "宣传思想文化", "政法", "统一战线",
            "职工权益维护", "共青团和青少年", "妇女儿童权益保障", "融媒体传播");

    private static final List<String> OFFICE_TEMPLATES = List.of(
            "负责全区%s工作，组织实施%s相关政策、标准和规范，承担监督管理责任。",
            "承担%s方面的统筹协调和业务指导，组织开展%s监督检查。",
            "负责%s相关行政许可、行政检查等权责事项的组织实施，指导镇街开展相关工作。",
            "组织拟订%s工作计划并督促落实，承担%s有关数据统计和信息报送。");

    private static final List<String> SUPPORT_DUTIES = List.of(
            "配合区应急管理局做好本行业领域防灾减灾和突发事件应急处置工作。",
            "配合区财政局、区审计局做好预算执行、国有资产管理的监督检查。",
            "配合区行政审批局做好本部门政务服务事项进驻和“一网通办”工作。",
            "配合区信访局做好本领域信访事项办理和矛盾纠纷化解工作。");

    private static final List<String> STAFFING_REASONS = List.of(
            "职责划入，相应核增编制", "精简编制，收回空余编制", "加强执法监管力量，核增编制", "调整领导职数", "人员调入调出，实有人数变动");

    private DemoMandates() {
    }

    public static List<MandateSeed> generate(List<UnitSeed> district) {
        Map<String, UnitSeed> departments = new LinkedHashMap<>();
        Map<String, List<String>> offices = new LinkedHashMap<>();
        for (UnitSeed u : district) {
            if (QINGHE_DEPARTMENT.matcher(u.code()).matches()) {
                departments.put(u.code(), u);
            }
        }
        for (UnitSeed u : district) {
            if (u.kind() == UnitKind.INTERNAL_OFFICE && departments.containsKey(u.parentCode())) {
                offices.computeIfAbsent(u.parentCode(), k -> new ArrayList<>()).add(u.name());
            }
        }
        List<MandateSeed> mandates = new ArrayList<>();
        int index = 0;
        for (UnitSeed department : departments.values()) {
            Random random = new Random(SEED + index);
            String remit = REMITS.get(index % REMITS.size());
            List<DutySeed> duties = duties(department, remit, offices.getOrDefault(department.code(), List.of()),
                    departments, random);
            mandates.add(new MandateSeed(department.code(), duties, history(department, offices.getOrDefault(department.code(),
                    List.of()).size(), random)));
            index++;
        }
        return mandates;
    }

    private static List<DutySeed> duties(UnitSeed department, String remit, List<String> offices,
                                         Map<String, UnitSeed> departments, Random random) {
        List<DutySeed> duties = new ArrayList<>();
        String code = department.code();
        add(duties, code, "贯彻执行国家、省、市关于" + remit + "工作的方针政策和法律法规，拟订全区" + remit
                + "发展规划和政策措施并组织实施。", DutyRole.LEAD_BODY, DutyChangeStatus.UNCHANGED, null);
        for (String office : offices) {
            if (office.equals("办公室") || duties.size() >= MAX_DUTIES - 4) {
                continue;
            }
            String field = OFFICE_SUFFIX.matcher(office).replaceAll("");
            String text = OFFICE_TEMPLATES.get(random.nextInt(OFFICE_TEMPLATES.size())).replace("%s", field);
            int roll = random.nextInt(10);
            DutyChangeStatus status = roll == 0 ? DutyChangeStatus.ADDED : roll == 1 ? DutyChangeStatus.STRENGTHENED
                    : roll == 2 && duties.size() > 2 ? DutyChangeStatus.CANCELLED : DutyChangeStatus.UNCHANGED;
            add(duties, code, text, random.nextInt(4) == 0 ? DutyRole.LEAD : DutyRole.LEAD_BODY, status, null);
        }
        String number = code.substring(code.lastIndexOf('-') + 1);
        for (Transfer t : TRANSFERS) {
            if (t.from().equals(number)) {
                String to = DemoDistrict.DISTRICT + "-" + t.to();
                add(duties, code, "将" + t.duty() + "职责划出至" + departments.get(to).name() + "，配合做好业务交接和过渡期衔接工作。",
                        DutyRole.SUPPORT, DutyChangeStatus.TRANSFERRED_OUT, to);
            } else if (t.to().equals(number)) {
                String from = DemoDistrict.DISTRICT + "-" + t.from();
                add(duties, code, "承担" + t.duty() + "职责（由" + departments.get(from).name() + "划入）。",
                        DutyRole.LEAD_BODY, DutyChangeStatus.TRANSFERRED_IN, from);
            }
        }
        add(duties, code, "负责本行业领域安全生产和消防安全工作，落实“管行业必须管安全”的要求。", DutyRole.LEAD_BODY,
                random.nextBoolean() ? DutyChangeStatus.STRENGTHENED : DutyChangeStatus.UNCHANGED, null);
        for (int i = 0; duties.size() < MIN_DUTIES - 1; i++) {
            add(duties, code, SUPPORT_DUTIES.get(i % SUPPORT_DUTIES.size()), DutyRole.SUPPORT, DutyChangeStatus.UNCHANGED, null);
        }
        add(duties, code, "完成区委、区政府交办的其他任务。", DutyRole.LEAD_BODY, DutyChangeStatus.UNCHANGED, null);
        return duties;
    }

    private static void add(List<DutySeed> duties, String unitCode, String text, DutyRole role, DutyChangeStatus status,
                            String related) {
        duties.add(new DutySeed(unitCode, duties.size() + 1, text, role, status, related));
    }

    private static List<StaffingRecord> history(UnitSeed department, int offices, Random random) {
        boolean institution = department.kind() == UnitKind.PUBLIC_INSTITUTION;
        int administrative = institution ? 0 : offices * 4 + random.nextInt(7);
        int institutional = institution ? offices * 6 + random.nextInt(9) : random.nextInt(11);
        int service = 1 + random.nextInt(3);
        int leaders = 3 + random.nextInt(3);
        StaffingFigures figures = new StaffingFigures(administrative, institutional, service, leaders,
                administrative + institutional + service - random.nextInt(4));
        List<StaffingRecord> history = new ArrayList<>();
        history.add(new StaffingRecord(LocalDate.of(2019, 3, 1 + random.nextInt(28)), document(2019, random),
                "机构改革“三定”规定初次核定", null, figures));
        int records = 2 + random.nextInt(3);
        int year = 2020;
        for (int i = 1; i < records; i++) {
            year += 1 + random.nextInt(2);
            String reason = STAFFING_REASONS.get(random.nextInt(STAFFING_REASONS.size()));
            StaffingFigures before = figures;
            figures = changed(before, reason, institution, random);
            history.add(new StaffingRecord(LocalDate.of(Math.min(year, 2026), 1 + random.nextInt(10), 1 + random.nextInt(28)),
                    document(Math.min(year, 2026), random), reason, before, figures));
        }
        return history;
    }

    private static StaffingFigures changed(StaffingFigures f, String reason, boolean institution, Random random) {
        int delta = 1 + random.nextInt(2);
        int administrative = f.administrativePosts();
        int institutional = f.institutionalPosts();
        int leaders = f.leaderPosts();
        int headcount = f.actualHeadcount();
        if (reason.startsWith("精简")) {
            if (institution) {
                institutional = Math.max(leaders, institutional - delta);
            } else {
                administrative = Math.max(leaders, administrative - delta);
            }
            headcount = Math.min(headcount, administrative + institutional + f.serviceWorkerPosts());
        } else if (reason.startsWith("调整领导")) {
            leaders = Math.min(administrative + institutional, leaders + 1);
        } else if (reason.startsWith("人员")) {
            headcount = Math.max(0, headcount + (random.nextBoolean() ? delta : -delta));
        } else if (institution) {
            institutional += delta;
        } else {
            administrative += delta;
        }
        return new StaffingFigures(administrative, institutional, f.serviceWorkerPosts(), leaders, headcount);
    }

    private static String document(int year, Random random) {
        return "清编〔" + year + "〕" + (1 + random.nextInt(60)) + "号";
    }
}
