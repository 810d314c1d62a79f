-- how long a published penalty decision stays on display, and its last day (docs/domain.md, "Publication and display");
-- decisions published before this are kept on display as they were (no last day)
alter table penalty_publication add column display_period varchar(20);
alter table penalty_publication add column display_until date;
