package cn.lvzhi.cases.sheets;

import cn.lvzhi.cases.CaseReads;
import cn.lvzhi.cases.basis.BasisReportInput;
import cn.lvzhi.cases.basis.BasisReportReads;
import cn.lvzhi.common.ApiErrors;
import cn.lvzhi.common.DateRanges;
import cn.lvzhi.common.QueryParams;
import cn.lvzhi.common.SheetReader;
import cn.lvzhi.common.SheetWriter;
import cn.lvzhi.org.CurrentScopedActor;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The legal-basis reports (办理依据报表) as an .xlsx download: the {@code basisReport} query's scope and rules
 * ({@code BasisReportPolicy}), with every unnamed case instead of the first 200.
 */
@Path("/api/cases/basis-report")
@ApiErrors
public class BasisSheetResource {
    private final CurrentScopedActor currentActor;
    private final BasisReportReads reports;
    private final CaseReads cases;

    public BasisSheetResource(CurrentScopedActor currentActor, BasisReportReads reports, CaseReads cases) {
        this.currentActor = currentActor;
        this.reports = reports;
        this.cases = cases;
    }

    @GET
    @Path("export")
    public Uni<Response> export(@QueryParam("unitId") Long unitId, @QueryParam("from") String from, @QueryParam("to") String to) {
        BasisReportInput in = new BasisReportInput();
        in.unitId = unitId;
        in.from = QueryParams.time("from", from, true);
        in.to = QueryParams.time("to", to, true);
        return currentActor.get().chain(a -> reports.report(a, in, BasisReportReads.MAX_EXPORT))
                .chain(r -> (r.unitId() == null ? Uni.createFrom().item("全部部门")
                        : cases.units(List.of(r.unitId())).map(m -> m.get(r.unitId()).name)).chain(name -> SheetReader.onWorker(() -> {
                            String period = r.from().atZoneSameInstant(DateRanges.ZONE).format(CaseSheets.DAY) + "至"
                                    + r.to().atZoneSameInstant(DateRanges.ZONE).minusNanos(1).format(CaseSheets.DAY);
                            byte[] xlsx = BasisSheets.workbook(name + "，" + period, r);
                            return SheetWriter.attachment(xlsx, "lvzhi-case-basis-report",
                                    "办理依据报表_" + name + "_" + DateRanges.today().format(DateTimeFormatter.BASIC_ISO_DATE));
                        })));
    }
}
