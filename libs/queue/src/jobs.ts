/**
 * Every queue and job name, in one place. Each job name has exactly one handler; workers check
 * their handler table against this list at start-up.
 */
export const QUEUES = {
  projections: 'projections',
} as const;

export const JOBS = {
  projections: {
    /** Apply the log to every projection until caught up. Nudged after appends; also on a schedule. */
    apply: 'apply',
  },
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];
export type JobName<Q extends keyof typeof JOBS> = (typeof JOBS)[Q][keyof (typeof JOBS)[Q]];
