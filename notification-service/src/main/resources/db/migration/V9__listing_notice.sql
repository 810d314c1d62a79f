-- the notice of a listing proposal names its listing, so that its delivery (or its failure) can be reported to credit-service
alter table message add column listing_id uuid;
