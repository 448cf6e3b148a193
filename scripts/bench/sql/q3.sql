-- q3: one case (picked by bench.sh) with its two units, its dispatch tree (both units of each hop) and its ratings
select c.id, c.code, c.title, c.description, c.status, c.priority, c.source, c.reported_at, c.updated_at, c.deadline,
       c.address, c.latitude, c.longitude, c.category_text, c.version,
       ou.id, ou.code, ou.name, ou.kind, au.id, au.code, au.name
from case_file c join unit ou on ou.id = c.origin_unit_id join unit au on au.id = c.area_unit_id
where c.id = :case_id;
select d.id, d.parent_dispatch_id, d.role, d.status, d.instructions, d.from_name, d.sent_at, d.sign_deadline,
       d.handle_deadline, d.signed_at, d.signed_by_name, d.replied_at, d.reply_text, d.overdue,
       fu.id, fu.code, fu.name, tu.id, tu.code, tu.name
from case_dispatch d join unit fu on fu.id = d.from_unit_id join unit tu on tu.id = d.to_unit_id
where d.case_id = :case_id order by d.id;
select r.id, r.dispatch_id, r.level, r.comment, r.rated_at from case_rating r where r.case_id = :case_id order by r.id;
