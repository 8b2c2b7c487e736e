/** Grammatical tense of a clause, as far as a date resolver needs it. */
export type Tense = 'past' | 'present' | 'future';

/**
 * The point year-less and relative expressions are resolved against.
 *
 * `date` is `YYYY-MM-DD`: an article's publication date, or the date of the event a piece of
 * reported speech belongs to. `tense` is the fallback for a mention whose sentence carries no
 * tense evidence at all (a verbless headline or caption); a mention's own clause wins otherwise.
 */
export interface DateReference {
  date: string;
  tense: Tense;
}

/** How finely a mention pins its date down; every EDTF string with a `/` is an `interval`. */
export type DatePrecision = 'year' | 'month' | 'day' | 'interval' | 'decade';

/** One date expression found in a text, resolved to EDTF (level 0–1). */
export interface DateMention {
  /** The matched text, `text.slice(start, end)` of the input. */
  text: string;
  start: number;
  end: number;
  /** `1855`, `2018-09`, `2019-01-20`, `1945~`, `2018-11?`, `1949~/2019-01-21`, `199X`. */
  edtf: string;
  /** First day the EDTF value covers, `YYYY-MM-DD`, as the `edtf` package computes it. */
  earliest: string;
  /** Last day the EDTF value covers (inclusive), `YYYY-MM-DD`. */
  latest: string;
  precision: DatePrecision;
  /** The EDTF value carries a `~`, `?` or `%` qualifier on any part. */
  approximate: boolean;
  /** The reference date was needed to resolve the mention. */
  relative: boolean;
}
