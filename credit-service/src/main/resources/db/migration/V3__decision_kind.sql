-- whether a record's decision was a penalty or a ruling: only penalties count for repeat infringement (docs/domain.md)
alter table infringement_record add column decision_kind varchar(30);
