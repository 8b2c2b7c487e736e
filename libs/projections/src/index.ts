export type { ApplyContext, Projection } from './projection.js';
export { CheckpointRepository, type Checkpoint } from './checkpoint.repository.js';
export { ProjectionRunner, type RunOptions } from './projection-runner.js';
export { ProjectionNudger } from './projection-nudger.js';
export { InjectProjections, PROJECTIONS, ProjectionsModule } from './projections.module.js';
export { RunMemory } from './run-memory.js';
export { rebuildProjection, type RebuildOptions, type RebuildResult } from './rebuild-projection.js';
