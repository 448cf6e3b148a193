-- Rounds and marking (评估批次、评分): the evidence files a unit attaches to its self-assessment of an indicator (its
-- reply's files are in reply_file_ids), and the indexes behind the unit's task list and the reminder-letter counts.
ALTER TABLE evaluation_score ADD COLUMN self_file_ids bigint[] NOT NULL DEFAULT '{}';

-- a round's score rows per unit, in indicator order (marking table, visibility-filtered reads)
CREATE INDEX evaluation_score_round_unit ON evaluation_score (round_id, unit_id, indicator_code);
-- the letters of one number series (清编评提〔2026〕N号), found by prefix when the next number is drawn
CREATE INDEX evaluation_reminder_letter_no ON evaluation_reminder_letter (letter_no text_pattern_ops);
