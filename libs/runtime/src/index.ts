export { CoreModule } from './core.module.js';
export { runMain, runTask } from './run-main.js';
export { stancelineProjections } from './stanceline-projections.js';
