-- the day the subject performed the decision a record rests on: credit repair checks it (docs/domain.md, "Dishonesty list")
alter table infringement_record add column performed_on date;
