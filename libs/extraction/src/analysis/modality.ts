const NEGATION_BEFORE = /\b(not|never|no longer|failed to|fails to|fail to|unable to|refused to|refuses to|neither|nor|did not|does not|do not|has not|have not|had not|is not|are not|was not|were not)\s+(?:[\p{L}-]+\s+){0,2}$|n['’]t\s+(?:[\p{L}-]+\s+){0,2}$/iu;
/** "has kept the two countries from signing": prevented, so not done. */
// ("The dispute has prevented the two sides from ever formally signing a peace treaty")
// ("... have prevented them ever signing a peace treaty", "has prevented the two countries signing a treaty": "from" left out.)
const PREVENTED =
  /\b(kept|keeps|keep|keeping|prevented|prevents|prevent|preventing|stopped|stops|stopping|barred|bars|barring)\s+(?:[\p{L}-]+\s+){0,4}(?:from\s+(?:(?:ever|formally|officially|actually|finally|even)\s+){0,2}|(?:them|us|it|both|each other|countries|nations|sides|neighbou?rs|governments|states|parties)\s+(?:(?:ever|formally|officially|from)\s+){0,2})$/iu;

/** True when a negation governs the words that start at `at` ("did not agree", "failed to sign"). */
export function negatedAt(text: string, clauseStart: number, at: number): boolean {
  const before = text.slice(Math.max(clauseStart, at - 60), at);
  return NEGATION_BEFORE.test(before.slice(-40)) || PREVENTED.test(before);
}

/** "turned down repeated Japanese requests to reaffirm ...": what was asked for and refused is not done. */
// ("rejected the idea of signing a treaty before resolving the dispute": an idea rejected is not held.)
const REFUSED_REQUEST =
  /\b(?:turned|turns|turning|turn)\s+down\s+(?:[\p{L}-]+\s+){0,3}(?:requests?|calls?|demands?|appeals?|proposals?|pleas?)\s+(?:to|for)\s+(?:the\s+)?$|\b(?:rejected|rejects|rejecting|refused|refuses|refusing|declined|declines|declining|dismissed|dismisses|dismissing)\s+(?:[\p{L}-]+\s+){0,3}(?:requests?|calls?|demands?|appeals?|proposals?|pleas?)\s+(?:to|for)\s+(?:the\s+)?$|\b(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing|turned\s+down|turns\s+down|ruled\s+out|rules\s+out)\s+(?:the|any|a|this|that|such\s+an?)\s+(?:[\p{L}-]+\s+)?(?:idea|notion|suggestion|proposal|offer|option|possibility|prospect)\s+(?:of|that)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** True when the clause only entertains a possibility ("if Japan were to...", "could", "in question"): `words` is the language's list. */
export function hypothetical(clause: string, words: RegExp): boolean {
  // ", whether at once or in stages": a concessive aside weighs alternatives, it does not hedge the clause.
  // "progress is possible only after Tokyo recognises ...": a condition stated, not a hedge.
  // "Asked whether Japan would settle for two, he said ...": the question asked is not the answer.
  // "could not accept any settlement that ...": a refusal, not a possibility.
  // "under which Shikotan and the Habomai were to be handed over": an obligation set, not a supposition.
  // "there could be no movement until Japan acknowledges ...": a flat denial with its condition, not a possibility.
  const main = clause.replace(CONCESSIVE_WHETHER, '').replace(ONLY_ON_CONDITION, '').replace(ASKED_WHETHER, '').replace(COULD_NOT, '').replace(WAS_TO_BE_DONE, '').replace(COULD_BE_NO, '').replace(AGREED_TO_CONSIDER, '').replace(NO_REASON_TO_DISCUSS, '').replace(ONLY_IF_CLAUSE, '');
  return words.test(main) || /^\s*were\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+to\b/iu.test(main);
}

/** "Asked whether ...", "When asked by reporters about ...": the head of a question put to the speaker. */
export const ASKED_HEAD = String.raw`^\s*(?:(?:when|after|once)\s+)?asked\s+(?:by\s+[^,]{1,40}\s+)?(?:whether|if|about|what|how|why|when)\b`;
const ASKED_WHETHER = new RegExp(`${ASKED_HEAD}[^,;]*,`, 'i');
const CONCESSIVE_WHETHER = /,\s*whether\b[^,;]{0,80}?\bor\b[^,;]*/gi;
const WAS_TO_BE_DONE = /\b(?:was|were)\s+to\s+be\s+(?=[a-z]+(?:ed|en|wn)\b|given\b|handed\b|made\b|held\b)/gi;
const COULD_NOT = /\bcould(?:\s+not|n['’]t|\s+never|\s+no\s+longer)\s+(?=(?:accept|agree|allow|tolerate|countenance|support|approve|recogni[sz]e|give\s+up|hand\s+over|cede|compromise|abandon|continue|conduct|hold|resume|engage\s+in|pursue)\b)/gi;
/** "finds no reason to consider the possibility of a treaty now": a possibility refused, not one entertained. */
const NO_REASON_TO_DISCUSS = /\b(?:no|little)\s+(?:reason|point|need|sense|grounds|basis|right|authority|mandate)\s+(?:to|in|for)\s+(?:discuss(?:ing)?|consider(?:ing)?|talk(?:ing)?\s+about|rais(?:e|ing)|negotiat(?:e|ing))\s+(?:the|any)\s+possibility\b/gi;
/** "agreed to consider the possibility of handing over ...": how the 1956 offer is told, an offer, not a supposition. */
const AGREED_TO_CONSIDER = /\bagree[ds]?\s+to\s+consider\s+the\s+possibility\s+of\b/gi;
const COULD_BE_NO = /\b(?:could|can)\s+be\s+no\s+(?=[^,;.]{1,50}?\b(?:until|unless|before|without)\b)/giu;
/** "..., but only if Japan recognises the outcome of the war": the condition a party sets, held now, not a supposition. */
const ONLY_IF_CLAUSE = /^\s*(?:but\s+|and\s+)?(?:only\s+(?:if|when|once)|provided\s+(?:that\s+)?|on\s+(?:the\s+)?condition\s+that)\s/i;
const ONLY_ON_CONDITION = /\b(?:is|are|was|were|be|becomes?|would\s+be)\s+possible\s+only\s+(?:after|if|once|when|with|on)\b/gi;

/** "has kept the two countries from signing a treaty": what the words after `at` say was prevented. */
export function prevented(text: string, clauseStart: number, at: number, end = at): boolean {
  // ("agreed to consider handing over ...": inside the cue's own words too.)
  if (end > at && CONSIDERED_INSIDE.test(text.slice(at, end))) return true;
  const before = text.slice(Math.max(clauseStart, at - 60), at);
  if (UNABLE.test(before) || (REFUSED_TO.test(before) && !GIVING_UP.test(text.slice(at, at + 16))) || CONSIDERED.test(before) || PREVENTED.test(before) || ABANDONED.test(before) || REFUSED_REQUEST.test(before) || SAYS_NOTHING.test(before) || DENIED_REPORT.test(before)) return true;
  const wide = text.slice(Math.max(clauseStart, at - 200), at);
  // (The cue may open with the gerund itself: "avoided [describing the islands as Japan's]".)
  const gerund = GERUND_OPENING.exec(text.slice(at, end))?.[0] ?? '';
  return CEASED.test(wide + gerund) || SUSPENDED_TALKS.test(wide);
}

/** "the Soviet Union refused to sign the treaty": what one refuses to do is not done, nor sought. */
// ("Japan and Russia have failed to sign a peace treaty", "have yet to conclude one": not done, nor said to be sought.)
const REFUSED_TO = /\b(?:refused|refuses|refusing|declined|declines|declining|failed|fails|failing|yet)\s+to\s+$/i;
/** (Unless what is refused is giving something up: "Japan has refused to give up its claims" holds them.) */
const GIVING_UP = /^(?:give\s+up|giving\s+up|abandon|renounce|drop|relinquish|forgo|forsake|withdraw)\b/i;

/** "Tokyo and Moscow remain unable to conclude a peace treaty": no aim is stated by being unable. */
const UNABLE = /\b(?:unable|incapable)\s+(?:to|of)\s+$/i;

/** "agreed to consider handing over two islands": what one only agrees to consider is no stance yet. */
// (But "agreed to consider the possibility of handing over" is how the 1956 offer is told: an offer.)
const CONSIDERED_INSIDE = /\b(?:(?<!\bagree[ds]?\s+)to|would|will|could|might|may)\s+consider\s/i;
const CONSIDERED = /\b(?:(?<!\bagree[ds]?\s+)to|would|will|could|might|may)\s+consider\s+(?:the\s+(?:possibility|question|idea|option)\s+of\s+)?(?:the\s+|a\s+)?$/i;

/**
 * "announced a suspension of the negotiations to resolve the territorial dispute and conclude a
 * peace treaty": what the suspended talks were for is no one's aim now. (Not past a new subject:
 * "suspended the talks, and Tokyo still wants a treaty".)
 */
const SUSPENDED_TALKS =
  /\b(?:suspen(?:sion|ded|ding|ds?)|halt(?:ed|ing|s)?|froze|frozen|freez(?:e|es|ing)|broke\s+off|break(?:s|ing)?\s+off|terminat(?:ed|es?|ing|ion)|withdr(?:ew|awn|awal|aws|awing)\s+from|pull(?:ed|s|ing)?\s+out\s+of)\s+(?:of\s+)?(?:[^\s,;:.]+\s+){0,5}?(?:talks|negotiations|dialogue|consultations)\s+(?:(?!(?:and|but|while|whereas)\s+(?:it|he|she|they|we|the|[\p{Lu}])|[,;:.])[^]){0,160}$/iu;

/** "denied reports that Russia would hand over two of the islands": what a report denied says is not held. */
const DENIED_REPORT =
  /\b(?:deny|denies|denied|denying|dismiss(?:es|ed|ing)?|reject(?:s|ed|ing)?|refut(?:e|es|ed|ing))\s+(?:[\p{L}-]+\s+){0,3}(?:speculation|reports?|suggestions?|rumou?rs?)\s+(?:that|of|about)\s+(?:[^\s.;]+\s+){0,6}$/iu;

/** "it said nothing about the grounds on which the two islands would be transferred": not said at all. */
const SAYS_NOTHING = /\b(?:said|says|say|saying|mentions?|mentioned)\s+nothing\s+(?:about|of|on|regarding)\b[^.;:"“”]*$/i;

/**
 * "a retreat from the demand for all four islands": what is moved away from is no longer held ("will not give up" keeps it;
 * "shifted toward seeking ..." moves to it).
 * (Not past a clause of its own: "the Kurils it gave up and that they belong to Japan".)
 */
const ABANDONED = /(?<!\b(?:not|never)\s+|n['’]t\s+)\b(?:retreat(?:ed|ing|s)?|departure|shift(?:ed|ing|s)?(?=\s+(?:away|from)\b)(?:\s+away)?|mov(?:e|ed|es|ing)\s+away|step(?:ped|s)?\s+(?:away|back)|backtrack(?:ed|ing|s)?|walk(?:ed|ing|s)?\s+back|abandon(?:ed|ing|s)?|g[ai]ve?\s+up|giving\s+up|dropp(?:ed|ing))\s+(?:from\s+|on\s+)?(?:the\s+|its\s+|their\s+|a\s+)?(?:(?!(?:and|but|that|which|who)\s)[\p{L}-]+\s+){0,3}$/iu;

const GERUND_OPENING = /^[\p{L}-]+ing\s/u;

/** "has stopped describing the islands as...": no longer said ("asked it never to stop demanding ..." keeps it). */
// ("avoided describing four Russian-held islands east of Hokkaido as Japan's inherent territory",
// "declined to disclose the government's strategy for settling the dispute and concluding a treaty")
const CEASED =
  /(?<!\b(?:not|never|n't)\s+(?:to\s+)?)\b(?:(?:stopped|stops|stop|ceased|ceases|cease|quit|dropped|drops|refrained from|refrains from|avoided|avoids|avoid|declined|declines|stopped short of)\s+(?:[\p{L}-]+\s+){0,2}?(?:[\p{L}-]+ing)|(?:declined|declines|declining|refused|refuses|refusing)\s+to\s+(?:disclose|say|comment|reveal|discuss|specify|elaborate|confirm|explain))\s+(?:[\p{L}'’-]+\s+){0,16}$/iu;
