package cn.lvzhi.demo.org;

import cn.lvzhi.org.CreditCode;
import cn.lvzhi.org.UnitCategory;
import cn.lvzhi.org.UnitKind;
import cn.lvzhi.org.UnitLevel;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the organisation tree of the fictional city of 江州 and its 清河区 (the demo district), and at
 * larger scales further districts of the same shape for benchmarks.
 *
 * <p>The output is deterministic: every district draws from its own {@link Random} with a fixed seed, so the
 * same scale always yields the same list, and 清河区 is identical at every scale. Parents always come before
 * their children, so the list can be inserted in order. All names and administrative divisions are fictional.
 */
public final class DemoDistrict {

    /** 江州市人民政府, the root. */
    public static final String CITY = "JZ";
    /** 江州市清河区人民政府, the demo district. */
    public static final String DISTRICT = "JZ-QH";
    /** 清河区委编办. */
    public static final String ESTABLISHMENT_OFFICE = "JZ-QH-BB";
    /** 清河区委机构编制委员会. */
    public static final String COMMITTEE = "JZ-QH-BW";
    /** 清河区综合信息指挥中心. */
    public static final String COMMAND_CENTRE = "JZ-QH-ZH";
    /** 清河区纪委监委. */
    public static final String DISCIPLINE = "JZ-QH-JW";
    /** 清河区委组织部. */
    public static final String ORGANISATION = "JZ-QH-ZZB";
    /** 清河区12345政务服务便民热线中心. */
    public static final String HOTLINE = "JZ-QH-RX";
    /** 清河区生态环境局: leads on construction-site noise in the seeds' boundary example. */
    public static final String ENVIRONMENT = "JZ-QH-D10";
    /** 清河区城市管理局: co-operates on construction-site noise. */
    public static final String URBAN_MANAGEMENT = "JZ-QH-D11";
    /** 清河街道. */
    public static final String TOWNSHIP = "JZ-QH-T01";
    /** 清河街道综合信息指挥室. */
    public static final String TOWNSHIP_COMMAND_ROOM = "JZ-QH-T01-ZH";
    /** 清河社区第1网格. */
    public static final String GRID = "JZ-QH-T01-V01-G01";

    /** Largest supported scale; district names run out beyond it. */
    public static final int MAX_SCALE = 500;

    private static final String CITY_NAME = "江州市";
    private static final String CITY_DIVISION = "320990";
    private static final long SEED = 0x4A5A_5148L;
    private static final char AUTHORITY_ESTABLISHMENT = '1';
    private static final char TYPE_ORGAN = '1';
    private static final char TYPE_INSTITUTION = '2';

    private static final Pattern DEPARTMENT_CODE = Pattern.compile("JZ-(?:QH|Q\\d+)-(D\\d{2})");

    /** A department of a district (and of the city): {@code %s} stands for 清河区 or 江州市. */
    private record Department(String countyName, String cityName, UnitKind kind, UnitCategory category,
                              List<String> offices) {

        Department(String name, UnitKind kind, UnitCategory category, List<String> offices) {
            this(name, name, kind, category, offices);
        }
    }

    private static final UnitKind GOV = UnitKind.GOVERNMENT_DEPARTMENT;
    private static final UnitKind PARTY = UnitKind.PARTY_DEPARTMENT;
    private static final UnitKind MASS = UnitKind.MASS_ORGANISATION;

