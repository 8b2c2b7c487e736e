import 'reflect-metadata';
import { runMain } from '#lib/runtime';
import { startStanceline } from './start-stanceline.js';

/** API and workers in one process (`npm start`): the single-machine shape. */
await runMain('stanceline', async (config) => (await startStanceline(config)).app);
