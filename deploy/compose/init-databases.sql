-- one database per service: each owns its data
create database case_service;
create database mediation_service;
create database credit_service;
create database notification_service;
