// The edtf package ships no type declarations; this covers the part the date resolver uses.
declare module 'edtf' {
  /** A parsed date as `parse` returns it: months are zero-based, qualifiers are bitmasks or flags. */
  export interface ParsedDate {
    type?: string;
    level?: number;
    values: Array<number | ParsedDate | null>;
    approximate?: boolean | number;
    uncertain?: boolean | number;
    unspecified?: number;
    /** Minutes east of UTC, for date-times with an offset. */
    offset?: number;
  }

  export interface ParseConstraints {
    level?: 0 | 1 | 2 | 3;
    types?: string[];
  }

  /** Common surface of every EDTF.js value: its canonical string and its bounds in epoch ms. */
  export interface ExtDateTime {
    readonly edtf: string;
    /** Epoch ms of the first instant; -Infinity or null for open or unknown interval starts. */
    readonly min: number | null;
    /** Epoch ms of the last instant; Infinity or null for open or unknown interval ends. */
    readonly max: number | null;
    readonly type: string;
  }

  export class Date implements ExtDateTime {
    constructor(input: ParsedDate);
    readonly edtf: string;
    readonly min: number;
    readonly max: number;
    readonly type: string;
    readonly values: number[];
  }

  export class Interval implements ExtDateTime {
    constructor(input: { values: [ParsedDate | null, ParsedDate | null] });
    readonly edtf: string;
    readonly min: number | null;
    readonly max: number | null;
    readonly type: string;
    readonly lower: Date | number | null;
    readonly upper: Date | number | null;
  }

  export function parse(input: string, constraints?: ParseConstraints): ParsedDate;

  export default function edtf(input: string | ParsedDate, constraints?: ParseConstraints): ExtDateTime;
}
