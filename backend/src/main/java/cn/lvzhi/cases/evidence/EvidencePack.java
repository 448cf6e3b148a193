package cn.lvzhi.cases.evidence;

import cn.lvzhi.audit.AuditEntry;
import cn.lvzhi.audit.AuditIntegrity;
import cn.lvzhi.cases.Appeal;
import cn.lvzhi.cases.Case;
import cn.lvzhi.cases.CaseEvent;
import cn.lvzhi.cases.Dispatch;
import cn.lvzhi.cases.Rating;
import cn.lvzhi.cases.Reminder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What an evidence pack (证据包) holds of a case with an unsatisfied rating, read as its exporter sees it: the case, its
 * dispatches with refusals, replies and closings, ratings, reminders, appeals and timeline, the audit rows of all of
 * them with the chain check taken at export, and the photos to put beside the document.
 */
record EvidencePack(Case kase, String category, List<Dispatch> dispatches, List<Rating> ratings, List<Reminder> reminders,
                    List<Appeal> appeals, List<CaseEvent> timeline, Map<Long, String> unitNames, List<AuditEntry> audit,
                    AuditIntegrity chain, List<PhotoFile> photos, String exporter, String exporterUnit,
                    OffsetDateTime exportedAt) {

    /** A photo of the report or of a reply, and the name (without its extension) it takes in the ZIP. */
    record PhotoFile(String ref, String name) {
    }

    String unit(Long id) {
        return id == null ? "" : unitNames.getOrDefault(id, "#" + id);
    }
}
