/** A trivial route registered on Fastify itself: no Nest pipeline, no I/O. The HTTP floor. */
export const BARE_ROUTE = '/bench/bare';

/** The routes the HTTP measurements time: the stance endpoint and the two baselines. */
export type RouteKind = 'stances' | 'health' | 'bare';
