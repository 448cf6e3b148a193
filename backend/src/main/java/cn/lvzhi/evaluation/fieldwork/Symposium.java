package cn.lvzhi.evaluation.fieldwork;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** 一场座谈: the symposium held with a drawn unit — when, where, who attended, the points raised and the individual talks. */
@Entity
@Table(name = "fieldwork_symposium")
@Type("FieldworkSymposium")
public class Symposium extends PanacheEntityBase {
    @jakarta.persistence.Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Id
    @NonNull
    public Long id;

    @Column(name = "round_id")
    @Id
    @NonNull
    public Long roundId;

    @Column(name = "unit_id")
    @Id
    @NonNull
    public Long unitId;

    @Column(name = "held_on")
    @NonNull
    public LocalDate heldOn;

    @NonNull
    public String place;

    /** Attendees, points and talks as stored: a JSON object, since the reactive JSON binding takes objects only. */
    public record Content(List<Attendee> attendees, List<Point> points, List<Talk> talks) {
    }

    /** 参会人员. */
    @Type("FieldworkSymposiumAttendee")
    public record Attendee(@NonNull String name, @NonNull String position) {
    }

    /** 座谈中反映的问题, with the ledger problem it raised (if any). */
    @Type("FieldworkSymposiumPoint")
    public record Point(@NonNull String text, @Id Long problemId) {
    }

    /** 个别谈话. */
    @Type("FieldworkSymposiumTalk")
    public record Talk(@NonNull String person, @NonNull String position, @NonNull String summary) {
    }

    @JdbcTypeCode(SqlTypes.JSON)
    @Ignore
    public Content content;

    @Column(name = "recorded_by_name")
    @NonNull
    public String recordedByName;

    @Column(name = "updated_at")
    @NonNull
    public OffsetDateTime updatedAt;

    @Version
    @NonNull
    public int version;

    @NonNull
    public List<@NonNull Attendee> getAttendees() {
        return content == null || content.attendees() == null ? List.of() : content.attendees();
    }

    @NonNull
    public List<@NonNull Point> getPoints() {
        return content == null || content.points() == null ? List.of() : content.points();
    }

    @NonNull
    public List<@NonNull Talk> getTalks() {
        return content == null || content.talks() == null ? List.of() : content.talks();
    }
}
