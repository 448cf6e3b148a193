-- q1 as the department 清河区生态环境局 (its unit path and below, given by bench.sh): Lvzhi's visibility rule (originated by it or a party
-- of a dispatch, its offices included) on the page and on the count
select c.id, c.code, c.title, c.status, c.priority, c.source, c.reported_at, c.address,
       u.id as unit_id, u.code as unit_code, u.name as unit_name, u.kind as unit_kind,
       (select count(*) from case_file t where t.status = 'CLOSED'
          and (exists (select 1 from unit ou where ou.id = t.origin_unit_id and ou.path like :dept_like)
            or exists (select 1 from case_dispatch vd join unit pu on (pu.id = vd.from_unit_id or pu.id = vd.to_unit_id)
                       where vd.case_id = t.id and pu.path like :dept_like))) as total
from case_file c join unit u on u.id = c.origin_unit_id
where c.status = 'CLOSED'
  and (exists (select 1 from unit ou where ou.id = c.origin_unit_id and ou.path like :dept_like)
    or exists (select 1 from case_dispatch vd join unit pu on (pu.id = vd.from_unit_id or pu.id = vd.to_unit_id)
               where vd.case_id = c.id and pu.path like :dept_like))
order by c.id desc limit 51;
