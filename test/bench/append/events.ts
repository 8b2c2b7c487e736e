/** An event as every target receives it; each target adds ids and serializes in its own way. */
export interface BenchEvent {
  type: string;
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
}

const TYPES = ['NewsEventReported', 'StanceStated', 'SourceCited'] as const;
const STANCES = ['supports', 'opposes', 'neutral', 'unclear'] as const;

/**
 * `count` events shaped like the service's own: about 300 bytes of JSON data each. Varied per
 * index so the JSON is not one repeated string, but fixed for a given index (reproducible).
 */
export function makeEvents(count: number, seed: number): BenchEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const n = seed * 1_000 + i;
    const id = String(n % 10_000).padStart(4, '0');
    return {
      type: TYPES[n % TYPES.length],
      data: {
        disputeId: `dispute-${id}`,
        partyId: `party-${String(n % 97).padStart(2, '0')}`,
        stance: STANCES[n % STANCES.length],
        confidence: (((n * 37) % 100) + 1) / 100,
        source: { outlet: 'Northern Ledger', url: `https://news.example.org/2025/03/14/talks-${id}` },
        headline: `Talks stall as delegation ${id} rejects revised water-sharing proposal`,
        reportedAt: new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString(),
      },
      metadata: { correlationId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}` },
    };
  });
}
