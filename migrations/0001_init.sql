-- Musofir on PostgreSQL: the same trees as the embedded store, as rows of
-- sealed bytes under keyed hashes. Nothing here can name a user without the
-- master key, which never reaches the database.

-- Every tree in one table: (tree, key) -> value, ordered by key within a tree.
CREATE TABLE musofir_kv (
    tree  smallint NOT NULL,
    key   bytea    NOT NULL,
    value bytea    NOT NULL,
    PRIMARY KEY (tree, key)
);

-- Each user's random secret (the key material /forget destroys), with its
-- owner's keyed hash so that a stale reference is told apart.
CREATE TABLE musofir_slots (
    slot   bigint PRIMARY KEY,
    owner  bytea  NOT NULL,
    secret bytea  NOT NULL
);

CREATE SEQUENCE musofir_slot_seq;
