-- Photos of cases (现场照片): uploaded before the report or reply that names them ("photo:<id>"), kept in the
-- database so the backend stays stateless. An uploader sending the same picture twice (a phone retrying) gets the
-- first one back.
CREATE TABLE case_photo (
    id               uuid         PRIMARY KEY,
    uploader_subject text         NOT NULL,
    uploader_unit_id bigint       NOT NULL REFERENCES unit (id),
    content_type     varchar(20)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes       int          NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    sha256           char(64)     NOT NULL,
    data             bytea        NOT NULL,
    created_at       timestamptz  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX case_photo_once_per_uploader ON case_photo (uploader_subject, sha256);
-- which case or reply names a photo, for the visibility check when it is fetched
CREATE INDEX case_file_attachments ON case_file USING gin (attachments);
CREATE INDEX case_dispatch_reply_attachments ON case_dispatch USING gin (reply_attachments);
