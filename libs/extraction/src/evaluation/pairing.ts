/**
 * The most pairs of an expected and an extracted item that `fits` allows, each item in one pair
 * at most (a maximum bipartite matching, found by augmenting paths). Returns, for each extracted
 * item, the index of the expected item it is paired with, or -1.
 *
 * A greedy pairing, each expected item taking the first free fit in turn, can pair fewer: a
 * timeline whose 1998 signal was missed would give the 2001 signal found to the 1998 one, the
 * 2013 one to 2001's, and so on, and judge every later date wrong. The maximum does not depend
 * on the order the items come in; among maximal pairings, earlier items are tried first.
 */
export function maximumPairing<E, X>(expected: readonly E[], extracted: readonly X[], fits: (want: E, got: X) => boolean): number[] {
  const pairedWith = new Array<number>(extracted.length).fill(-1);
  const candidates = expected.map((want) => extracted.flatMap((got, j) => (fits(want, got) ? [j] : [])));
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of candidates[i]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (pairedWith[j] < 0 || augment(pairedWith[j], seen)) {
        pairedWith[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < expected.length; i++) if (candidates[i].length) augment(i, new Array<boolean>(extracted.length).fill(false));
  return pairedWith;
}

/** How many pairs `maximumPairing` makes. */
export function pairCount<E, X>(expected: readonly E[], extracted: readonly X[], fits: (want: E, got: X) => boolean): number {
  return maximumPairing(expected, extracted, fits).filter((i) => i >= 0).length;
}
