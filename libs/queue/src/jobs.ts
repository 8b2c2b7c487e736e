/**
 * Every queue and job name, in one place. Each job name has exactly one handler; workers check
 * their handler table against this list at start-up.
 */
export const QUEUES = {
  projections: 'projections',
  webhooks: 'webhooks',
} as const;

export const JOBS = {
  projections: {
    /** Apply the log to every projection until caught up. Nudged after appends; also on a schedule. */
    apply: 'apply',
  },
  webhooks: {
    /** One attempt to deliver one message (data: { messageId }). Job id `<message>-<attempts made>`. */
    deliver: 'deliver',
  },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export type JobName<Q extends keyof typeof JOBS> = (typeof JOBS)[Q][keyof (typeof JOBS)[Q]];
