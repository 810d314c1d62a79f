-- an organisation's legal representative, reached by the joint-punishment memoranda too (docs/domain.md, "The legal representative")
alter table infringement_record add column legal_rep_name varchar(100);
alter table infringement_record add column legal_rep_subject_id varchar(60);
alter table listing add column legal_rep_name varchar(100);
alter table listing add column legal_rep_subject_id varchar(60);
create index listing_legal_rep on listing (legal_rep_subject_id) where legal_rep_subject_id is not null;
