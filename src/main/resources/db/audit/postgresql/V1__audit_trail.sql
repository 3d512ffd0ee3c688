-- The audit trail: recorded runs and the decisions taken against them, in one hash chain.
-- seq orders the chain across both tables; each record carries the hash of the record before it.

create table chain_head (
    id integer primary key,
    seq bigint not null,
    record_hash char(64) not null
);
insert into chain_head (id, seq, record_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Rule and policy file texts, stored once and named by their SHA-256.
create table rule_file (
    sha256 char(64) primary key,
    content text not null
);

create table run_record (
    seq bigint primary key,
    run_id varchar(40) not null unique,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200) not null,
    origin varchar(16) not null,
    scenario_name varchar(1000) not null,
    scenario_content text not null,
    scenario_sha256 char(64) not null,
    scenario_files text not null,
    changes text,
    rule_files text not null,
    policy text not null,
    engine_version varchar(60) not null,
    random_seed bigint,
    samples integer,
    result text not null,
    result_sha256 char(64) not null,
    prev_hash char(64) not null,
    record_hash char(64) not null unique
);

create table decision_record (
    seq bigint primary key,
    decision_id varchar(40) not null unique,
    run_id varchar(40) not null references run_record (run_id),
    item_id varchar(200) not null,
    item_name varchar(500) not null,
    engine_outcome varchar(60) not null,
    adopted_outcome varchar(60) not null,
    rationale text,
    deciding_body varchar(500) not null,
    decided_on date not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200) not null,
    prev_hash char(64) not null,
    record_hash char(64) not null unique
);
create index decision_record_run on decision_record (run_id);

-- Append-only: the application only inserts; the database refuses anything else on the records.
create function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit records are append-only: % on % refused', tg_op, tg_table_name;
end
$$;
create trigger run_record_append_only before update or delete on run_record
    for each row execute function audit_append_only();
create trigger decision_record_append_only before update or delete on decision_record
    for each row execute function audit_append_only();
create trigger rule_file_append_only before update or delete on rule_file
    for each row execute function audit_append_only();
create trigger run_record_no_truncate before truncate on run_record
    for each statement execute function audit_append_only();
create trigger decision_record_no_truncate before truncate on decision_record
    for each statement execute function audit_append_only();
create trigger rule_file_no_truncate before truncate on rule_file
    for each statement execute function audit_append_only();

-- The chain's head is never removed and only moves one place forward, to the record just written.
create function audit_chain_head_moves() returns trigger language plpgsql as $$
begin
    if tg_op <> 'UPDATE' then
        raise exception 'the audit chain''s head is never removed';
    end if;
    if new.seq <> old.seq + 1 or not exists (
            select 1 from run_record where seq = new.seq and record_hash = new.record_hash
            union all select 1 from decision_record where seq = new.seq and record_hash = new.record_hash) then
        raise exception 'the audit chain''s head only moves forward, to the record just written';
    end if;
    return new;
end
$$;
create trigger chain_head_moves_forward before update or delete on chain_head
    for each row execute function audit_chain_head_moves();
create trigger chain_head_no_truncate before truncate on chain_head
    for each statement execute function audit_append_only();
