-- a fact is keyed by its decision's number and date, so that a decision re-issued under the revoked one's number is a new
-- fact (docs/domain.md, "Dishonesty list"): the keys written before gain the date their records carry, proposals first
update listing l set fact_key = r.fact_key || '/' || r.decided_on
  from infringement_record r
 where l.fact_key = r.fact_key and l.subject_id = r.subject_id and r.decided_on is not null;
update infringement_record set fact_key = fact_key || '/' || decided_on where decided_on is not null;
