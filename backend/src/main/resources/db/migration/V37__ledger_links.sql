-- 跟踪问效 ledger items opened without a round join the round evaluating the day they were opened (the rule of
-- LedgerService.trackingRound): a round of the unit's scope that had opened and was not yet published then, whose
-- period covers that Beijing day; an annual round before a shorter one, then the latest period. The problem follows.
UPDATE evaluation_ledger_item i SET round_id = (
    SELECT r.id FROM evaluation_round r
    JOIN evaluation_round_unit ru ON ru.round_id = r.id AND ru.unit_id = i.unit_id
    WHERE r.stage <> 'DRAFT' AND (r.published_at IS NULL OR r.published_at > i.opened_at)
      AND (i.opened_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN r.period_start AND r.period_end
    ORDER BY CASE WHEN r.period_kind = 'YEAR' THEN 0 ELSE 1 END, r.period_start DESC, r.id
    LIMIT 1)
WHERE i.source_kind = 'TRACKING' AND i.round_id IS NULL;

UPDATE evaluation_problem p SET round_id = i.round_id
FROM evaluation_ledger_item i
WHERE i.problem_id = p.id AND i.source_kind = 'TRACKING' AND p.round_id IS NULL AND i.round_id IS NOT NULL;
