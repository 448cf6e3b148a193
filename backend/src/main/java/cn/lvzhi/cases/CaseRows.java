package cn.lvzhi.cases;

import io.vertx.sqlclient.Row;

import java.util.Arrays;
import java.util.List;

/**
 * A case, a dispatch and a rating read as plain rows, for the writes that run as statements of their own
 * ({@link RatingWrite}) instead of through Hibernate: every column the entity maps, so the rules that take the
 * entities ({@link CaseLocks.Locked}, {@link RatingPolicy}, {@link HopSettlement}…) see exactly what Hibernate would
 * have loaded. The column lists are the selects; the mappers read them by name.
 */
final class CaseRows {
    /** The columns of {@code case_file} as {@link Case} maps them, qualified by {@code c}. */
    static final String CASE = """
            c.id, c.code, c.title, c.description, c.category_item_id, c.category_text, c.address, c.latitude,
            c.longitude, c.attachments, c.source, c.external_id, c.origin_unit_id, c.area_unit_id, c.area_path,
            c.reporter_subject, c.reporter_name, c.priority, c.deadline, c.status, c.has_unsatisfied, c.ever_disputed,
            c.client_key, c.payload_hash, c.client_time, c.reported_at, c.updated_at, c.round, c.reopen_count,
            c.closed_at, c.basis_item_id, c.basis_item_version, c.basis_duty, c.version""";
    /** The columns of {@code case_dispatch} as {@link Dispatch} maps them, qualified by {@code d}. */
    static final String DISPATCH = """
            d.id, d.case_id, d.parent_dispatch_id, d.ancestry, d.from_unit_id, d.from_subject, d.from_name,
            d.to_unit_id, d.role, d.round, d.instructions, d.status, d.sent_at, d.sign_deadline, d.handle_deadline,
            d.signed_at, d.signed_by_name, d.refused_at, d.refusal_reason, d.replied_at, d.reply_text,
            d.reply_attachments, d.replied_by_name, d.closed_at, d.close_reason, d.closed_by_name, d.basis_item_id,
            d.basis_item_version, d.basis_duty, d.overdue, d.version""";
    /** The columns of {@code case_rating} as {@link Rating} maps them, qualified by {@code r} and named {@code r_…}. */
    static final String RATING = """
            r.id AS r_id, r.dispatch_id AS r_dispatch_id, r.case_id AS r_case_id, r.level AS r_level,
            r.original_level AS r_original_level, r.comment AS r_comment, r.rater_unit_id AS r_rater_unit_id,
            r.rater_subject AS r_rater_subject, r.rater_name AS r_rater_name, r.rated_unit_id AS r_rated_unit_id,
            r.rated_at AS r_rated_at, r.version AS r_version""";

    private CaseRows() {
    }

    static Case caseOf(Row r) {
        Case c = new Case();
        c.id = r.getLong("id");
        c.code = r.getString("code");
        c.title = r.getString("title");
        c.description = r.getString("description");
        c.categoryItemId = r.getLong("category_item_id");
        c.categoryText = r.getString("category_text");
        c.address = r.getString("address");
        c.latitude = r.getDouble("latitude");
        c.longitude = r.getDouble("longitude");
        c.attachments = strings(r, "attachments");
        c.source = CaseSource.valueOf(r.getString("source"));
        c.externalId = r.getString("external_id");
        c.originUnitId = r.getLong("origin_unit_id");
        c.areaUnitId = r.getLong("area_unit_id");
        c.areaPath = r.getString("area_path");
        c.reporterSubject = r.getString("reporter_subject");
        c.reporterName = r.getString("reporter_name");
        c.priority = CasePriority.valueOf(r.getString("priority"));
        c.deadline = r.getOffsetDateTime("deadline");
        c.status = CaseStatus.valueOf(r.getString("status"));
        c.hasUnsatisfied = r.getBoolean("has_unsatisfied");
        c.everDisputed = r.getBoolean("ever_disputed");
        c.clientKey = r.getString("client_key");
        c.payloadHash = r.getString("payload_hash");
        c.clientTime = r.getOffsetDateTime("client_time");
        c.reportedAt = r.getOffsetDateTime("reported_at");
        c.updatedAt = r.getOffsetDateTime("updated_at");
        c.round = r.getInteger("round");
        c.reopenCount = r.getInteger("reopen_count");
        c.closedAt = r.getOffsetDateTime("closed_at");
        c.namedBasis = basis(r);
        c.version = r.getInteger("version");
        return c;
    }

    static Dispatch dispatchOf(Row r) {
        Dispatch d = new Dispatch();
        d.id = r.getLong("id");
        d.caseId = r.getLong("case_id");
        d.parentDispatchId = r.getLong("parent_dispatch_id");
        d.ancestry = r.getString("ancestry");
        d.fromUnitId = r.getLong("from_unit_id");
        d.fromSubject = r.getString("from_subject");
        d.fromName = r.getString("from_name");
        d.toUnitId = r.getLong("to_unit_id");
        d.role = DispatchRole.valueOf(r.getString("role"));
        d.round = r.getInteger("round");
        d.instructions = r.getString("instructions");
        d.status = DispatchStatus.valueOf(r.getString("status"));
        d.sentAt = r.getOffsetDateTime("sent_at");
        d.signDeadline = r.getOffsetDateTime("sign_deadline");
        d.handleDeadline = r.getOffsetDateTime("handle_deadline");
        d.signedAt = r.getOffsetDateTime("signed_at");
        d.signedByName = r.getString("signed_by_name");
        d.refusedAt = r.getOffsetDateTime("refused_at");
        d.refusalReason = r.getString("refusal_reason");
        d.repliedAt = r.getOffsetDateTime("replied_at");
        d.replyText = r.getString("reply_text");
        d.replyAttachments = strings(r, "reply_attachments");
        d.repliedByName = r.getString("replied_by_name");
        d.closedAt = r.getOffsetDateTime("closed_at");
        d.closeReason = r.getString("close_reason");
        d.closedByName = r.getString("closed_by_name");
        d.namedBasis = basis(r);
        d.overdue = r.getBoolean("overdue");
        d.version = r.getInteger("version");
        return d;
    }

    /** The rating of the row's {@link #RATING} columns, or null when it has none. */
    static Rating ratingOf(Row row) {
        Long id = row.getLong("r_id");
        if (id == null) {
            return null;
        }
        Rating r = new Rating();
        r.id = id;
        r.dispatchId = row.getLong("r_dispatch_id");
        r.caseId = row.getLong("r_case_id");
        r.level = RatingLevel.valueOf(row.getString("r_level"));
        r.originalLevel = RatingLevel.valueOf(row.getString("r_original_level"));
        r.comment = row.getString("r_comment");
        r.raterUnitId = row.getLong("r_rater_unit_id");
        r.raterSubject = row.getString("r_rater_subject");
        r.raterName = row.getString("r_rater_name");
        r.ratedUnitId = row.getLong("r_rated_unit_id");
        r.ratedAt = row.getOffsetDateTime("r_rated_at");
        r.version = row.getInteger("r_version");
        return r;
    }

    /** An embedded basis as Hibernate loads it: null when all its columns are. */
    private static NamedBasis basis(Row r) {
        Long item = r.getLong("basis_item_id");
        Integer version = r.getInteger("basis_item_version");
        String duty = r.getString("basis_duty");
        return item == null && version == null && duty == null ? null : new NamedBasis(item, version, duty);
    }

    private static List<String> strings(Row r, String column) {
        String[] values = r.getArrayOfStrings(column);
        return values == null ? null : Arrays.asList(values);
    }
}