    /** D01 … D35, in this order; D10 and D11 are fixed by the seeds' boundary example. */
    private static final List<Department> DEPARTMENTS = List.of(
            new Department("%s发展和改革局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "综合规划科", "固定资产投资科", "价格管理科", "能源科", "社会发展科", "重点项目科")),
            new Department("%s教育局", GOV, UnitCategory.LIVELIHOOD,
                    List.of("办公室", "基础教育科", "职业教育与成人教育科", "教师工作科", "学校安全科", "计划财务科",
                            "教育督导室")),
            new Department("%s公安分局", "%s公安局", GOV, UnitCategory.LAW_ENFORCEMENT,
                    List.of("办公室", "政治处", "治安管理大队", "刑事侦查大队", "交通警察大队", "法制大队", "户政科",
                            "网络安全保卫大队")),
            new Department("%s民政局", GOV, UnitCategory.LIVELIHOOD,
                    List.of("办公室", "社会救助科", "养老服务科", "社会组织管理科", "区划地名科", "儿童福利科")),
            new Department("%s司法局", GOV, UnitCategory.LAW_ENFORCEMENT,
                    List.of("办公室", "法治督察科", "行政执法协调监督科", "人民参与和促进法治科", "公共法律服务管理科",
                            "社区矫正科")),
            new Department("%s财政局", GOV, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "预算科", "国库科", "政府采购管理科", "国有资产管理科", "农业农村科", "会计科")),
            new Department("%s人力资源和社会保障局", GOV, UnitCategory.LIVELIHOOD,
                    List.of("办公室", "就业促进科", "劳动关系科", "养老保险科", "事业单位人事管理科", "劳动保障监察科")),
            new Department("%s自然资源和规划分局", "%s自然资源和规划局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "国土空间规划科", "耕地保护科", "不动产登记科", "执法监察科", "测绘地理信息科")),
            new Department("%s住房和城乡建设局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "建筑市场监管科", "质量安全监督科", "房地产市场管理科", "城市建设科", "物业管理科",
                            "村镇建设科")),
            new Department("%s生态环境局", GOV, UnitCategory.SAFETY_ENVIRONMENT,
                    List.of("办公室", "政策法规科", "行政审批科", "大气环境科", "水环境科", "土壤与固体废物科",
                            "执法监督科")),
            new Department("%s城市管理局", GOV, UnitCategory.LAW_ENFORCEMENT,
                    List.of("办公室", "政策法规科", "市容环境卫生科", "市政设施管理科", "园林绿化科", "建筑垃圾管理科",
                            "执法监督科")),
            new Department("%s交通运输局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "综合规划科", "公路管理科", "道路运输管理科", "安全监督科")),
            new Department("%s农业农村局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "乡村振兴科", "农村经营管理科", "种植业科", "畜牧兽医科", "农产品质量安全科",
                            "农田建设科")),
            new Department("%s水利局", GOV, UnitCategory.SAFETY_ENVIRONMENT,
                    List.of("办公室", "水资源管理科", "河湖管理科", "水旱灾害防御科", "工程建设管理科")),
            new Department("%s商务局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "对外贸易科", "外资外经科", "市场运行科", "商贸流通科")),
            new Department("%s文化和旅游局", GOV, UnitCategory.LIVELIHOOD,
                    List.of("办公室", "艺术科", "公共服务科", "文物保护科", "旅游发展科", "文化市场管理科")),
            new Department("%s卫生健康局", GOV, UnitCategory.LIVELIHOOD,
                    List.of("办公室", "医政医管科", "疾病预防控制科", "基层卫生科", "妇幼健康科", "老龄健康科",
                            "人口监测与家庭发展科", "综合监督科")),
            new Department("%s退役军人事务局", GOV, UnitCategory.LIVELIHOOD,
                    List.of("办公室", "思想政治和权益维护科", "移交安置和就业创业科", "拥军优抚科")),
            new Department("%s应急管理局", GOV, UnitCategory.SAFETY_ENVIRONMENT,
                    List.of("办公室", "应急指挥科", "风险监测和综合减灾科", "危险化学品安全监督管理科",
                            "工贸行业安全监督管理科", "执法监督科")),
            new Department("%s审计局", GOV, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "财政审计科", "经济责任审计科", "投资审计科", "社会保障审计科")),
            new Department("%s市场监督管理局", GOV, UnitCategory.LAW_ENFORCEMENT,
                    List.of("办公室", "登记注册科", "信用监督管理科", "食品安全协调科", "食品生产安全监督管理科",
                            "药品医疗器械监督管理科", "特种设备安全监察科", "价格监督检查和反不正当竞争科", "执法稽查科")),
            new Department("%s统计局", GOV, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "综合科", "国民经济核算科", "农村统计科", "工业交通统计科")),
            new Department("%s医疗保障局", GOV, UnitCategory.LIVELIHOOD,
                    List.of("办公室", "待遇保障科", "医药服务管理科", "基金监管科")),
            new Department("%s行政审批局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "投资建设审批科", "市场准入审批科", "社会事务审批科", "政务服务管理科",
                            "数据资源管理科")),
            new Department("%s信访局", GOV, UnitCategory.SOCIAL_MANAGEMENT,
                    List.of("办公室", "接访科", "办信科", "督查督办科")),
            new Department("%s工业和信息化局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "产业发展科", "技术改造科", "中小企业科", "信息化推进科")),
            new Department("%s科学技术局", GOV, UnitCategory.ECONOMIC_DEVELOPMENT,
                    List.of("办公室", "科技计划科", "高新技术科", "科技人才科")),
            new Department("%s机关事务管理局", GOV, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "资产管理科", "公务用车管理科", "公共机构节能科")),
            new Department("%s委宣传部", PARTY, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "理论科", "宣传科", "新闻科", "文明创建科")),
            new Department("%s委政法委员会", PARTY, UnitCategory.SOCIAL_MANAGEMENT,
                    List.of("办公室", "综治督导科", "执法监督科", "维稳指导科")),
            new Department("%s委统战部", PARTY, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "党派工作科", "民族宗教科", "经济联络科")),
            new Department("%s总工会", MASS, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "组织宣传部", "权益保障部", "财务资产部")),
            new Department("共青团%s委员会", MASS, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "组织部", "宣传部")),
            new Department("%s妇女联合会", MASS, UnitCategory.LIVELIHOOD,
                    List.of("办公室", "权益部", "家庭和儿童工作部")),
            new Department("%s融媒体中心", UnitKind.PUBLIC_INSTITUTION, UnitCategory.GENERAL_SUPPORT,
                    List.of("办公室", "新闻采编部", "广播电视部", "新媒体部", "技术保障部")));

    /** 清河区's townships: T01–T08 are 街道, T09–T20 镇. */
    private static final List<String> QINGHE_TOWNSHIPS = List.of(
            "清河街道", "东湖街道", "西关街道", "南门街道", "北塘街道", "城南街道", "滨江街道", "文昌街道",
            "柳营镇", "石桥镇", "青山镇", "马集镇", "双河镇", "龙泉镇", "白鹭镇", "新丰镇",
            "桃源镇", "黄庄镇", "杏花镇", "永安镇");

    private static final int QINGHE_STREETS = 8;

    /** Names of the further districts (scale &gt; 1), before falling back to generated pairs. */
    private static final List<String> DISTRICT_NAMES = List.of(
            "江北", "云溪", "凤山", "临湖", "白沙", "松陵", "望海", "金川", "东岳", "柳林", "青阳", "石门",
            "安平", "永宁", "龙湾", "玉泉", "长丰", "新安", "兰亭", "梅岭", "桃江", "鹤鸣", "平湖", "翠屏");

    private static final String PLACE_FIRST = "金银玉青白黄红紫凤龙鹤松柏梅兰竹桃杏枫云霞星泉溪湖山石沙";
    private static final String PLACE_SECOND = "水桥港塘源川岭田洲湾坪口阳安宁丰兴华盛";
    private static final String VILLAGE_FIRST = "东西南北前后大小张王李刘陈杨赵周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭田董袁潘蒋";
    private static final String VILLAGE_SECOND = "庄集营桥湾塘店楼圩坝岗河沟窑铺寨洼园台埠";
    private static final String COMMUNITY_FIRST = "锦翠金银春阳和康福安平兴华明新丽景瑞祥嘉泰宁雅润盛丰";
    private static final String COMMUNITY_SECOND = "苑园城里坊庭湾府居河桥岸山林";

    private DemoDistrict() {
    }

    /**
     * The unit tree for {@code scale} districts: the city with its 编办 and departments, then 清河区 and
     * {@code scale - 1} more districts, each with its own 编办, 编委, command centre, departments, internal
     * offices, townships, command rooms, villages/communities and grids.
     *
     * @throws IllegalArgumentException when {@code scale} is not between 1 and {@link #MAX_SCALE}
     */
    public static List<UnitSeed> generate(int scale) {
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException("scale must be between 1 and " + MAX_SCALE + ": " + scale);
        }
        Builder builder = new Builder();
        builder.city();
        Set<String> districtNames = new HashSet<>();
        districtNames.add("清河");
        for (int index = 1; index <= scale; index++) {
            builder.district(index, index == 1 ? "清河" : districtName(index, districtNames));
        }
        return List.copyOf(builder.units);
    }

    /**
     * Code of the {@code index}-th district (1-based): {@link #DISTRICT} for the first, {@code JZ-Q2}, {@code JZ-Q3} …
     * after. ({@code JZ-D10} … would collide with the city departments' codes.)
     */
    public static String districtCode(int index) {
        if (index < 1) {
            throw new IllegalArgumentException("district index starts at 1: " + index);
        }
        return index == 1 ? DISTRICT : CITY + "-Q" + index;
    }

    /**
     * The city department matching a district department ({@code JZ-QH-D10} → {@code JZ-D10}), for the
     * city/county list comparison (上下联动).
     *
     * @throws IllegalArgumentException when {@code departmentCode} is not a district department's code
     */
    public static String cityCounterpart(String departmentCode) {
        Matcher matcher = DEPARTMENT_CODE.matcher(departmentCode == null ? "" : departmentCode);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a district department code: " + departmentCode);
        }
        return CITY + "-" + matcher.group(1);
    }

    private static String districtName(int index, Set<String> used) {
        int fromList = index - 2;
        if (fromList < DISTRICT_NAMES.size()) {
            String name = DISTRICT_NAMES.get(fromList);
            used.add(name);
            return name;
        }
        // Enumerate the pairs in a fixed order and take the first unused: deterministic and collision-free.
        for (int i = 0; i < PLACE_FIRST.length(); i++) {
            for (int j = 0; j < PLACE_SECOND.length(); j++) {
                String name = "" + PLACE_FIRST.charAt(i) + PLACE_SECOND.charAt(j);
                if (used.add(name)) {
                    return name;
                }
            }
        }
        throw new IllegalStateException("district names exhausted");
    }

    /** Accumulates the seeds and numbers the credit codes. */
    private static final class Builder {

        private final List<UnitSeed> units = new ArrayList<>();
        private long creditSequence;

        void city() {
            add(CITY, CITY_NAME + "人民政府", UnitKind.REGION_GOVERNMENT, UnitLevel.CITY, null,
                    credit(TYPE_ORGAN, CITY_DIVISION), null, 1);
            add(CITY + "-BB", CITY_NAME + "委编办", UnitKind.ESTABLISHMENT_OFFICE, UnitLevel.CITY,
                    UnitCategory.GENERAL_SUPPORT, credit(TYPE_ORGAN, CITY_DIVISION), CITY, 1);
            for (int i = 0; i < DEPARTMENTS.size(); i++) {
                Department department = DEPARTMENTS.get(i);
                add(CITY + "-D" + two(i + 1), department.cityName().formatted(CITY_NAME), department.kind(),
                        UnitLevel.CITY, department.category(), credit(creditType(department.kind()), CITY_DIVISION),
                        CITY, i + 2);
            }
        }

        void district(int index, String shortName) {
            String code = districtCode(index);
            String prefix = shortName + "区";
            String division = "3209" + (99 - (index - 1) % 9);
            Random random = new Random(SEED + 1_000_003L * index);
            int sortAmongCity = DEPARTMENTS.size() + 1 + index;

            add(code, CITY_NAME + prefix + "人民政府", UnitKind.REGION_GOVERNMENT, UnitLevel.COUNTY, null,
                    credit(TYPE_ORGAN, division), CITY, sortAmongCity);
            int sort = 0;
            add(code + "-BB", prefix + "委编办", UnitKind.ESTABLISHMENT_OFFICE, UnitLevel.COUNTY,
                    UnitCategory.GENERAL_SUPPORT, credit(TYPE_ORGAN, division), code, ++sort);
            // The committee is a deliberative body, not a legal person: no credit code.
            add(code + "-BW", prefix + "委机构编制委员会", UnitKind.ESTABLISHMENT_COMMITTEE, UnitLevel.COUNTY,
                    null, null, code, ++sort);
            add(code + "-ZH", prefix + "综合信息指挥中心", UnitKind.COMMAND_CENTRE, UnitLevel.COUNTY,
                    UnitCategory.SOCIAL_MANAGEMENT, credit(TYPE_INSTITUTION, division), code, ++sort);
            add(code + "-JW", prefix + "纪委监委", UnitKind.DISCIPLINE_OFFICE, UnitLevel.COUNTY,
                    UnitCategory.GENERAL_SUPPORT, credit(TYPE_ORGAN, division), code, ++sort);
            add(code + "-ZZB", prefix + "委组织部", UnitKind.ORGANISATION_DEPARTMENT, UnitLevel.COUNTY,
                    UnitCategory.GENERAL_SUPPORT, credit(TYPE_ORGAN, division), code, ++sort);
            add(code + "-RX", prefix + "12345政务服务便民热线中心", UnitKind.PUBLIC_INSTITUTION, UnitLevel.COUNTY,
                    UnitCategory.SOCIAL_MANAGEMENT, credit(TYPE_INSTITUTION, division), code, ++sort);

            for (int i = 0; i < DEPARTMENTS.size(); i++) {
                Department department = DEPARTMENTS.get(i);
                String departmentCode = code + "-D" + two(i + 1);
                add(departmentCode, department.countyName().formatted(prefix), department.kind(), UnitLevel.COUNTY,
                        department.category(), credit(creditType(department.kind()), division), code, ++sort);
                List<String> offices = department.offices();
                for (int k = 0; k < offices.size(); k++) {
                    add(departmentCode + "-K" + two(k + 1), offices.get(k), UnitKind.INTERNAL_OFFICE,
                            UnitLevel.COUNTY, null, null, departmentCode, k + 1);
                }
            }

            List<String> townships = index == 1 ? QINGHE_TOWNSHIPS : townshipNames(random);
            Set<String> villageNames = new HashSet<>();
            for (int t = 0; t < townships.size(); t++) {
                township(code + "-T" + two(t + 1), townships.get(t), code, ++sort, division, random, villageNames);
            }
        }

        private void township(String code, String name, String parent, int sort, String division, Random random,
                              Set<String> usedInDistrict) {
            boolean street = name.endsWith("街道");
            String stem = name.substring(0, name.length() - (street ? 2 : 1));
            add(code, name, UnitKind.TOWNSHIP, UnitLevel.TOWNSHIP, null, credit(TYPE_ORGAN, division), parent, sort);
            add(code + "-ZH", name + "综合信息指挥室", UnitKind.TOWNSHIP_COMMAND_ROOM, UnitLevel.TOWNSHIP, null, null,
                    code, 1);

            int villages = 6 + random.nextInt(9);
            Set<String> siblings = new HashSet<>();
            for (int v = 1; v <= villages; v++) {
                UnitKind kind;
                String villageName;
                if (v == 1) {
                    // The seat of a township is a community named after it (清河社区, 柳营社区).
                    kind = UnitKind.COMMUNITY;
                    villageName = stem + "社区";
                } else if (v == 2 && !street) {
                    kind = UnitKind.VILLAGE;
                    villageName = stem + "村";
                } else {
                    kind = random.nextInt(100) < (street ? 85 : 10) ? UnitKind.COMMUNITY : UnitKind.VILLAGE;
                    villageName = kind == UnitKind.COMMUNITY
                            ? pickName(random, COMMUNITY_FIRST, COMMUNITY_SECOND, "社区", siblings, usedInDistrict)
                            : pickName(random, VILLAGE_FIRST, VILLAGE_SECOND, "村", siblings, usedInDistrict);
                }
                siblings.add(villageName);
                usedInDistrict.add(villageName);
                String villageCode = code + "-V" + two(v);
                // Sort after the command room.
                add(villageCode, villageName, kind, UnitLevel.VILLAGE, null, null, code, v + 1);
                int grids = 2 + random.nextInt(3);
                for (int g = 1; g <= grids; g++) {
                    add(villageCode + "-G" + two(g), villageName + "第" + g + "网格", UnitKind.GRID, UnitLevel.VILLAGE,
                            null, null, villageCode, g);
                }
            }
        }

        private static List<String> townshipNames(Random random) {
            int streets = 4 + random.nextInt(7);
            Set<String> stems = new HashSet<>();
            List<String> names = new ArrayList<>();
            for (int t = 0; t < QINGHE_TOWNSHIPS.size(); t++) {
                String stem;
                do {
                    stem = "" + PLACE_FIRST.charAt(random.nextInt(PLACE_FIRST.length()))
                            + PLACE_SECOND.charAt(random.nextInt(PLACE_SECOND.length()));
                } while (!stems.add(stem));
                names.add(stem + (t < streets ? "街道" : "镇"));
            }
            return names;
        }

        /** A name unique among the siblings and, while the pool allows, within the district. */
        private static String pickName(Random random, String first, String second, String suffix,
                                       Set<String> siblings, Set<String> usedInDistrict) {
            for (int attempt = 0; ; attempt++) {
                String name = "" + first.charAt(random.nextInt(first.length()))
                        + second.charAt(random.nextInt(second.length())) + suffix;
                if (!siblings.contains(name) && (attempt >= 50 || !usedInDistrict.contains(name))) {
                    return name;
                }
            }
        }

        private String credit(char type, String division) {
            creditSequence++;
            // An affine map with a multiplier coprime to 10^8 is a bijection: unique, yet not obviously sequential.
            long body = (creditSequence * 48_271L + 1_300_000L) % 100_000_000L;
            return CreditCode.generate(AUTHORITY_ESTABLISHMENT, type, division, "%08d".formatted(body));
        }

        private static char creditType(UnitKind kind) {
            return kind == UnitKind.PUBLIC_INSTITUTION ? TYPE_INSTITUTION : TYPE_ORGAN;
        }

        private void add(String code, String name, UnitKind kind, UnitLevel level, UnitCategory category,
                         String creditCode, String parentCode, int sortOrder) {
            units.add(new UnitSeed(code, name, kind, level, category, creditCode, parentCode, sortOrder));
        }

        private static String two(int n) {
            return "%02d".formatted(n);
        }
    }
}
