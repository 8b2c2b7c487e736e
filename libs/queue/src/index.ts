export { QueueModule } from './queue.module.js';
export { pingRedis } from './ping.js';
export { JOBS, QUEUES, type JobName, type QueueName } from './jobs.js';
