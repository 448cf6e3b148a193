-- 谁派单、谁知情: a department or township sees the dispatches it sent or received and everything downstream of
-- them. To state that rule in a query (for paged lists and counts) each dispatch keeps the ids of the dispatches
-- above it: '/' for a first hop, '/<first hop>/…/<parent>/' below it. The database fills it in from the parent, so
-- no writer can get it wrong, and a dispatch never moves in the tree.
ALTER TABLE case_dispatch ADD COLUMN ancestry text NOT NULL DEFAULT '/';

WITH RECURSIVE chain (id, ancestry) AS (
    SELECT id, '/'::text FROM case_dispatch WHERE parent_dispatch_id IS NULL
    UNION ALL
    SELECT d.id, chain.ancestry || d.parent_dispatch_id || '/'
    FROM case_dispatch d JOIN chain ON d.parent_dispatch_id = chain.id
)
UPDATE case_dispatch d SET ancestry = chain.ancestry FROM chain WHERE d.id = chain.id AND chain.ancestry <> '/';

CREATE FUNCTION case_dispatch_ancestry() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NEW.parent_dispatch_id IS DISTINCT FROM OLD.parent_dispatch_id THEN
            RAISE EXCEPTION 'a dispatch never moves to another parent';
        END IF;
        NEW.ancestry := OLD.ancestry;
    ELSIF NEW.parent_dispatch_id IS NULL THEN
        NEW.ancestry := '/';
    ELSE
        SELECT p.ancestry || p.id || '/' INTO STRICT NEW.ancestry FROM case_dispatch p WHERE p.id = NEW.parent_dispatch_id;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER case_dispatch_ancestry BEFORE INSERT OR UPDATE ON case_dispatch
    FOR EACH ROW EXECUTE FUNCTION case_dispatch_ancestry();

-- An appeal's decision belongs to the rated dispatch (its reason speaks of that unit's work); it was recorded on
-- the case as a whole, so every party of the case read it. Attach the earlier ones to their dispatch: the
-- decision an event records is the latest one of its case decided before it (both are written under the case's
-- row lock, one decision at a time).
UPDATE case_event e SET dispatch_id = (
    SELECT r.dispatch_id FROM case_appeal a JOIN case_rating r ON r.id = a.rating_id
    WHERE a.case_id = e.case_id AND a.decided_at <= e.occurred_at
    ORDER BY a.decided_at DESC LIMIT 1)
WHERE e.kind = 'APPEAL_DECIDED' AND e.dispatch_id IS NULL;
