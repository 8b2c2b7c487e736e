export { QueueModule } from './queue.module.js';
export { QueueProbe } from './queue-probe.js';
export { JOBS, QUEUES, type JobName, type QueueName } from './jobs.js';
export { backendByConnection, bullConnection } from './queue-connection.js';
