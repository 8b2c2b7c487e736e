import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../support/fixtures.js';
import type { EvaluationReport } from '../../libs/extraction/src/evaluation/evaluate.js';

/** The figures the test part may not fall below (raised as the extractor improves). */
export interface Floors {
  precision: number;
  recall: number;
  dates: number;
}

export function testFloors(topic: string): Floors {
  return (JSON.parse(readFileSync(join(CORPUS, topic, 'floors.json'), 'utf8')) as { test: Floors }).test;
}

/** Each floor the report falls below, as a sentence; empty when it holds all of them. */
export function belowFloors(report: EvaluationReport, floors: Floors): string[] {
  const figures: Floors = { precision: report.overall.precision, recall: report.overall.recall, dates: report.dates.share };
  return (Object.keys(floors) as (keyof Floors)[])
    .filter((k) => figures[k] < floors[k])
    .map((k) => `${k} ${figures[k].toFixed(3)} is below the floor ${floors[k]}`);
}
