export { StanceProjection } from './projections/stance.projection.js';
export { WorldEventsProjection } from './projections/world-events.projection.js';
export { timeline, sameInterval, type Interval, type SignalRecord, type Evidence } from './domain/timeline.js';
