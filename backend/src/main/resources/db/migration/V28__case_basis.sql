-- Cases point to their legal basis (issue 14, gap 6): a hop (and the case) names the 权责事项 exercised and, optionally,
-- the 监管责任 of that item it carries out.
--
-- What is pointed to: list_item.id, the item's identity, which stays the same across all its versions (a change
-- publishes version n+1 of the same row), so "powers never exercised" and "items with the most cases" count an item
-- whatever version was current. Beside it the version current when the basis was named, tied to list_item_version,
-- so the wording the handler saw stays readable after the item changes. A 监管责任 has no table of its own: it is a
-- line of the power item's published details, so it is kept as that line's text (checked by the service against
-- the version named).

ALTER TABLE case_dispatch ADD COLUMN basis_item_id bigint REFERENCES list_item (id);
ALTER TABLE case_dispatch ADD COLUMN basis_item_version int;
ALTER TABLE case_dispatch ADD COLUMN basis_duty text;
ALTER TABLE case_dispatch ADD CONSTRAINT dispatch_basis_version
    FOREIGN KEY (basis_item_id, basis_item_version) REFERENCES list_item_version (item_id, version_no);
ALTER TABLE case_dispatch ADD CONSTRAINT dispatch_basis_whole
    CHECK ((basis_item_id IS NULL) = (basis_item_version IS NULL) AND (basis_duty IS NULL OR basis_item_id IS NOT NULL));

-- The case's basis: the one its lead department named on the first hop, kept on the case so that everyone who sees
-- the case (its reporter too, who does not see the hops) reads what power it was handled under.
ALTER TABLE case_file ADD COLUMN basis_item_id bigint REFERENCES list_item (id);
ALTER TABLE case_file ADD COLUMN basis_item_version int;
ALTER TABLE case_file ADD COLUMN basis_duty text;
ALTER TABLE case_file ADD CONSTRAINT case_basis_version
    FOREIGN KEY (basis_item_id, basis_item_version) REFERENCES list_item_version (item_id, version_no);
ALTER TABLE case_file ADD CONSTRAINT case_basis_whole
    CHECK ((basis_item_id IS NULL) = (basis_item_version IS NULL) AND (basis_duty IS NULL OR basis_item_id IS NOT NULL));

CREATE INDEX dispatch_basis_item ON case_dispatch (basis_item_id) WHERE basis_item_id IS NOT NULL;
CREATE INDEX dispatch_sent_at ON case_dispatch (sent_at, to_unit_id);
