-- Case notifications reach people, not only units (issue 14, gap 2): read state per user, a per-user choice of
-- which kinds reach the bell, office-coded notifications for a 科室's staff, and a live push on every new one.

-- Until now one person's reading marked the unit's row read for everyone. That mark is kept as what it was — read
-- by the unit before read state became personal — and still counts as read for each of its people, so nobody finds
-- their old messages unread again; from now on reading is recorded per user in notification_read.
ALTER TABLE notification RENAME COLUMN read_at TO unit_read_at;
DROP INDEX notification_recipient_unread;

-- A notification addressed to an internal office (科室) belongs to its department and names the office: the office's
-- staff see only those, the department's people see them as their own.
ALTER TABLE notification ADD COLUMN recipient_office_id bigint REFERENCES unit (id);
CREATE INDEX notification_recipient_office_id ON notification (recipient_office_id, id DESC) WHERE recipient_office_id IS NOT NULL;

CREATE FUNCTION notification_office() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    addressed unit%ROWTYPE;
BEGIN
    SELECT * INTO addressed FROM unit WHERE id = NEW.recipient_unit_id;
    IF addressed.kind = 'INTERNAL_OFFICE' THEN
        NEW.recipient_office_id := addressed.id;
        NEW.recipient_unit_id := addressed.parent_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER notification_office BEFORE INSERT ON notification FOR EACH ROW EXECUTE FUNCTION notification_office();

UPDATE notification n SET recipient_office_id = u.id, recipient_unit_id = u.parent_id
FROM unit u WHERE u.id = n.recipient_unit_id AND u.kind = 'INTERNAL_OFFICE';

-- Every new notification is announced on commit (NOTIFY is transactional), to whichever replica holds the
-- recipient's open stream; the payload carries no text, only what decides who may hear it.
CREATE FUNCTION notification_announce() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('lvzhi_notification', json_build_object('id', NEW.id, 'unit', NEW.recipient_unit_id,
            'office', NEW.recipient_office_id, 'kind', NEW.kind)::text);
    RETURN NULL;
END
$$;
CREATE TRIGGER notification_announce AFTER INSERT ON notification FOR EACH ROW EXECUTE FUNCTION notification_announce();

-- Who of the addressed unit has read what (已读, per user: the token's subject).
CREATE TABLE notification_read (
    notification_id bigint       NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    reader_subject  varchar(255) NOT NULL,
    read_at         timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (reader_subject, notification_id)
);

-- The kinds a person chose not to receive in the bell (消息设置); nothing here means every kind.
CREATE TABLE notification_mute (
    subject varchar(255) NOT NULL,
    kind    varchar(40)  NOT NULL,
    PRIMARY KEY (subject, kind)
);
