-- Every delivery of a publication to a recipient (corr deliver, the scheduled deliver job): by
-- mail, or by a copy into a folder. One row per publication, recipient and address; a run that
-- finds it failed tries again in the same row, --resend starts a new one.
create table etl.deliveries (
    delivery_id    bigint primary key,
    publication_id bigint not null,
    recipient      varchar not null,          -- the recipient's name as configured
    channel        varchar not null,          -- mail or folder
    address        varchar not null,          -- the e-mail address, or the folder the files were copied to
    message_id     varchar,                   -- the Message-Id of the mail (the same at every try of the row)
    attachments    varchar not null,          -- JSON: [{"name": …, "sha256": …, "bytes": …}] as sent
    status         varchar not null,          -- sending, sent, failed (tried again by the next run), refused (not tried again)
    attempts       integer not null,          -- tries over every run
    error          varchar,                   -- the last failure, as the relay or the system said it
    started_at     timestamp not null,        -- UTC, the first try
    finished_at    timestamp,                 -- UTC, the last try's end
    triggered_by   varchar not null           -- cli, schedule
);
