import { applyDecorators } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiParam } from '@nestjs/swagger';
import { bodySchema } from '../openapi/body-schema.js';
import { ApiErrorResponses } from '../openapi/error-responses.js';
import { createSubscriptionSchema } from './create-subscription.dto.js';

const SUBSCRIPTION = {
  id: 'sub_2b1d0c9a6f0e4b7c8d5e3f1a2b3c4d5e',
  url: 'https://example.com/hooks/stanceline',
  topic: 'kuril-islands',
  actors: ['russia', 'japan'],
  questions: null,
  description: 'Stance changes of the two governments',
  enabled: true,
  disabledAt: null,
  disabledReason: null,
  failingSince: null,
  createdAt: '2026-11-27T09:00:00.000Z',
};
const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw6c8ZkxQyYpQ=';
const MESSAGE_ID = 'msg_5f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f';
const QUEUED = { id: MESSAGE_ID, status: 'pending' };
const DELIVERY = {
  id: MESSAGE_ID,
  subscriptionId: SUBSCRIPTION.id,
  type: 'stance.changed',
  payload: {
    type: 'stance.changed',
    timestamp: '2026-11-27T09:00:01.250Z',
    data: {
      topic: 'kuril-islands',
      actor: 'russia',
      question: 'sequencing',
      previous: { position: 'treaty-first', since: '2018-11-14' },
      current: { position: 'recognition-first', since: '2019-01-14' },
      eventId: '0b5e2c1a-7d4f-4c1e-9a55-2f7f0e0c9d11',
      articleId: '6f0e2a9c-3b1d-4e5f-8a7b-9c0d1e2f3a4b',
      position: 42,
      affectsCurrent: true,
    },
  },
  position: 42,
  status: 'succeeded',
  attempts: [
    { attemptedAt: '2026-11-27T09:00:01.300Z', statusCode: 500, latencyMs: 31, response: 'oops', error: 'status 500', succeeded: false },
    { attemptedAt: '2026-11-27T09:00:06.100Z', statusCode: 200, latencyMs: 12, response: 'ok', error: null, succeeded: true },
  ],
  nextAttemptAt: null,
  createdAt: '2026-11-27T09:00:01.250Z',
  succeededAt: '2026-11-27T09:00:06.112Z',
};

const ID = ApiParam({ name: 'id', description: 'The subscription id.', example: SUBSCRIPTION.id });
const OWNED = 'Only the API key that created the subscription sees it; for any other key it does not exist (404).';

export const CreateSubscriptionDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Subscribe to stance changes',
      description:
        'A `stance.changed` webhook is POSTed to `url` whenever an actor of `topic` (filtered by `actors` and `questions`) gains a new position at ' +
        'any date. Signed per Standard Webhooks (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The `secret` is shown in this answer only.',
    }),
    ApiBearerAuth(),
    ApiBody({ schema: bodySchema(createSubscriptionSchema), examples: { filtered: { value: { url: SUBSCRIPTION.url, topic: 'kuril-islands', actors: ['russia', 'japan'] } } } }),
    ApiCreatedResponse({ description: 'The subscription and its secret (shown once).', example: { ...SUBSCRIPTION, secret: SECRET } }),
    ApiErrorResponses(400, 401, 415),
  );

export const ListSubscriptionsDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Your subscriptions', description: `Newest first. ${OWNED}` }),
    ApiBearerAuth(),
    ApiOkResponse({ description: 'A page of subscriptions.', example: { items: [SUBSCRIPTION] } }),
    ApiErrorResponses(400, 401),
  );

export const GetSubscriptionDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'One subscription', description: `Whether it is enabled, and why not. Never its secret. ${OWNED}` }),
    ApiBearerAuth(),
    ID,
    ApiOkResponse({ description: 'The subscription.', example: SUBSCRIPTION }),
    ApiErrorResponses(401, 404),
  );

export const DeleteSubscriptionDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Delete a subscription', description: `Nothing more is sent; its delivery log goes with it. ${OWNED}` }),
    ApiBearerAuth(),
    ID,
    ApiNoContentResponse({ description: 'Deleted.', example: '' }),
    ApiErrorResponses(401, 404),
  );

export const RotateSecretDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'Rotate the signing secret',
      description: 'Returns a new secret. Until `previousSecretExpiresAt` (24 h) every webhook carries two `v1,` signatures, one per secret, so a receiver holding either verifies.',
    }),
    ApiBearerAuth(),
    ID,
    ApiOkResponse({ description: 'The new secret (shown once).', example: { id: SUBSCRIPTION.id, secret: SECRET, previousSecretExpiresAt: '2026-11-28T09:00:00.000Z' } }),
    ApiErrorResponses(401, 404),
  );

export const TestSubscriptionDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Send a test ping', description: 'Queues a signed `subscription.test` message, delivered, retried and logged like any other.' }),
    ApiBearerAuth(),
    ID,
    ApiAcceptedResponse({ description: 'Queued; `id` is its webhook-id.', example: QUEUED }),
    ApiErrorResponses(401, 404, 409),
  );

export const ListDeliveriesDocs = () =>
  applyDecorators(
    ApiOperation({
      summary: 'The delivery log',
      description: 'Each message (newest first) with every attempt: time, status code, latency, the first KiB of the response, the error.',
    }),
    ApiBearerAuth(),
    ID,
    ApiOkResponse({ description: 'A page of deliveries.', example: { items: [DELIVERY] } }),
    ApiErrorResponses(400, 401, 404),
  );

export const RedeliverDocs = () =>
  applyDecorators(
    ApiOperation({ summary: 'Redeliver a message', description: 'Sends it again with the same webhook-id, from the start of the retry schedule.' }),
    ApiBearerAuth(),
    ApiParam({ name: 'id', description: 'The message id (webhook-id).', example: MESSAGE_ID }),
    ApiAcceptedResponse({ description: 'Queued.', example: QUEUED }),
    ApiErrorResponses(401, 404, 409),
  );
