export { QueueModule } from './queue.module.js';
export { pingRedis } from './ping.js';
