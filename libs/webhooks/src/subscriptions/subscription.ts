/** A subscription as its owner sees it: never its secrets. */
export interface SubscriptionView {
  id: string;
  url: string;
  topic: string;
  /** null: every actor (question) of the topic. */
  actors: string[] | null;
  questions: string[] | null;
  description: string | null;
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: string | null;
  /** The first failed attempt since the last success, while deliveries keep failing. */
  failingSince: string | null;
  createdAt: string;
}

/** Who is asking: the digest of their API key. Subscriptions of other keys do not exist for them. */
export type OwnerId = string;
