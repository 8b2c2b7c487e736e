-- Projections: each has a checkpoint (the log cursor it has applied up to), updated in the same
-- transaction as its read models, so a crash never loses or repeats an effect.

CREATE TABLE projection_checkpoints (
  name              text        PRIMARY KEY,
  transaction_id    xid8        NOT NULL DEFAULT '0',
  position          bigint      NOT NULL DEFAULT 0,
  -- the highest global position applied so far (positions are drawn in order but may commit out
  -- of order; "has position N been applied" is answered through the cursor, see the runtime)
  max_position      bigint      NOT NULL DEFAULT 0,
  events_applied    bigint      NOT NULL DEFAULT 0,
  last_recorded_at  timestamptz,
  updated_at        timestamptz NOT NULL DEFAULT now()
);

-- Every stance signal ever reported, and when it stopped counting (retraction or correction).
CREATE TABLE stance_signals (
  event_id            uuid        NOT NULL,
  signal_index        int         NOT NULL,
  article_id          uuid        NOT NULL,
  topic               text        NOT NULL,
  actor               text        NOT NULL,
  question            text        NOT NULL,
  position            text        NOT NULL,
  since               text        NOT NULL,
  earliest            date        NOT NULL,
  latest              date        NOT NULL,
  confidence          double precision NOT NULL,
  quote               text,
  recorded_position   bigint      NOT NULL,
  recorded_at         timestamptz NOT NULL,
  withdrawn_position  bigint,
  withdrawn_at        timestamptz,
  PRIMARY KEY (event_id, signal_index, recorded_position)
);
CREATE INDEX stance_signals_key_idx ON stance_signals (topic, actor, question) WHERE withdrawn_position IS NULL;
CREATE INDEX stance_signals_event_idx ON stance_signals (event_id) WHERE withdrawn_position IS NULL;

-- The stance timeline of each (topic, actor, question) as intervals [valid_from, valid_to) of valid
-- time, each believed from a log position until another (bitemporal): "stance at D" is one index
-- lookup on the current rows, "as known at T" one on the rows believed at T.
CREATE TABLE stance_intervals (
  id                   bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  topic                text        NOT NULL,
  actor                text        NOT NULL,
  question             text        NOT NULL,
  position             text        NOT NULL,
  since                text        NOT NULL,
  earliest             date        NOT NULL,
  latest               date        NOT NULL,
  valid_from           date        NOT NULL,
  valid_to             date,
  evidence             jsonb       NOT NULL,
  known_from_position  bigint      NOT NULL,
  known_from_time      timestamptz NOT NULL,
  known_to_position    bigint,
  known_to_time        timestamptz
);
CREATE INDEX stance_intervals_current_idx ON stance_intervals (topic, actor, question, valid_from DESC) WHERE known_to_position IS NULL;
CREATE INDEX stance_intervals_history_idx ON stance_intervals (topic, actor, question, valid_from DESC, known_from_position);

-- The topic's news events, each version believed from a log position until it was corrected or
-- retracted.
CREATE TABLE world_events (
  event_id             uuid        NOT NULL,
  article_id           uuid        NOT NULL,
  topic                text        NOT NULL,
  type                 text        NOT NULL,
  date                 text        NOT NULL,
  earliest             date        NOT NULL,
  latest               date        NOT NULL,
  context              text[]      NOT NULL,
  actors               text[]      NOT NULL,
  place                text,
  summary              text        NOT NULL,
  stances              jsonb       NOT NULL,
  evidence             jsonb,
  confidence           double precision NOT NULL,
  known_from_position  bigint      NOT NULL,
  known_from_time      timestamptz NOT NULL,
  known_to_position    bigint,
  known_to_time        timestamptz,
  PRIMARY KEY (event_id, known_from_position)
);
CREATE INDEX world_events_current_idx ON world_events (topic, earliest, event_id) WHERE known_to_position IS NULL;
CREATE INDEX world_events_known_idx ON world_events (topic, earliest, event_id, known_from_position);
CREATE INDEX world_events_actors_idx ON world_events USING gin (actors);
