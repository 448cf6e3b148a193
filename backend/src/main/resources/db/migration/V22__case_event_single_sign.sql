-- Signing for a dispatch that moved its case into progress wrote 签收 twice: once on the dispatch and once more on
-- the case itself (a case-level SIGNED step, with no dispatch). The service now writes it once; this removes the
-- case-level copies already written. A case-level SIGNED step has no other origin.
DELETE FROM case_event WHERE kind = 'SIGNED' AND dispatch_id IS NULL;
