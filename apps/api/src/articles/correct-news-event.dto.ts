import { z } from 'zod';

/**
 * A correction is a full replacement event. Its fields are checked against the topic's codebook by
 * the CorrectNewsEvent handler (which knows the article's topic); here only that it is an object.
 */
export const correctNewsEventSchema = z.record(z.string(), z.unknown(), { message: 'the body must be a JSON object: the replacement event' });

export type CorrectNewsEventBody = z.output<typeof correctNewsEventSchema>;
