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
    content character large object not null
);

create table run_record (
    seq bigint primary key,
    run_id varchar(40) not null unique,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200) not null,
    origin varchar(16) not null,
    scenario_name varchar(1000) not null,
    scenario_content character large object not null,
    scenario_sha256 char(64) not null,
    scenario_files character large object not null,
    changes character large object,
    rule_files character large object not null,
    policy character large object not null,
    engine_version varchar(60) not null,
    random_seed bigint,
    samples integer,
    result character large object not null,
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
    rationale character large object,
    deciding_body varchar(500) not null,
    decided_on date not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(200) not null,
    prev_hash char(64) not null,
    record_hash char(64) not null unique
);
create index decision_record_run on decision_record (run_id);

-- Append-only: the application only inserts; the database refuses anything else on the records.
create trigger run_record_append_only before update, delete on run_record
    for each row call 'org.csapriority.audit.AppendOnlyTrigger';
create trigger decision_record_append_only before update, delete on decision_record
    for each row call 'org.csapriority.audit.AppendOnlyTrigger';
create trigger rule_file_append_only before update, delete on rule_file
    for each row call 'org.csapriority.audit.AppendOnlyTrigger';
create trigger chain_head_moves_forward before update, delete on chain_head
    for each row call 'org.csapriority.audit.ChainHeadTrigger';
