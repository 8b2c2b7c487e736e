const NEGATION_BEFORE = /\b(not|never|no longer|failed to|fails to|fail to|refused to|refuses to|neither|nor|did not|does not|do not|has not|have not|had not|is not|are not|was not|were not)\s+(?:[\p{L}-]+\s+){0,2}$|n['’]t\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "has kept the two countries from signing": prevented, so not done. */
const PREVENTED = /\b(kept|keeps|keep|keeping|prevented|prevents|prevent|stopped|stops|barred|bars)\s+(?:[\p{L}-]+\s+){0,4}from\s+$/iu;
const HYPOTHETICAL = /\b(if|unless|were to|could|might|would be willing|hypothetical(?:ly)?|in question|in doubt|perhaps|possibly|whether|expects?|expected|imagine|theoretically|conceivabl\w*|only (?:once|if|after|when)|on condition|provided that|conditional on)\b/i;

/** True when a negation governs the words that start at `at` ("did not agree", "failed to sign"). */
export function negatedAt(text: string, clauseStart: number, at: number): boolean {
  const before = text.slice(Math.max(clauseStart, at - 60), at);
  return NEGATION_BEFORE.test(before.slice(-40)) || PREVENTED.test(before);
}

/** True when the clause only entertains a possibility ("if Japan were to...", "could", "in question"). */
export function hypothetical(clause: string): boolean {
  return HYPOTHETICAL.test(clause) || /\bmay\b/.test(clause) || /^\s*were\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+to\b/iu.test(clause);
}

/** "has kept the two countries from signing a treaty": what the words after `at` say was prevented. */
export function prevented(text: string, clauseStart: number, at: number): boolean {
  return PREVENTED.test(text.slice(Math.max(clauseStart, at - 60), at));
}
