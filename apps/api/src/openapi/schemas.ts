import type { SchemaObject } from '@nestjs/swagger';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const day = { type: 'string', format: 'date', example: '2018-09-01' } as const;

/** Shared response shapes, referenced from the routes' responses as `#/components/schemas/<name>`. */
export const OPENAPI_SCHEMAS: Record<string, SchemaObject> = {
  Error: {
    type: 'object',
    required: ['statusCode', 'error', 'message'],
    properties: {
      statusCode: { type: 'integer', example: 400 },
      error: { type: 'string', example: 'Bad Request' },
      message: { type: 'string' },
      field: { type: 'string', description: 'The parameter or body field to blame, when there is one.' },
    },
  },
  StanceEvidence: {
    type: 'object',
    required: ['eventId', 'articleId', 'quote'],
    properties: {
      eventId: { type: 'string', format: 'uuid' },
      articleId: { type: 'string', format: 'uuid' },
      quote: { type: 'string', nullable: true },
    },
  },
  Stance: {
    type: 'object',
    required: ['topic', 'actor', 'question', 'position', 'since', 'certain', 'evidence'],
    properties: {
      topic: { type: 'string', example: 'kuril-islands' },
      actor: { type: 'string', example: 'russia' },
      question: { type: 'string', example: 'sequencing' },
      position: { type: 'string', example: 'treaty-first' },
      since: { type: 'string', description: 'EDTF date of the signal that set the position.', example: '2018-09' },
      certain: {
        type: 'boolean',
        description: 'False when the day asked about is before the latest day the signal’s date allows: the position may not have been taken yet.',
      },
      evidence: { type: 'array', items: ref('StanceEvidence') },
    },
  },
  StancesAt: {
    type: 'object',
    required: ['topic', 'at', 'items'],
    properties: { topic: { type: 'string' }, at: { ...day, description: 'The day answered for.' }, items: { type: 'array', items: ref('Stance') } },
  },
  StanceInterval: {
    type: 'object',
    required: ['position', 'from', 'to', 'since', 'evidence'],
    properties: {
      position: { type: 'string' },
      from: { ...day, description: 'First day in effect.' },
      to: { ...day, nullable: true, description: 'First day no longer in effect; null while it still is.' },
      since: { type: 'string', description: 'EDTF date of the signal that set the position.' },
      evidence: { type: 'array', items: ref('StanceEvidence') },
    },
  },
  StanceHistory: {
    type: 'object',
    required: ['topic', 'actor', 'question', 'items'],
    properties: {
      topic: { type: 'string' },
      actor: { type: 'string' },
      question: { type: 'string' },
      items: { type: 'array', items: ref('StanceInterval'), description: 'Oldest first.' },
    },
  },
  NewsEvent: {
    type: 'object',
    required: ['id', 'articleId', 'topic', 'type', 'date', 'earliest', 'latest', 'context', 'actors', 'summary', 'stances', 'confidence'],
    properties: {
      id: { type: 'string', format: 'uuid' },
      articleId: { type: 'string', format: 'uuid' },
      topic: { type: 'string' },
      type: { type: 'string', description: 'PLOVER event type, or statement / poll.', example: 'agree' },
      date: { type: 'string', description: 'EDTF date.', example: '2018-09' },
      earliest: day,
      latest: { ...day, example: '2018-09-30' },
      context: { type: 'array', items: { type: 'string', enum: ['historical', 'future', 'hypothetical', 'negation'] } },
      actors: { type: 'array', items: { type: 'string' } },
      place: { type: 'string', nullable: true },
      summary: { type: 'string' },
      stances: {
        type: 'array',
        items: { type: 'object', properties: { actor: { type: 'string' }, question: { type: 'string' }, position: { type: 'string' } } },
      },
      evidence: {
        type: 'object',
        nullable: true,
        properties: { quote: { type: 'string' }, start: { type: 'integer' }, end: { type: 'integer' } },
      },
      confidence: { type: 'number', minimum: 0, maximum: 1 },
    },
  },
  TopicEventsPage: {
    type: 'object',
    required: ['items'],
    properties: {
      items: { type: 'array', items: ref('NewsEvent') },
      next: { type: 'string', description: 'Cursor of the next page (pass as `after`); absent on the last page.' },
    },
  },
  ProjectionLag: {
    type: 'object',
    required: ['name', 'checkpoint', 'position', 'eventsApplied', 'lagEvents', 'lagSeconds'],
    properties: {
      name: { type: 'string', example: 'stances' },
      checkpoint: { type: 'string', description: 'The log cursor applied up to (as `/v1/log?after=` takes it).' },
      position: { type: 'integer', description: 'The highest log position applied.' },
      eventsApplied: { type: 'integer' },
      lagEvents: { type: 'integer', description: 'Events in the log after the checkpoint.' },
      lagSeconds: { type: 'number', description: 'Transaction time from the last event applied to the head of the log; 0 when caught up.' },
    },
  },
  ProjectionStatus: {
    type: 'object',
    required: ['items', 'head'],
    properties: {
      items: { type: 'array', items: ref('ProjectionLag') },
      head: {
        type: 'object',
        properties: { position: { type: 'integer' }, recordedAt: { type: 'string', format: 'date-time', nullable: true } },
      },
    },
  },
};
