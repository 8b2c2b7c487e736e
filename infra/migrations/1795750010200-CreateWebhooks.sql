-- Webhooks: subscriptions, the outbox of messages (written by the stance projection in the same
-- transaction as the read model it changes), every delivery attempt, and delivery counters.

CREATE TABLE webhook_subscriptions (
  id                     text        PRIMARY KEY,
  -- sha256 of the API key that created it: only that key sees it
  owner                  text        NOT NULL,
  url                    text        NOT NULL,
  topic                  text        NOT NULL,
  -- NULL: every actor / question of the topic
  actors                 text[],
  questions              text[],
  description            text,
  -- HMAC keys (whsec_...): never returned after creation or rotation
  secret                 text        NOT NULL,
  previous_secret        text,
  previous_secret_until  timestamptz,
  enabled                boolean     NOT NULL DEFAULT true,
  disabled_at            timestamptz,
  disabled_reason        text,
  -- the first failed attempt since the last success; a subscription failing for long enough is disabled
  failing_since          timestamptz,
  created_at             timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now())  -- ms: the page cursor's precision
);
CREATE INDEX webhook_subscriptions_topic_idx ON webhook_subscriptions (topic) WHERE enabled;
CREATE INDEX webhook_subscriptions_owner_idx ON webhook_subscriptions (owner, created_at DESC, id DESC);

-- One message per (subscription, stance change) or test ping. The body is stored as sent, so every
-- attempt of a message carries the same bytes and the same webhook-id (the message id).
CREATE TABLE webhook_messages (
  id               text        PRIMARY KEY,
  subscription_id  text        NOT NULL REFERENCES webhook_subscriptions (id) ON DELETE CASCADE,
  event_type       text        NOT NULL,
  body             text        NOT NULL,
  -- the log position of the event behind it (NULL for a test ping)
  log_position     bigint,
  -- the change it reports: a replayed change never makes a second message
  dedup_key        text,
  status           text        NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'delivering', 'succeeded', 'failed', 'cancelled')),
  attempts         int         NOT NULL DEFAULT 0,
  -- attempts since the message was last (re)queued: the step of the retry schedule
  round_attempts   int         NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  -- when a job was last handed to the queue for it (the sweeper re-enqueues a lost one)
  enqueued_at      timestamptz,
  -- while delivering: after this the attempt is presumed lost with its worker
  lease_until      timestamptz,
  created_at       timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),  -- ms: the page cursor's precision
  last_attempt_at  timestamptz,
  succeeded_at     timestamptz,
  UNIQUE (subscription_id, dedup_key)
);
CREATE INDEX webhook_messages_due_idx ON webhook_messages (next_attempt_at) WHERE status IN ('pending', 'delivering');
-- new messages and redeliveries, handed to the queue right after the commit that wrote them
CREATE INDEX webhook_messages_fresh_idx ON webhook_messages (next_attempt_at) WHERE status = 'pending' AND enqueued_at IS NULL;
CREATE INDEX webhook_messages_subscription_idx ON webhook_messages (subscription_id, created_at DESC, id DESC);

CREATE TABLE webhook_attempts (
  id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id     text        NOT NULL REFERENCES webhook_messages (id) ON DELETE CASCADE,
  attempted_at   timestamptz NOT NULL,
  status_code    int,
  latency_ms     int         NOT NULL,
  -- the first KiB of the response
  response_body  text        NOT NULL DEFAULT '',
  error          text,
  succeeded      boolean     NOT NULL
);
CREATE INDEX webhook_attempts_message_idx ON webhook_attempts (message_id, id);

-- Delivery counters for /metrics, kept apart from the log so deleting a subscription does not
-- make a counter go backwards. Spread over shards so concurrent deliveries do not queue on one row.
CREATE TABLE webhook_delivery_metrics (
  outcome     text    NOT NULL CHECK (outcome IN ('succeeded', 'failed')),
  -- latency histogram bucket: the smallest upper bound (ms) the latency fits under; -1 = +Inf
  bucket_ms   int     NOT NULL,
  shard       int     NOT NULL,
  count       bigint  NOT NULL DEFAULT 0,
  latency_ms  bigint  NOT NULL DEFAULT 0,
  PRIMARY KEY (outcome, bucket_ms, shard)
);
