import type { CompiledTemplate, EventType } from '#lib/codebook';
import { SAYING_VERBS, type Speaker } from '../analysis/attribution.js';
import type { Mention } from '../analysis/mentions.js';
import { ASKED_HEAD, hypothetical, negatedAt, prevented } from '../analysis/modality.js';
import type { CompiledCodebook } from '../codebook/compiled-codebook.js';
import type { ExtractedStance } from '../extracted-event.js';
import type { TemplateMatch } from '../nlp/clause-stream.js';
import { DOCUMENT_CONTAINS, insideAny, type Sentence, type Span } from '../text/segment.js';
import type { ClauseInput } from './clause-input.js';
import { leadingPronounEnd } from './speakers.js';
import { ASIDE } from './dating.js';
import { DOCUMENT_SPEAKS, documentOfCue, documentOfRelative, itSays, quoteStartOf, stripQuotes } from './dating.js';
import { placeOf } from './score.js';

// The signal stage: event types and stance signals from cue templates, and who holds each one
// (speaker, subject, joint subjects, demanders, a poll's public, a rally's group).

// ("It was agreed that the consultations would continue": an agreement with no agent named is the two sides'.)
export const PLURAL_SUBJECT =
  /\b(they|it (?:was|has been|had been) (?:agreed|decided)|the leaders|the sides|the parties|the signatories|the two(?=\s+(?:agreed|signed|met|pledged|decided|confirmed|reaffirmed|vowed|promised|said)\b)|(?:both|the two) (?:(?:foreign|top|chief) )?(?:sides|leaders|governments|countries|nations|states|men|ministers|parties|capitals|delegations|negotiators|heads of state))\b/gi;

/** A template's matches inside `span`: matched once per sentence, then filtered by clause. */
export function matchesIn(input: ClauseInput, template: CompiledTemplate, span: Span): TemplateMatch[] {
  return input.sentenceMatches(template).filter((m) => m.start >= span.start && m.end <= span.end);
}

export function pollSentence(input: ClauseInput): boolean {
  const poll = input.cb.eventTypes.find((t) => t.type === 'poll');
  if (!poll) return false;
  // ("That survey came weeks after the only street protest: in January 2019, a few hundred people
  // gathered ...": what follows a colon is a clause of its own, no poll unless it says so.)
  const colon = input.text.lastIndexOf(': ', input.clause.start);
  const from = colon >= input.sentence.start && colon < input.clause.start ? colon : input.sentence.start;
  if (poll.templates.some((t) => input.sentenceMatches(t).some((m) => m.start >= from))) return true;
  // A poll write-up goes on giving figures in sentences that no longer say "poll".
  return input.inPoll && SHARE_FIGURE.test(input.sentence.text);
}

export function eventType(input: ClauseInput, span: Span): { type: EventType; negated: boolean } | null {
  if (span.end <= span.start) return null;
  let negatedFallback: EventType | null = null;
  // ("..., illegally occupied since the war": what a participle's aside tells is not the clause's event.)
  const part = input.text.slice(span.start, span.end);
  const asides = part.includes(',') ? [...part.matchAll(ASIDE)].map((a) => ({ start: span.start + a.index + 1, end: span.start + a.index + a[0].length })) : [];
  for (const { type, match: m } of input.sentenceTypes) {
    if (m.start < span.start || m.end > span.end || insideAny(asides, m.start)) continue;
    if (!m.negated && !negatedAt(input.text, span.start, m.start)) return { type, negated: false };
    negatedFallback ??= type;
  }
  return negatedFallback ? { type: negatedFallback, negated: true } : null;
}

// "urged Japan and Russia to ...", "has encouraged both sides to ...": the pair is urged, the urger holds the aim.
const URGED_PAIR = /\b(?:encourag\w*|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|ask(?:s|ed|ing)?)\s+(?:(?:both|the\s+two)\s+(?:sides|countries|governments|nations)|(?:[\p{L}.’'-]+\s+){1,3}?(?:and|&)\s+(?:[\p{L}.’'-]+\s+){1,3}?)\s*to\s/u;

export function stanceSignals(input: ClauseInput, mentions: Mention[], type: EventType | undefined, subject: string | null): ExtractedStance[] {
  const { text, cb, sentence, clause, speaker } = input;
  const clauseText = text.slice(clause.start, clause.end);
  const signals: ExtractedStance[] = [];
  // Further cues of a position already found (only their evidence matters).
  const further: ExtractedStance[] = [];
  // Who rallied is the clause's, whichever cue it shows.
  let rally: string[] | undefined;
  for (const cue of input.sentenceCues) {
    if (cue.standing) continue;
    const m = input
      .sentenceMatches(cue.template)
      .find((x) => x.start >= clause.start && x.end <= clause.end && !x.negated && !prevented(text, clause.start, x.start, x.end));
    if (!m) continue;
    if (cue.unless && matchesIn(input, cue.unless, clause).length > 0) continue;
    // ("the Soviet side undertook to give back Shikotan and the Habomai once a treaty was signed":
    // the treaty is the handover's condition, no one's stated aim.)
    if (cue.question === 'peace-treaty' && HANDOVER_CONDITION.test(text.slice(clause.start, m.start))) continue;
    // "would transfer the two islands only once all foreign troops had left": an offer on a new
    // condition is not the stance; one on the topic's own terms ("only after a peace treaty") is.
    const condition = ONLY_IF.exec(text.slice(m.end, clause.end));
    if (condition && !cb.keywords.test(condition[1])) continue;
    // 'stopped describing the islands as "inherent territory"', 'the silence on "inherent
    // territory"': a phrase in scare quotes that the sentence talks about is not used.
    if (mentionedPhrase(text, sentence, m)) continue;
    // "..., a move widely read as Abe accepting two islands first": how others read it, no one's stance.
    // (Nor "The meetings are widely seen as a sign that both are eager to settle ...": others' reading.)
    if (READ_AS.test(text.slice(clause.start, m.start)) || SEEN_AS_SIGN.test(text.slice(clause.start, m.start))) continue;
    // ("But nobody on this island wants to be handed over to anyone": what no one wants, unless the cue says so itself.)
    // ("the dispute serves as the main stumbling block to signing a peace treaty": what something stands in the way of is no one's aim.)
    const lead = text.slice(Math.max(clause.start, m.start - 60), m.start);
    if (NO_ONE.test(lead) || OBSTACLE_TO.test(lead)) continue;
    // ("Asked whether the transfer of Shikotan would follow automatically, he replied ...": the question's words.)
    // (Not what a document asked about says: "when asked about a report which said Tokyo ...".)
    if ((ASKED.test(text.slice(clause.start, m.start)) && !RELATIVE_SAID.test(text.slice(clause.start, m.start))) || ASKED_OPENS.test(text.slice(m.start, m.end))) continue;
    const at = m.start;
    // A slot decides the position ("belong to $owner"); the slot `holder`, when the template does
    // not fill it, is decided by whoever holds the stance ("our land" is Japan's claim from Tokyo).
    const byHolder = typeof cue.position !== 'string' && cue.position.slot === 'holder' && !m.slots.has('holder');
    const slotted = typeof cue.position === 'string' ? cue.position : byHolder ? '' : cue.position.positions[m.slots.get(cue.position.slot) ?? ''];
    if (slotted === undefined || (!slotted && !byHolder)) continue;
    let position = slotted;
    let holders: string[];
    let owner: string | null;
    // What respondents said: a share or the respondents come before the cue in the clause, and no
    // state is the cue's own subject ("98 percent knew that Japan claims the islands" is Japan's).
    const polled =
      type === 'poll' &&
      (RESPONDENTS.test(clauseText.slice(0, at - clause.start)) || mentions.some((x) => x.start < at && cb.actorKind.get(x.actor) === 'public')) &&
      // (Unless the owner is what they answered: "55% said the islands should belong to Russia".)
      (!m.slots.has('owner') || !mentions.some((x) => x.actor === m.slots.get('owner') && x.start === m.start)) &&
      // ("oppose handing the Moscow-held islands claimed by Japan over to Tokyo": the claim is the one it names.)
      !m.slots.has('holder') &&
      // ("80% find unacceptable Russia's insistence that Japan recognise ...": the insistence is the state's.)
      !mentions.some((x) => x.start < at && cb.actorKind.get(x.actor) === 'state' && STATE_INSISTENCE.test(text.slice(x.start, at))) &&
      // ("most respondents were aware that Tokyo keeps requesting the islands back": what they know of is the state's.)
      !mentions.some((x) => x.start < at && cb.actorKind.get(x.actor) === 'state' && KNOWN_BEFORE.test(text.slice(Math.max(clause.start, x.start - 40), x.start)));
    // What the words before the cue only entertain ("If only the two islands came back") is no stance.
    // ("could not accept any settlement that ...": a refusal the cue opens is read with its first words.)
    // ('... that Japan could "forget about the Kurils" and that no government would ever hand back
    // an inch': a coordinated "that" clause has its own modality.)
    // (Inside a quotation of several sentences, from the last one's start: '"If someone says ..., that's
    // not true. For me, signing a peace treaty is most important."'.)
    const quoted = text.slice(Math.max(clause.start, quoteStartOf(sentence.quotes, at)), at);
    const stop = [...quoted.matchAll(QUOTED_SENTENCE_END)].pop();
    const whole = stop ? quoted.slice(stop.index + stop[0].length) : quoted;
    // ("will irritate Tokyo, which claims the chain ...": a relative clause states its own fact.)
    // (Nor does a participle after a comma, which goes on with the subject: "rebuffed talk that Moscow
    // might give back two islands, demanding all four".)
    const coordinated = [...whole.matchAll(/\b(?:and|but)\s+that\s|\b(?:which|who)\s|,\s+(?=(?:insisting|saying|stressing|arguing|demanding|maintaining|reiterating|repeating|calling|urging)\s)/gi)].pop();
    const head = coordinated ? whole.slice(coordinated.index) : whole;
    // ("The 1956 declaration said the peace treaty could be concluded after the delivery of ...":
    // the modality of what a dated document provides is the provision's own.)
    // (So is that of a dated offer the clause names: "might revisit a 1956 Soviet offer to give back ...".)
    // (Nor "progress is possible | only after Japan's recognition of ...": the cue itself may state the condition.)
    if (
      !DOCUMENT_SPEAKS.test(text.slice(clause.start, at)) &&
      hypothetical(/\b(?:could|possible)\s*$/i.test(head) ? head + (/^\S+\s+\S+/.exec(text.slice(at, at + 40))?.[0] ?? '') : head, cb.hypothetical) &&
      documentOfCue(text, clause, at, input.published, input.years, cb.documents) === null
    )
      continue;
    // A poll's public holds what it answered, not the offer a question describes ("handing over
    // Shikotan and the Habomai islets" is Moscow's 1956 offer, whoever is asked about it).
    if (polled && cue.holder) continue;
    if (polled) {
      // A poll measures a public (the one it names, or the one the story is about); a minority's
      // view means the majority holds the other position.
      holders = actorsOfKind(mentions, cb, 'public');
      // "In Russia, a survey found ...": the public of the state the poll was taken in.
      if (!holders.length) holders = [...new Set(input.mentions.filter((x) => x.preposition === 'in' && x.start < at).map((x) => cb.publicOfState.get(x.actor)).filter((x) => x !== undefined))];
      // "a survey of 600 adults on Iturup, Kunashir and Shikotan": the public living there.
      if (!holders.length) holders = [...new Set(cb.homes.filter((h) => h.place.test(text.slice(sentence.start, at))).map((h) => h.actor))];
      // "58% of respondents said Japan should keep demanding ...": respondents speak of their own state's course.
      if (!holders.length) holders = [...new Set(mentions.filter((x) => x.preposition === null && x.start < at).map((x) => cb.publicOfState.get(x.actor)).filter((x) => x !== undefined))].slice(0, 1);
      // ("A majority of Japanese want all four islands returned": the public a demonym names.)
      if (!holders.length) holders = pollPopulation(clauseText.slice(0, at - clause.start), cb);
      if (!holders.length && input.lastPublic) holders = [input.lastPublic];
      // (With three positions, a minority's says nothing about the majority's.)
      // (Not what a minority hopes a step would bring: "Only 14 percent back a handover, arguing it
      // would pave the way to a treaty" says nothing of the majority's wish for talks.)
      if (minorityShare(clauseText.slice(0, at - clause.start))) position = REASONING.test(clauseText.slice(0, at - clause.start)) ? '' : (otherPosition(cb, cue.question, position) ?? '');
      if (!position) continue;
    } else if (m.slots.has('holder')) {
      // ("Activists rallied near islands the Soviet Union had annexed": whom the template names, not the crowd.)
      holders = [m.slots.get('holder')!];
    } else if (
      // ("A crowd outside the Russian Embassy in Tokyo demanded the islands back": a crowd's demand
      // is a rally's too.)
      (type === 'protest' || (type === 'demand' && mentions.some((x) => x.start < at && crowdNoun(x, cb) && (x.preposition === null || x.preposition === 'of')))) &&
      // ("the prime minister told the national rally in Tokyo that ...": a state's speaker at a rally speaks for the state.)
      !(speaker?.kind === 'actor' && cb.actorKind.get(speaker.actor) === 'state' && speaker.person) &&
      // ("Tokyo protested the drills": a state that protests through diplomatic channels, no crowd.)
      !stateProtesting(text, clause, mentions, cb) &&
      (rally ??= protesters(ralliers(input, mentions), cb, speaker, placeOf(text, sentence, cb) ?? input.rallyPlace ?? undefined)).length > 0
    ) {
      // Slogans and demands at a rally are the protesters' own, whoever they are addressed to.
      holders = rally;
    } else if (groupSeeking(text.slice(Math.max(clause.start, at - 80), at), text.slice(at, at + 16))) {
      // ("Russia banned a Japanese group seeking the return of the islands": the group's aim, not
      // the subject's; `standingSignals` reads it.)
      holders = [];
    } else if (documentOfRelative(text, clause, false) || (cue.holder && DOCUMENT_SUBJECT.test(text.slice(clause.start, at))) || (clause.start === sentence.start && itSays(text, clause) !== null)) {
      // "the 1956 declaration, which promised Japan two islands", "That document provides for the
      // handover of ...", "It states that ..." after naming it: the document's party, as the cue says, whoever quotes it.
      holders = cue.holder ? [cue.holder] : [];
    } else if (input.lastPerson?.kind === 'actor' && THAT_POLICY.test(text.slice(clause.start, at)) && !mentions.some((x) => x.end <= at)) {
      // ("He said Tokyo would press on under its basic policy. According to that policy, the question
      // of the islands must be settled first": the policy of whom the story last quoted.)
      holders = [input.lastPerson.actor];
    } else if (!cue.demand && (owner = demonymOwner(text, clause, at, cb))) {
      // ("Tokyo might revisit a 1956 Soviet offer to give back two islands": the offer's maker.)
      holders = [owner];
    } else if (!cue.demand && !actingPair(clauseText, clause.start, at, mentions) && (owner = possessor(text, clause, at, mentions, sentence.quotes))) {
      // "Japan's basic policy, to settle who owns the four islands and then sign a peace
      // treaty", "Tokyo's long-held demand for the return of all four islands": the owner's.
      holders = [owner];
    } else if (cue.demand) {
      // A demand on the other side ("Japan must first recognise..."): held by who demands it.
      holders = speaker?.kind === 'actor' ? [speaker.actor] : demander(text, clause, at, mentions);
    } else if (speaker?.kind === 'actor' && (at >= input.reportedFrom || insideAny(sentence.quotes, at) || contentFirst(text, at, input.speechAt))) {
      // "Putin said the two leaders agreed to...": a joint subject of what was said holds it jointly.
      const content = { start: input.reportedFrom <= at ? Math.max(clause.start, input.reportedFrom) : clause.start, end: at };
      // ("Putin suggested Russia and Japan sign a peace deal": what a speaker proposes both do is the speaker's proposal.)
      // (So is what a speaker says both "should" do: "Putin said Japan and Russia should sign a treaty without preconditions".)
      const proposed =
        (input.speechAt !== null && PROPOSING.test(text.slice(input.speechAt, input.speechAt + 12))) ||
        /\s(?:and|&)\s+(?:[\p{L}.’'-]+\s+){0,4}?(?:should|must|ought\s+to)\s/u.test(text.slice(content.start, at)) ||
        // (And what a speaker urges both to do: "We have encouraged Japan and Russia to negotiate a treaty".)
        URGED_PAIR.test(text.slice(content.start, at));
      holders =
        forSide(text, clause, at, mentions) ??
        whoAntecedent(text, content, at, mentions) ??
        (proposed ? null : jointSubject(text, content, mentions, input.nearbyStates, speaker.actor, sentence.start)) ??
        // ('"..., in accordance with the agreement of the Russian president and the prime minister of Japan on ...," Lavrov said': both leaders'.)
        agreementParties(text.slice(content.start, content.end), content.start, at, mentions, AGREEMENT_OF_LEADERS) ??
        coSpeakers(text, clause, input.speechAt, mentions, speaker.actor) ??
        ownSubject(text, content, mentions, speaker.actor, sentence.quotes) ??
        otherSaying(text, content, mentions, speaker.actor, sentence.quotes) ??
        [speaker.actor];
      // ("Abe said he had agreed with Putin to speed up ...": the partner too.)
      if (holders.length === 1) holders = withPartners([...holders], text.slice(content.start, content.end), content.start, at, mentions.filter((x) => x.start >= content.start));
    } else {
      holders =
        forSide(text, clause, at, mentions) ??
        whoAntecedent(text, clause, at, mentions) ??
        subordinateSubject(text, clause, at, mentions) ??
        // ("twisting the agreement between the heads of Japan and Russia to speed up ...": both leaders'.)
        pairInCue(text, m, mentions) ??
        subjectBefore(clauseText, clause.start, at, mentions, subject, input.nearbyStates, input.theyWere) ??
        relativeAntecedent(clauseText, clause.start, input.mentions, sentence) ??
        pluralAntecedent(text, clause, input.mentions, sentence) ??
        (type === 'consult' ? talksParties(text, clause, m, mentions, cb.parties) : null) ??
        (cue.holder ? [cue.holder] : []);
      // "The Japanese side must recognise Russia's sovereignty": what a subject is told it must do
      // is the stance of whoever says so, not the subject's.
      // A cue that names its party ("hand over Shikotan and the Habomai islets" is Moscow's offer)
      // keeps only that party of a joint subject ("The two sides agree ..., and Moscow agrees to hand over").
      if (cue.holder && holders.length > 1 && holders.includes(cue.holder)) holders = [cue.holder];
      const told = mentions.find((x) => holders.includes(x.actor) && x.end <= at && OBLIGED.test(text.slice(x.end, at)));
      if (told) holders = speaker?.kind === 'actor' && speaker.actor !== told.actor ? [speaker.actor] : [];
    }
    // ("Protesters, among them former islanders, marched to demand the return of ...": a crowd noun is who else
    // the clause names it as before the cue.)
    holders = namedCrowd(holders, mentions.filter((x) => x.start >= clause.start && x.end <= at), cb);
    // ("Kishida told the national rally for the return of the Northern Territories that ...": the
    // rally's name is its crowd's demand, not what a state's speaker there says.)
    // ("an annual rally organised by former islanders' groups to demand the territories back": the organisers' demand.)
    const rallyName = RALLY_NAME.exec(text.slice(Math.max(clause.start, at - 120), at));
    if (rallyName) {
      const states = holders.filter((h) => cb.actorKind.get(h) === 'state');
      holders = holders.filter((h) => cb.actorKind.get(h) !== 'state');
      const from = at - rallyName[0].length;
      const organisers = mentions.filter((x) => x.start >= from && x.end <= at && cb.actorKind.get(x.actor) !== 'state').map((x) => x.actor);
      if (!holders.length && organisers.length) holders = [organisers[0]];
      // ("Kishida addressed the national rally to demand the return of the Northern Territories":
      // with no organiser named, the rally is the public of the state its speaker speaks for.)
      if (!holders.length && /^(?:rally|rallies|convention|gathering|meeting)\b/i.test(rallyName[0])) {
        holders = [...new Set(states.map((state) => cb.publicOfState.get(state)).filter((x) => x !== undefined))];
      }
    }
    for (const actor of holders) {
      const held = byHolder && typeof cue.position !== 'string' ? cue.position.positions[actor] : position;
      if (!held) continue;
      // "The ministry said Russia's sovereignty is not subject to discussion", read as Tokyo's: a
      // position of the other side is a misread holder, unless the template's slot named them.
      if (!m.slots.has('holder') && cb.notHeldBy.get(`${cue.question}/${held}`)?.has(actor)) continue;
      const signal = { actor, question: cue.question, position: held, evidence: { quote: text.slice(m.start, m.end), start: m.start, end: m.end } };
      if (!signals.some((s) => s.actor === actor && s.question === cue.question && s.position === held)) signals.push(signal);
      // (A second cue of a position is kept for the disagreement below: "abandon the talks, since
      // going on with the dialogue is impossible" contains the seeking it refuses.)
      else further.push(signal);
    }
  }
  // "backed writing a ban on ceding territory": when cues of one question disagree for one holder,
  // the later, nested construction is the one that states the position.
  // ("refuse to continue negotiations on a peace treaty": a refusal that contains the other cue's
  // words is the one that states it.)
  const contains = (a: ExtractedStance, b: ExtractedStance) =>
    a.evidence !== undefined &&
    b.evidence !== undefined &&
    a.evidence.start < b.evidence.start &&
    a.evidence.end >= b.evidence.end &&
    REFUSAL.test(a.evidence.quote);
  // (A seeking that a further refusal cue contains is no position of its own.)
  const standing = signals.filter((s) => !further.some((o) => o.actor === s.actor && o.question === s.question && o.position !== s.position && contains(o, s)));
  const kept = standing.filter(
    (s) =>
      !standing.some(
        (o) =>
          o !== s &&
          o.actor === s.actor &&
          o.question === s.question &&
          o.position !== s.position &&
          (contains(o, s) || (!contains(s, o) && (o.evidence?.start ?? 0) > (s.evidence?.start ?? 0)) || longerFromSameStart(o, s)),
      ),
  );
  // What a position says of another question for its holder, as the codebook has it, unless the
  // clause already says where that holder stands on it.
  for (const s of [...kept]) {
    for (const implied of cb.implies.get(`${s.question}/${s.position}`) ?? []) {
      if (!implied.holders.has(s.actor) || kept.some((o) => o.actor === s.actor && o.question === implied.question)) continue;
      kept.push({ actor: s.actor, question: implied.question, position: implied.position, evidence: s.evidence });
    }
  }
  return kept;
}

/**
 * "the four islands, held by Russia but claimed by Japan", "disputed islands claimed by both
 * countries": what the wording says of the islands themselves, a position held at publication
 * whatever the clause around it tells (its tense, mood, date or speaker). Only `standing` cues,
 * whose holder the template names.
 */
export function standingSignals(input: ClauseInput): ExtractedStance[] {
  const { text, clause, sentence, cb } = input;
  const signals: ExtractedStance[] = [];
  for (const cue of input.sentenceCues) {
    // (A negation of the clause is no negation of what the islands are called: "did not answer
    // questions on the islands claimed by Japan"; one right before the phrase is.)
    const m = input
      .sentenceMatches(cue.template)
      .find(
        (x) =>
          x.start >= clause.start &&
          x.end <= clause.end &&
          // ("did not respond to Tokyo's call for their return": what is named as its holder's is presupposed,
          // not denied; read here only where the clause's own event drops it, else the event dates it.)
          (cue.standing && POSSESSED.test(text.slice(x.start, x.end))
            ? negatedAt(text, clause.start, x.start) || x.negated || prevented(text, clause.start, x.start, x.end) || hypothetical(text.slice(clause.start, x.start), cb.hypothetical)
            : (cue.standing ? !negatedAt(text, clause.start, x.start) : !x.negated) && !prevented(text, clause.start, x.start, x.end)),
      );
    if (!m || (cue.unless && matchesIn(input, cue.unless, clause).length > 0) || mentionedPhrase(text, sentence, m)) continue;
    // ("Russia banned a Japanese group seeking the return of the islands": a body named by its aim
    // holds it as long as it is that body; a group of a state's people is that state's public.)
    const group = cue.standing || m.slots.has('holder') ? null : groupSeeking(text.slice(Math.max(clause.start, m.start - 80), m.start), text.slice(m.start, m.start + 16));
    if (!cue.standing && !group) continue;
    const state = group?.[1] ? cb.actorOfDemonym.get(group[1]) : undefined;
    const groupPublic = state ? cb.publicOfState.get(state) : undefined;
    const slotted = typeof cue.position === 'string' ? cue.position : cue.position.positions[m.slots.get(cue.position.slot) ?? ''];
    const held: [string, string | undefined][] = group
      ? groupPublic && typeof cue.position === 'string'
        ? [[groupPublic, cue.position]]
        : []
      : typeof cue.position === 'string'
        ? cue.holder
          ? [[cue.holder, cue.position]]
          : []
        : [[m.slots.get(cue.position.slot) ?? '', slotted]];
    for (const [actor, position] of held) {
      if (!actor || !position || signals.some((s) => s.actor === actor && s.question === cue.question && s.position === position)) continue;
      signals.push({ actor, question: cue.question, position, evidence: { quote: text.slice(m.start, m.end), start: m.start, end: m.end } });
    }
  }
  return signals;
}

/** A cue's words that open with their holder's possessive: "Tokyo's claim to ...", "Japan's demand that ...". */
const POSSESSED = /^\p{Lu}[\p{L}.\s-]{0,40}?['’]s\s/u;

/** "<a Japanese> group seeking", "an organisation campaigning for": a body named by its aim, right before the cue. */
function groupSeeking(lead: string, cueStart: string): RegExpExecArray | null {
  return GROUP_AIM.exec(lead) ?? (AIM.test(cueStart) ? GROUP.exec(lead) : null);
}

const GROUP_NOUN = String.raw`\b(?:(\p{Lu}\p{Ll}+)\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:group|organi[sz]ation|association|league|movement|society|activists|campaigners|federation|union)\s+(?:that\s+|which\s+|who\s+)?(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+|continues\s+to\s+|continue\s+to\s+)?`;
const AIM_WORDS = 'seeking|campaigning|calling|demanding|pushing|pressing|working|advocating|seeks?|campaigns?|calls?|demands?|push|pushes|press|presses|works?|advocates?';
const GROUP = new RegExp(`${GROUP_NOUN}$`, 'u');
// ("a group calling for the return of ...", "Japan's main advocacy group for the return of ...")
const GROUP_AIM = new RegExp(`${GROUP_NOUN}(?:(?:${AIM_WORDS})(?:\\s+(?:for|to))?|for)(?:\\s+(?:the|a|an))?\\s+$`, 'u');
const AIM = new RegExp(`^(?:${AIM_WORDS})\\b`, 'i');

/**
 * "Japan reacted angrily after Russia withdrew from the talks", "sanctions, causing Moscow to stop
 * the talks": the subject of the subordinate clause, or the one caused to act, right before the cue.
 */
function subordinateSubject(text: string, clause: Span, at: number, mentions: Mention[]): string[] | null {
  const x = mentions.filter((m) => m.end <= at && m.start >= clause.start && m.preposition === null).pop();
  const gap = x ? text.slice(x.end, at) : '';
  if (!x || !/^\s+(?:to\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(gap)) return null;
  const lead = text.slice(Math.max(clause.start, x.start - 40), x.start);
  if (/^\s+to\s/.test(gap)) return CAUSED_BEFORE.test(lead) ? [x.actor] : null;
  const subordinate = SUBORDINATOR_BEFORE.exec(lead);
  if (!subordinate) return null;
  // ("Putin spoke on Nov. 15, a day after he and the prime minister agreed to ...": "he" is the person named before.)
  if (!subordinate[1]) return [x.actor];
  const pronounAt = x.start - lead.length + subordinate.index;
  const before = mentions.filter((m) => m.person && m.end <= pronounAt && m.actor !== x.actor).pop();
  return before ? [before.actor, x.actor] : [x.actor];
}

// (Up to three words of a title may follow "he and": "after he and Prime Minister Abe agreed".)
const SUBORDINATOR_BEFORE = /\b(?:after|when|as|because|since|while|once|before)\s+(?:(he|she)\s+and\s+(?:[\p{L}.'’-]+\s+){0,3})?(?:the\s+)?$/iu;
const CAUSED_BEFORE = /\b(?:causing|caused|causes|prompting|prompted|prompts|leading|led|leads|forcing|forced|forces|pushing|pushed|compelling|compelled)\s+(?:the\s+)?$/i;

/** "Russia's insistence that ...": a state's own demand or view, named in a poll's question. */
const KNOWN_BEFORE = /\b(?:know|knew|known|knows|aware|heard|hear|realise|realize|realised|realized)\s+(?:that\s+|of\s+)?(?:the\s+)?$/i;

const STATE_INSISTENCE = /^[\p{L}. -]{1,40}?['’]s\s+(?:insistence|demand|demands|call|calls|position|stance|view|condition|conditions|proposal|offer)\s+(?:that|on|for|to)\b/u;

const ASKED = new RegExp(`${ASKED_HEAD}[^,;]*$`, 'i');
const RELATIVE_SAID = new RegExp(`\\b(?:which|that|who)\\s+(?:(?:also|had|has|have)\\s+)?(?:${SAYING_VERBS})\\b`, 'i');
const ASKED_OPENS = /^asked\s+(?:whether|if|about|what|how|why|when)\b/i;

const SEEN_AS_SIGN = /\b(?:is|are|was|were|being)\s+(?:widely\s+|generally\s+|largely\s+)?(?:seen|regarded|viewed|read|interpreted|taken)\s+as\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:sign|signal|indication|test)\s+(?:that|of)\b/i;

const READ_AS = /,\s+(?:in\s+)?(?:a|an|what)\s+(?:[a-z]+\s+){0,2}?(?:move|step|shift|decision|gesture|concession|signal|sign|turn|change)\s+(?:that\s+(?:was|is|has been)\s+)?(?:[a-z]+ly\s+)?(?:seen|read|viewed|interpreted|regarded|taken|described|understood)\s+(?:by\s+[^,]{1,40}\s+)?as\b/i;

// ("did not intend, under the current conditions, to continue the talks": a refusal whose words include the seeking.)
// (A meeting or conference only with a demand: "the leaders agreed at their meeting to intensify the talks" is no rally.)
const RALLY_NAME =
  /\b(?:(?:rally|rallies|convention|gathering|campaign|movement)\s+(?:(?:organi[sz]ed|held|staged|called)\s+by\s+[^,;.]{1,80}?\s+)?(?:for|calling\s+for|demanding|to\s+demand|to\s+call\s+for|to\s+press\s+for|to)|(?:conference|meeting)\s+(?:(?:organi[sz]ed|held|staged|called)\s+by\s+[^,;.]{1,80}?\s+)?(?:calling\s+for|demanding|to\s+demand|to\s+call\s+for|to\s+press\s+for))\s+(?:the\s+)?$/i;

const QUOTED_SENTENCE_END = /[.!?]["”’]?\s+(?=["“]?\p{Lu})/gu;

const NO_ONE = /\b(?:nobody|no one|no-one|none of (?:us|them|the\s+[\p{L}-]+))\s+(?:[\p{L}-]+\s+){0,4}$/iu;

const PROPOSING = /^(?:suggest|propos|urg|invit|appeal|call(?:ed|s|ing)? on)/i;

// ("the main obstacle to Moscow and Tokyo concluding a peace treaty": who would sign, named between.)
const OBSTACLE_TO =
  /\b(?:stumbling[- ]blocks?|obstacles?|barriers?|hurdles?|impediments?|roadblocks?)\s+(?:to|for|in the way of)\s+(?:[\p{L}.'’-]+\s+){0,4}$/iu;

// (Or one that ends by calling it impossible: "any dialogue on a peace agreement is currently unfeasible".)
const REFUSAL = /^(?:refus|declin|reject|no longer|suspen|halt|froze|freez|abandon|terminat|withdr|impossibility|futility|pointlessness|drop|ditch|pull(?:s|ed|ing)?\s+out|walk(?:s|ed|ing)?\s+away|br(?:eak|eaks|eaking|oke)\s+off|(?:not|n't|never|no)\b[^]{0,24}?\b(?:intend|intention|plan|want|continue|hold|resume|return))|\b(?:impossible|unfeasible|infeasible|(?:not|hardly|scarcely|barely)\s+possible|out of the question|unthinkable|pointless|meaningless)$/i;

/** The actor(s) doing the talking or acting before the cue: not the object of a preposition ("to Japan"). */
const POSSESSOR = /^[^\s,;]+['’]s\s+(?:[\p{Ll}-]+\s+){1,3}(?:[\p{Lu}][\p{L}.-]*\s+){0,2}$/u;

export function subjectBefore(
  clauseText: string,
  clauseStart: number,
  at: number,
  mentions: Mention[],
  subject: string | null,
  nearbyStates: string[],
  theyWere: string[] | null = null,
): string[] | null {
  const plural = [...clauseText.slice(0, at - clauseStart).matchAll(PLURAL_SUBJECT)];
  // "the two leaders" is the subject only when no actor or pronoun came before it ("He appealed
  // to Putin, like he does every time the two leaders meet, to..." is his appeal).
  // (Not the source a clause opens on: "According to a Japanese official, the two leaders reaffirmed ...".)
  // (Nor an actor in a phrase fronted before it: "In their first call since Kishida took office, the leaders agreed ...".)
  const sourceEnd = clauseStart + Math.max(SOURCE_LEAD.exec(clauseText)?.[0].length ?? 0, plural.length > 0 ? (FRONTED_BEFORE_SUBJECT.exec(clauseText.slice(0, plural[0].index!))?.[0].length ?? 0) : 0);
  const earlier =
    plural.length > 0 && (mentions.some((m) => m.start >= sourceEnd && m.start < clauseStart + plural[0].index! && m.preposition === null) || leadingPronounEnd(clauseText) <= plural[0].index!);
  // "The two sides agree to continue the talks, and Moscow agrees to hand over ...": a subject
  // coordinated after the plural one is the cue's.
  const pluralEnd = plural.length > 0 ? clauseStart + plural[0].index! + plural[0][0].length : -1;
  // (Not the second of a pair: "When they met in Singapore, Abe and Putin agreed".)
  const coordinated = mentions.find(
    (m, i) =>
      pluralEnd >= 0 &&
      m.start > pluralEnd &&
      m.end <= at &&
      m.preposition === null &&
      /(?:,|;)?\s+(?:and|but|while|whereas)\s+(?:the\s+)?$/.test(clauseText.slice(0, m.start - clauseStart)) &&
      !(i > 0 && mentions[i - 1].start > pluralEnd && /^\s*(?:and|&)\s+(?:[\p{L}.-]+\s+){0,5}$/u.test(clauseText.slice(mentions[i - 1].end - clauseStart, m.start - clauseStart))),
  );
  if (coordinated) return withPartners([coordinated.actor], clauseText, clauseStart, at, mentions);
  // "Moscow agreed to hand over two islands, and both sides pledged to keep negotiating", "the
  // declaration committed both governments to conclude a treaty": a plural subject opening its own
  // conjunct, or bound by what came before, holds the cue when no one else acts after it.
  // ("..., and both ministers said they wanted ...": "they" is the plural subject before it.)
  const lastPlural = plural.findLast((p) => !/^they$/i.test(p[1]));
  if (lastPlural && nearbyStates.length === 2) {
    const from = clauseStart + lastPlural.index! + lastPlural[0].length;
    const before = clauseText.slice(0, lastPlural.index!);
    if ((CONJUNCT_OPENS.test(before) || BINDS.test(before)) && !mentions.some((m) => m.start >= from && m.end <= at && m.preposition === null)) return nearbyStates;
  }
  // "During Abe's push for a deal, the 2019 edition dropped ..., after Abe and Putin agreed to ...":
  // a coordinated pair that acted, after the clause's first actor, is the subject of what follows it.
  // "last month's agreement between Abe and Putin to use the 1956 declaration ...": the parties to
  // an agreement named before the cue hold what it says, when no one else acts before it.
  // ("The foreign ministers of Russia and Japan gathered ...", "Officials from Japan and Russia agreed ...": the pair a plural head names.)
  const heads = mentions.filter((m) => m.start >= clauseStart && m.end <= at);
  const headed = headedPair(clauseText, clauseStart, heads);
  if (headed) return headed;
  // ("Japan, Russia agree to restart talks": a headline's pair, a comma for its "and".)
  if (heads.length >= 2 && heads[0].actor !== heads[1].actor && /^\s*$/.test(clauseText.slice(0, heads[0].start - clauseStart)) && /^\s*,\s*$/.test(clauseText.slice(heads[0].end - clauseStart, heads[1].start - clauseStart)) && !/[.!?]["”']?\s*$/.test(clauseText)) {
    return [heads[0].actor, heads[1].actor];
  }
  const parties = agreementParties(clauseText, clauseStart, at, mentions);
  if (parties) return parties;
  // ("when they met in Singapore, Abe and Putin agreed ...": the pair the fronted "they" announces.)
  const pair = actingPair(clauseText, clauseStart, at, mentions) ?? (plural.length && /^they$/i.test(plural[0][1]) ? actingPair(clauseText, clauseStart, at, mentions, 0) : null);
  if (pair) return withPartners(pair, clauseText, clauseStart, at, mentions);
  // "Moscow and Tokyo signed a declaration ..., and the Soviet side promised to hand over ...": a
  // subject of a clause coordinated after the first, that acted, is the cue's alone.
  const single = actingAfterAnd(clauseText, clauseStart, at, mentions);
  if (single) return withPartners([single], clauseText, clauseStart, at, mentions);
  // "In January 1960, after Japan signed the security treaty, Gromyko sent a memorandum saying ...":
  // who acts in a fronted subordinate clause is not the main clause's subject.
  // ("After Tokyo imposed sanctions on Moscow, Russia suspended ...": nor is the main subject named
  // there as an object; one named there as a subject may be an apposition's "when Putin and X, Abe, ...".)
  const fronted = FRONTED_SUBORDINATE_CLAUSE.exec(clauseText);
  if (fronted && !plural.length && mentions.some((m) => m.start < clauseStart + fronted[0].length)) {
    const main = mentions.filter((m) => m.start >= clauseStart + fronted[0].length && m.end <= at);
    if (main.length && main[0].preposition === null && !mentions.some((m) => m.start < clauseStart + fronted[0].length && m.actor === main[0].actor && m.preposition === null)) {
      return subjectBefore(clauseText, clauseStart, at, main, subject, nearbyStates, theyWere);
    }
  }
  if (plural.length > 0 && !earlier) {
    const actors = [...new Set(mentions.filter((m) => m.start < clauseStart + plural[0].index!).map((m) => m.actor))];
    if (actors.length > 1) return actors;
    if (!/^they$/i.test(plural[0][1]) && nearbyStates.length === 2) return nearbyStates;
    // "The two leaders met on Jan. 22. In Singapore, they had agreed ...": who "they" were last.
    if (/^they$/i.test(plural[0][1]) && theyWere) return theyWere;
  }
  let index = mentions.findIndex((m) => m.start <= at && (m.preposition === null || m.preposition === 'by'));
  // ("Medvedev's predecessor Vladimir Putin and ... Mori agreed": the possessor is not the subject; who it owns is.)
  const owned = mentions[index + 1];
  if (index >= 0 && owned && owned.start < at && POSSESSOR.test(clauseText.slice(mentions[index].start - clauseStart, owned.start - clauseStart))) index++;
  const first = mentions[index];
  const pronounEnd = leadingPronounEnd(clauseText);
  // ("He and Abe agreed ...": the pronoun's actor and the one coordinated with it are the subject.)
  const pairedWithPronoun = first !== undefined && subject !== null && first.start - clauseStart > pronounEnd && /^\s+and\s+(?:[\p{L}.-]+\s+){0,3}$/u.test(clauseText.slice(pronounEnd, first.start - clauseStart));
  if (first && (!subject || first.start < clauseStart + pronounEnd || pairedWithPronoun)) {
    // "Abe and Russian President Vladimir Putin agreed ...": a coordinated subject holds it jointly
    // (so does "he and Mr. Putin agreed", with whom "he" is).
    const holders = subject && subject !== first.actor && /\b(?:he|she)\s+and\s+(?:[\p{L}.-]+\s+){0,3}$/iu.test(clauseText.slice(0, first.start - clauseStart)) ? [subject, first.actor] : [first.actor];
    for (let i = index + 1, prev = first; i < mentions.length && mentions[i].start < at; i++) {
      // ("An Abe-Putin summit produced ...": both halves of a compound.)
      if (mentions[i].start === first.start && mentions[i].end === first.end) {
        if (!holders.includes(mentions[i].actor)) holders.push(mentions[i].actor);
        continue;
      }
      const gap = clauseText.slice(prev.end - clauseStart, mentions[i].start - clauseStart);
      // "Putin and then Prime Minister Shinzo Abe": titles and given names between.
      // ("Abe Shinzo and President Putin": a given name after a family name, too.)
      if (!/^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:,|and|&)\s*(?:(?:and|&)\s+)?(?:[\p{L}.-]+\s+){0,5}$/u.test(gap)) break;
      if (!/\band\b|&/.test(clauseText.slice(first.end - clauseStart, mentions[i].start - clauseStart)) && !/^\s*$/.test(gap)) break;
      if (!holders.includes(mentions[i].actor)) holders.push(mentions[i].actor);
      prev = mentions[i];
    }
    return withPartners(holders, clauseText, clauseStart, at, mentions);
  }
  return subject ? withPartners([subject], clauseText, clauseStart, at, mentions) : null;
}

/**
 * The pair a plural head opening `part` names ("The foreign ministers of Russia and Japan",
 * "Officials from Japan and Russia"): the first two of `heads`, the mentions in `part` (which starts at `from`).
 */
function headedPair(part: string, from: number, heads: Mention[]): string[] | null {
  if (heads.length < 2 || heads[0].actor === heads[1].actor) return null;
  return HEADS_OF.test(part.slice(0, heads[0].start - from)) && PAIR_GAP.test(part.slice(heads[0].end - from, heads[1].start - from)) ? [heads[0].actor, heads[1].actor] : null;
}

/** A clause opening on a plural head "of" the pair after it: "The foreign ministers of", "The leaders of". */
const HEADS_OF = /^\s*(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:ministers|leaders|heads|presidents|premiers|delegations|governments|negotiators|envoys|diplomats|delegates|officials|representatives)\s+(?:of|from)\s+(?:the\s+)?$/iu;

// ("Following Japan's surrender, the Soviet Union ...": a fronted phrase too.)
// (Or a participle's phrase: "Seated beside Abe in Vladivostok, Putin proposed ...".)
const FRONTED_SUBORDINATE_CLAUSE = /^\s*(?:[^,]{0,40},\s*)?(?:after|when|before|since|as|once|while|although|though|because|until|following|despite|amid|in response to|in the wake of|[a-z]{3,}(?:ed|ing))\s[^,;]{3,120},\s*/i;

/** The last mention before the cue that opens a coordinated clause ("..., and the Soviet side promised"), not the second of a pair. */
function actingAfterAnd(clauseText: string, clauseStart: number, at: number, mentions: Mention[]): string | null {
  const before = mentions.filter((m) => m.end <= at && m.start >= clauseStart);
  for (let i = before.length - 1; i >= 1; i--) {
    const m = before[i];
    const lead = clauseText.slice(before[i - 1].end - clauseStart, m.start - clauseStart);
    // (Not "Moscow and Tokyo": a pair is read as one subject.)
    if (m.preposition !== null || !/\s(?:and|but|while|whereas)\s+(?:the\s+)?$/.test(lead) || PAIR_GAP.test(lead)) continue;
    const next = clauseText.slice(m.end - clauseStart, m.end - clauseStart + 40);
    if (ACTED.test(next) || ACTED_ED.test(next) || HAS_BEEN_DOING.test(next)) return m.actor;
    return null;
  }
  return null;
}

// ("Russia seized the islands from Japan in 1945 and Japan has been demanding their return ever since")
const HAS_BEEN_DOING = /^\s*(?:has|have|had)\s+(?:(?:long|also|always|repeatedly|consistently)\s+)?(?:been\s+[a-z]{3,}ing|(?:demanded|sought|claimed|insisted|called|pressed|wanted|maintained|refused|rejected))\b|^\s*(?:still\s+)?(?:wants|demands|insists|claims|seeks|maintains|refuses|rejects)\b/;

/** A verb in the past after a subject: "promised", "sent", "told". */
const ACTED_ED = /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:had\s+|also\s+|then\s+)?(?:[a-z]{3,}ed|said|sent|told|gave|made|took|wrote|held|kept|offered)\b/u;

/**
 * What stands between the two actors of a pair: "and" (or "&", after a comma too) and up to five
 * words of title or name, a given name after a family name first ("Abe Shinzo and President Putin").
 */
const PAIR_GAP = /^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:,\s*)?(?:and|&)\s+(?:[\p{L}.-]+\s+){0,5}$/u;

/** "the agreement between (or of) A and B": two actors of an agreement before the cue, with no subject of the clause before them. */
function agreementParties(clauseText: string, clauseStart: number, at: number, mentions: Mention[], agreement = AGREEMENT_BETWEEN): [string, string] | null {
  const before = mentions.filter((m) => m.end <= at && m.start >= clauseStart);
  const i = before.findIndex((m) => m.preposition === 'between' || m.preposition === 'of');
  if (i < 0 || i + 1 >= before.length || before.slice(0, i).some((m) => m.preposition === null)) return null;
  const [a, b] = [before[i], before[i + 1]];
  if (a.actor === b.actor || !PAIR_GAP.test(clauseText.slice(a.end - clauseStart, b.start - clauseStart))) return null;
  return agreement.test(clauseText.slice(0, a.start - clauseStart)) ? [a.actor, b.actor] : null;
}

/** What two parties agreed on, in the words of one of them (not a document they signed long ago). */
/** The pair an agreement the cue itself names is between ("the agreement between Russia and Japan to accelerate ..."). */
function pairInCue(text: string, match: Span, mentions: Mention[]): [string, string] | null {
  const inside = mentions.filter((x) => x.start >= match.start && x.end <= match.end);
  for (let i = 0; i + 1 < inside.length; i++) {
    const [a, b] = [inside[i], inside[i + 1]];
    if (a.actor !== b.actor && AGREEMENT_OF_LEADERS.test(text.slice(match.start, a.start)) && PAIR_GAP.test(text.slice(a.end, b.start))) return [a.actor, b.actor];
  }
  return null;
}

const AGREEMENT_OF_LEADERS = /\b(?:agreements?|accords?|understandings?|consensus|arrangements?)\s+(?:(?:(?:reached|struck|made)\s+)?between|of)\s+(?:the\s+)?(?:(?:leaders|heads|presidents|governments)\s+of\s+(?:the\s+)?)?$/i;

const AGREEMENT_BETWEEN = /\b(?:agreement|accord|deal|understanding|consensus|declaration|statement|communiqu[eé]|pact|treaty)\s+(?:(?:(?:reached|signed|struck|concluded|made)\s+)?between|of)\s+(?:the\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/i;

/** The last "A and B <joint act>" before the cue whose A is not the clause's first actor (that one the caller reads). */
function actingPair(clauseText: string, clauseStart: number, at: number, mentions: Mention[], from = 1): [string, string] | null {
  const before = mentions.filter((m) => m.end <= at && m.start >= clauseStart);
  for (let i = before.length - 2; i >= from; i--) {
    const [a, b] = [before[i], before[i + 1]];
    if (a.actor === b.actor || a.preposition !== null) continue;
    if (!PAIR_GAP.test(clauseText.slice(a.end - clauseStart, b.start - clauseStart))) continue;
    if (ACTED.test(clauseText.slice(b.end - clauseStart, b.end - clauseStart + 40))) return [a.actor, b.actor];
  }
  return null;
}

/**
 * The joint subject of reported content: "the two leaders agreed", "Abe and Putin confirmed",
 * "both sides expressed interest" (two state actors named nearby). Null when the subject is one.
 */
export function jointSubject(text: string, content: Span, mentions: Mention[], nearbyStates: string[], speaker?: string, sentenceStart?: number): string[] | null {
  if (content.end <= content.start) return null;
  const part = text.slice(content.start, content.end);
  const plural = PLURAL_SUBJECT.exec(part);
  PLURAL_SUBJECT.lastIndex = 0;
  if (plural && !/^they$/i.test(plural[1]) && nearbyStates.length === 2) return nearbyStates;
  // "Abe and Putin said they had agreed ...": "they" are the coordinated speakers.
  if (plural && /^they$/i.test(plural[1])) {
    const said = mentions.filter((m) => m.end <= content.start && m.preposition === null);
    for (let i = 0; i + 1 < said.length; i++) {
      const gap = text.slice(said[i].end, said[i + 1].start);
      if (said[i].actor !== said[i + 1].actor && /^\s*(?:and|&)\s+(?:[\p{L}.-]+\s+){0,5}$/u.test(gap)) return [said[i].actor, said[i + 1].actor];
    }
    // ("Kono said the two ministers had met in Munich, when they agreed ...": "they" are the plural
    // subject the sentence named before it.)
    if (sentenceStart !== undefined && sentenceStart < content.start && nearbyStates.length === 2) {
      const earlier = [...text.slice(sentenceStart, content.start).matchAll(PLURAL_SUBJECT)];
      if (earlier.some((p) => !/^they$/i.test(p[1]))) return nearbyStates;
    }
  }
  // ("Senior diplomats from Japan and Russia met ... and agreed ..., the ministry said": the pair a plural head names.)
  const headed = headedPair(text.slice(content.start, content.end), content.start, mentions.filter((m) => m.start >= content.start && m.end <= content.end));
  if (headed) return headed;
  const inside = mentions.filter((m) => m.start >= content.start && m.end <= content.end && m.preposition === null);
  // "he and Abe agreed": the speaker (whom "he" is) and the one named after it.
  const partner = inside.find((m) => /\b(?:he|she|we)\s+and\s+(?:[\p{L}.-]+\s+){0,4}$/iu.test(text.slice(content.start, m.start)));
  if (partner && speaker && speaker !== partner.actor) return [speaker, partner.actor];
  for (let i = 0; i + 1 < inside.length; i++) {
    const gap = text.slice(inside[i].end, inside[i + 1].start);
    if (inside[i].actor !== inside[i + 1].actor && /^\s*(?:and|&)\s+(?:[\p{L}.-]+\s+){0,5}$/u.test(gap)) return [inside[i].actor, inside[i + 1].actor];
  }
  return null;
}

/** "Putin and then Prime Minister Yoshiro Mori confirmed that ...": the speaker and whom it is coordinated with, as the saying's subject. */
function coSpeakers(text: string, clause: Span, speechAt: number | null, mentions: Mention[], speaker: string): string[] | null {
  if (speechAt === null) return null;
  const before = mentions.filter((m) => m.start >= clause.start && m.end <= speechAt && m.preposition === null);
  // ("Japanese Prime Minister Yoshihiko Noda and Russian President Dmitry Medvedev reaffirmed": a
  // title and the name after it are one speaker.)
  const speakers = before.filter((m, i) => !(i + 1 < before.length && before[i + 1].actor === m.actor && /^\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}$/u.test(text.slice(m.end, before[i + 1].start))));
  const [a, b] = speakers.slice(-2);
  if (!a || !b || a.actor === b.actor || ![a.actor, b.actor].includes(speaker)) return null;
  if (!/^\s*(?:,\s*)?(?:and|&)\s+(?:[\p{L}.-]+\s+){0,5}$/u.test(text.slice(a.end, b.start))) return null;
  // (Also past an aside: "Putin and then prime minister Yoshiro Mori, meeting in Irkutsk, confirmed";
  // and past a meeting told first: "Abe and Putin met in Singapore and promised".)
  // (Not in a fronted clause: "When Abe and Putin met in Singapore and pledged ..., Japanese officials hoped".)
  const met = FRONTED_WHEN.test(text.slice(clause.start, a.start)) ? '' : String.raw`(?:(?:met|talked|spoke|conferred|held\s+talks)(?:\s+(?:in|at|on|by)\s+[^,;.]{1,40}?)?\s+and\s+)?`;
  return new RegExp(String.raw`^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,2}(?:,[^,;"“]{1,60},\s*)?${met}(?:(?:had|have|also|jointly|then)\s+)?$`, 'u').test(text.slice(b.end, speechAt)) ? [a.actor, b.actor] : null;
}

/** A subordinator right before a pair and its titles: "When Prime Minister Shinzo Abe and ...". */
const FRONTED_WHEN = /\b(?:[Ww]hen|[Aa]s|[Aa]fter|[Ss]ince|[Ww]hile|[Bb]efore|[Oo]nce|[Ii]f|[Aa]lthough|[Tt]hough)\s+(?:[\p{Lu}][\p{L}.'’-]*\s+){0,4}$/u;

/**
 * "Lavrov said Japan claims all four islands": what another actor is said to hold, as the subject
 * of the reported clause, is that actor's (not what it is told it must do: "Japan must accept").
 */
export function ownSubject(text: string, content: Span, mentions: Mention[], speaker: string, quotes: Span[]): string[] | null {
  if (insideAny(quotes, content.end)) return null;
  // Only the last reported clause before the cue: "...that Japan's reaction was unacceptable and
  // that the Kurils were Russian territory".
  const that = [...text.slice(content.start, content.end).matchAll(/\bthat\s/g)].pop();
  const from = that ? content.start + that.index! : content.start;
  const first = mentions.find(
    (m) => m.start >= from && m.start <= content.end && m.preposition === null && !insideAny(quotes, m.start) && !/['’]s$/.test(m.text) && !/^['’]s\b/.test(text.slice(m.end, m.end + 2)),
  );
  if (!first || first.actor === speaker || OBLIGED.test(text.slice(first.end, content.end))) return null;
  // "it expected Hashimoto to press for ...", "urged Tokyo to ...": the object of a demand.
  // (Not "told parliament that Japan still wanted ...": a "that" opens what was said.)
  const lead = text.slice(Math.max(content.start, first.start - 30), first.start);
  if (DEMANDED_OF.test(lead) && !/\bthat\s+$/.test(lead)) return null;
  // Only when the subject's own attitude is reported ("Japan claims", "Tokyo is ready to"), not
  // the speaker's view of it ("Japan is illegally occupying...", "Japan has no right to ...").
  return ATTITUDE.test((text.slice(first.end, content.end) + text.slice(content.end, content.end + 25)).slice(0, 70)) ? [first.actor] : null;
}

/**
 * "..., Kishida said on Tuesday, a day after Moscow said it was pulling out of the talks": what
 * another actor is reported to have said within the speaker's sentence is that actor's.
 */
function otherSaying(text: string, content: Span, mentions: Mention[], speaker: string, quotes: Span[]): string[] | null {
  // ('"Two years ago Russia announced it would not go on with the talks," the minister said': inside
  // the speaker's quotation too, when the cue is in the same one.)
  const quoteOf = (at: number) => quotes.find((q) => q.start <= at && at < q.end);
  const sayer = mentions.findLast(
    (m) => m.start >= content.start && m.end <= content.end && m.actor !== speaker && m.preposition === null && (!insideAny(quotes, m.start) || quoteOf(m.start) === quoteOf(content.end - 1)) && SAID_NEXT.test(text.slice(m.end, content.end)),
  );
  return sayer ? [sayer.actor] : null;
}

const SAID_NEXT = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:said|says|announced|declared|stated|insisted|argued|warned|wrote|writes|claimed|claims|maintained|maintains|reiterated|repeated|asserted|asserts)\s+(?:that\s+)?(?:it|he|she|they|the\s+\w+)\b/u;

function mentionedPhrase(text: string, sentence: Sentence, m: Span): boolean {
  const quote = sentence.quotes.find((q) => q.start <= m.start && q.end >= m.end);
  if (!quote || text.slice(quote.start, quote.end).split(/\s+/).length > 5) return false;
  return WORDING_WITHHELD.test(text.slice(Math.max(sentence.start, quote.start - 80), quote.start));
}

/** The sentence says a wording is no longer used: "stopped describing them as", "the silence on". */
const WORDING_WITHHELD = /\b(?:silence on|absence of|stopped (?:using|saying|calling|describing)|no longer (?:uses?|says?|calls?|describes?|states?|contains?|includes?)|dropp(?:ed|ing)|omit(?:s|ted|ting)|removed|deleted|avoid(?:s|ed|ing)|refrain(?:s|ed|ing) from)\b[^"“”.;]*$/i;

/** "For the Japanese side, signing a treaty comes after the islands ...": the side whose view the clause opens on. */
function forSide(text: string, clause: Span, at: number, mentions: Mention[]): string[] | null {
  // (A side named as such: "For Japan, the end of the talks is less a shock than ..." is the story's view of Japan.)
  const m = mentions.find((x) => x.start >= clause.start && x.end <= at && /\bside$/i.test(x.text) && /(?:^\s*|[:;]\s*|["“])["“]?(?:For|To)\s+(?:the\s+)?$/.test(text.slice(clause.start, x.start)) && /^\s*,/.test(text.slice(x.end, x.end + 3)));
  return m ? [m.actor] : null;
}

/** The actor whose policy, position or demand the cue spells out, named as its possessor just before it. */
export function possessor(text: string, clause: Span, at: number, mentions: Mention[], quotes: Span[]): string | null {
  // ('"while the Japanese government's position stays the same, aiming to ...": a possessor inside the cue's own quotation too.)
  const quoted = quotes.find((q) => q.start <= at && at < q.end);
  const before = mentions.filter((m) => m.start >= clause.start && m.end <= at && (!insideAny(quotes, m.start) || (quoted !== undefined && m.start >= quoted.start)));
  const last = before[before.length - 1];
  if (!last) return null;
  const rest = text.slice(last.end, at);
  // (Not past a participle that goes on with the subject: "would not accept Putin's proposal to ...,
  // insisting that the dispute must be settled first" is the insisting subject's.)
  if (PARTICIPLE_AFTER_COMMA.test(rest)) return null;
  const own = /['’]s$/.test(last.text) ? "'s" : '';
  // ("a 1956 offer by the Soviet Union to resolve the dispute by handing back two islands": the agent named with "by".)
  const agent = BY_AGENT.test(text.slice(Math.max(clause.start, last.start - 40), last.start)) && rest.length < 100 && /^\s*,?\s*to\s/.test(rest);
  // ("the Japanese government's position": a mention that takes in the stance noun itself.)
  const named = /['’]s\s.*$/u.exec(last.text)?.[0];
  // (Not a position another backs: "the United States supports Japan's position that ...".)
  if (named && rest.length < 140 && POSSESSED_STANCE.test(`${named} `) && !BACKED.test(text.slice(Math.max(clause.start, last.start - 40), last.start))) return last.actor;
  return agent || (rest.length < 140 && (POSSESSED_STANCE.test(own + rest + text.slice(at, at + 30)) || POSSESSED_ACT.test(own + rest))) ? last.actor : null;
}

/** The actor a demonym names as the maker of the proposal, offer or demand the cue spells out ("a 1956 Soviet proposal to ..."). */
function demonymOwner(text: string, clause: Span, at: number, cb: CompiledCodebook): string | null {
  const m = DEMONYM_STANCE.exec(text.slice(Math.max(clause.start, at - 80), at));
  return m ? (cb.actorOfDemonym.get(m[1]) ?? null) : null;
}

const DEMONYM_STANCE =
  /\b(?:a|an|the|its|their)\s+(?:(?:1[5-9]\d\d|20\d\d)\s+)?(?:[a-z]+\s+)?(\p{Lu}\p{Ll}+)\s+(?:proposal|offer|plan|promise|pledge|initiative|demand|demands|position|stance|insistence|condition)\s+(?:to|for|of|that|on)\s+(?:[\p{L}-]+\s+){0,3}$/u;

/** "According to that policy, ...": a clause that goes on with a policy named before. */
const THAT_POLICY = /^\s*(?:According to|Under|In line with|In keeping with|Following)\s+(?:that|this|its|their|the same)\s+(?:(?:basic|long-standing|longstanding|official|stated)\s+)?(?:policy|position|stance|line|approach|principle)\b/i;

const BACKED = /\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors\w*|shar(?:e|es|ed|ing)|respect\w*|understand\w*|sid(?:e|es|ed|ing)\s+with)\s+(?:the\s+)?$/i;

const BY_AGENT = /\b(?:offer|proposal|promise|pledge|plan|initiative|bid|decision)\s+(?:made\s+)?by\s+(?:the\s+)?$/i;

const POSSESSED_STANCE =
  /^['’]s\s+(?:[\p{L}-]+\s+){0,3}?(?:policy|position|stance|line|demand|demands|claim|claims|insistence|view|proposal|offer|goal|aim|condition|precondition|intention|intent|hope|hopes|wish|wishes|desire|quest|readiness|refusal|call|calls|pledge|promise|commitment|determination|efforts?|push|drive|bid|attempts?|campaign|remarks?|statement|proposal|suspension|freeze|freezing|halt|halting|termination|cancellation|withdrawal|abandonment|scrapping|rejection)\b/u;

const PARTICIPLE_AFTER_COMMA = /,\s+(?:insisting|saying|stressing|arguing|adding|noting|demanding|maintaining|calling|urging|warning|repeating|reiterating)\b/i;

/** "Russia's decision to break off the talks": an act of the possessor's that the cue goes on to name. */
const POSSESSED_ACT = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:decision|move|announcement|choice|bid|threat)\s+(?:to|of)\s+(?:[\p{L}-]+\s+){0,2}$/u;

const DEMANDED_OF = /\b(?:expect\w*|urg\w*|ask\w*|call\w* on|want\w*|press\w*|told|tell\w*|appeal\w* to|allow\w*|let)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$/i;
// ("won't agree", "doesn't want": a contraction is a word before the attitude too.)
const ATTITUDE =
  /^[\s,]*(?:[\p{L}'’-]+\s+){0,4}?(?:claim|demand|want|insist|seek|sought|agree|regard|consider|call|urge|press|ready|prepared|willing|intend|plan|refus|reject|oppos|support|back|maintain|hope|wish|propos|offer|accept|stick|stuck|continu|vow|pledge|promis|determin|keen|eager|aim|ask|appeal|adopt|tried|tries|try|attempt)/iu;

/** Who demands what the cue says another side must do: the clause's first actor not itself told to do it. */
export function demander(text: string, clause: Span, at: number, mentions: Mention[]): string[] {
  const first = mentions.find(
    (m) => m.start >= clause.start && m.start < at && m.preposition === null && !/^\s*(?:must|should|has to|had to|have to|needs? to|is to|was to|to)\b/i.test(text.slice(m.end, m.end + 12)),
  );
  return first ? [first.actor] : [];
}

/** "signing a peace treaty ... without a change in relations is impossible": of two cues that start together, the longer one says the position. */
function longerFromSameStart(a: ExtractedStance, b: ExtractedStance): boolean {
  return a.evidence !== undefined && b.evidence !== undefined && a.evidence.start === b.evidence.start && a.evidence.end > b.evidence.end;
}

/**
 * "responding to comments by Prime Minister Kishida, who he said had spoken in favour of a treaty":
 * a "who" clause after a named person is that person's, whoever speaks or leads the sentence.
 */
export function whoAntecedent(text: string, span: Span, at: number, mentions: Mention[]): string[] | null {
  const person = mentions.findLast((m) => m.person && m.start >= span.start && m.end <= at);
  if (!person || !WHO_CLAUSE.test(text.slice(person.end, at))) return null;
  // (Not past another subject of its own: "Kishida, who met Putin, said Moscow ...".)
  return mentions.some((m) => m.start > person.end && m.end <= at && m.preposition === null) ? null : [person.actor];
}

const WHO_CLAUSE = /^,?\s+who\s[^.;:,"“”]*$/;

/** "..., which described the islands as part of Japan": a relative clause speaks for its sentence's subject. */
export function relativeAntecedent(clauseText: string, clauseStart: number, sentenceMentions: Mention[], sentence: Sentence): string[] | null {
  if (!/^\s*(which|that|who)\b/i.test(clauseText) || clauseStart === sentence.start) return null;
  // ("... softer on Moscow, which holds and claims all four islands": the actor right before the comma.)
  const adjacent = sentenceMentions.findLast((m) => m.end <= clauseStart && m.start >= sentence.start && !m.person && /^\s*,?\s*$/.test(sentence.text.slice(m.end - sentence.start, clauseStart - sentence.start)));
  if (adjacent) return [adjacent.actor];
  const subject = sentenceMentions.find((m) => m.start < clauseStart && (m.preposition === null || m.preposition === 'by'));
  return subject ? [subject.actor] : null;
}

/**
 * "Peace treaty talks between Japan and Russia were held on Tuesday", "The first round of treaty
 * talks with Russia": with no subject to hold it, talks that took place (a consultation) are held
 * by the two sides they are between, or by the one they are with and the other party of a
 * two-party dispute. (Not talks told as ended or pointless: one side ends them.)
 */
function talksParties(text: string, clause: Span, m: Span, mentions: Mention[], parties: string[] | null): string[] | null {
  if (!TALKS.test(text.slice(m.start, m.end)) || !TALKS_HELD.test(text.slice(clause.start, clause.end))) return null;
  const near = mentions.filter((x) => x.start >= m.start && x.start <= m.end + TALKS_REACH && x.end <= clause.end);
  const first = near[0];
  if (!first) return null;
  const second = near[1];
  if (first.preposition === 'between' && second && second.actor !== first.actor && PAIR_GAP.test(text.slice(first.end, second.start))) return [first.actor, second.actor];
  if (first.preposition === 'with' && parties?.length === 2 && parties.includes(first.actor)) return [first.actor, parties.find((p) => p !== first.actor)!];
  return null;
}

const TALKS = /\b(?:talks|negotiations?|dialogue|consultations?)\b/i;
/** Words telling that talks took place (not that they ended or would be pointless). */
const TALKS_HELD = /\b(?:held|took\s+place|opened|began|started|resumed|convened|conducted|round|session)\b/i;
/** How far after a cue the sides of its talks may be named ("talks ... were held in Tokyo with Russia"). */
const TALKS_REACH = 40;

/** "Kishida and Putin spoke in October, when they agreed to...": "they" opening a clause is the sentence's joint subject. */
export function pluralAntecedent(text: string, clause: Span, sentenceMentions: Mention[], sentence: Span): string[] | null {
  if (clause.start === sentence.start || !THEY_OPENS.test(text.slice(clause.start, clause.end))) return null;
  return jointSubject(text, { start: sentence.start, end: clause.start }, sentenceMentions, []);
}

// ("... sign a declaration in which they agree to continue negotiations": the signatories.)
const THEY_OPENS = /^\s*(?:[,;]\s*)?(?:(?:and|but|when|where|after|before|while|as|because|so|then|at which point|(?:in|under|by|with)\s+which|whereby)\s+)*they\b/i;

/** "he agreed with Putin to accelerate talks": the partner of a joint decision holds it too. */
export function withPartners(holders: string[], clauseText: string, clauseStart: number, at: number, mentions: Mention[]): string[] {
  for (const m of mentions) {
    if (m.start >= at) continue;
    // "agreed with Mr. Putin", "signed with Russian President Vladimir Putin"
    const before = clauseText.slice(0, m.start - clauseStart);
    if (/\b(agree[sd]?|agreeing|signed|concluded|reached (an )?agreement|decided)\s+with\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,4}$/iu.test(before) && !holders.includes(m.actor)) {
      holders.push(m.actor);
    }
    // ("agreed during a Japan-Russia summit to accelerate ...": the summit's other side agreed too.)
    else if (AGREED_AT.test(before) && m.text.includes('-') && !holders.includes(m.actor)) holders.push(m.actor);
    // ("Abe held talks with Russian President Vladimir Putin ... and they agreed": "they" are both.)
    else if (TALKS_WITH.test(before) && /\b(?:they|the two|both)\b/i.test(clauseText.slice(m.end - clauseStart, at - clauseStart)) && !holders.includes(m.actor)) holders.push(m.actor);
  }
  return holders;
}

const AGREED_AT = /\b(?:agree[sd]?|agreeing|decided|pledged|confirmed|reaffirmed)\s+(?:at|during|in)\s+(?:a|an|the|their)\s+$/i;
const TALKS_WITH = /\b(?:(?:held|had)\s+(?:[\p{L}-]+\s+){0,3}(?:talks|meetings|summits|consultations|conversations|calls)|met|talked|spoke|negotiated|conferred)\s+(?:by (?:tele)?phone\s+)?with\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*\s+){0,4}$/iu;

// (Ending right before the plural subject: "In their first call since Kishida took office, ".)
const FRONTED_BEFORE_SUBJECT = /^\s*(?:In|At|During|On|Over|After|Following|Since|When|While|As|Before|Once|Despite|Amid)\s(?:[^,;]{3,120},\s*){1,2}(?:the\s+)?$/;
const SOURCE_LEAD = /^\s*(?:According to|As reported by|In the words of|Citing)\s[^,;]{3,140},\s*/i;
const CONJUNCT_OPENS = /(?:[,;]\s*|\s)(?:and|but|while|whereas)\s+$|;\s*$/i;
const BINDS = /\b(?:commit(?:s|ted|ting)?|oblig(?:es|ed|ing)|bound|binds|binding|required|requires)\s+$/i;

/** A document as the subject of what it provides: "That document provides for", "The 1956 text promised". */
// (Past an aside: "The 1956 declaration, which serves as the basis for the talks, specifies ...".)
const DOCUMENT_SUBJECT =
  new RegExp(String.raw`(?:^|[.;:,]\s*|\b(?:and|but)\s+)(?:the|that|this|its|the same)\s+(?:\d{4}\s+)?(?:[\p{L}-]+\s+){0,2}(?:document|declaration|text|treaty|agreement|accord|article|clause|memorandum)\s*(?:,[^,;]{1,120},\s*)?(?:also\s+)?(?:provides|provided|says|said|states|stated|stipulates|stipulated|promises|promised|envisages|envisaged|specifies|specified|commits|committed|obliges|obliged|calls for|called for|foresees|foresaw|${DOCUMENT_CONTAINS})\b[^;]*$`, 'iu');

const HANDOVER_CONDITION =
  /\b(?:return|returning|returned|hand|hands|handing|handed|transfer|transferring|transferred|cede|ceding|give|giving|given)\b[^.;]{0,120}\b(?:after|once|until|when|as soon as)\s+(?:[\p{L}'’-]+\s+){0,4}$/iu;

const ONLY_IF = /^[^.;]{0,40}?\bonly\s+(?:if|once|after|when|on\s+condition)\b([^.;]*)/i;

/** A deontic modal between a subject and the cue: "must", "should", "has to", "needs to". */
const OBLIGED = /^[^,;]{0,40}?\b(?:must|should|has to|have to|had to|needs? to|ought to|is obliged to|are obliged to)\b[^;]*$/i;

export const RESPONDENTS = /(?:\d|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?)\s*(?:percent|per cent|%)|\b(?:respondents?|majority|majorities|most|minority|plurality|those (?:polled|questioned|surveyed|asked)|people (?:polled|questioned|surveyed|asked)|voters|residents|half)\b/i;
export const SHARE_FIGURE = /(?:\d|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?)\s*(?:percent|per cent|%)/i;
export const TENS = ['ten', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
export const SHARE =
  /(\d+(?:\.\d+)?|\b(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)\s*(?:percent|per cent|%)|\b(majority|most|three[- ]quarters|two[- ]thirds|half|minority|few|a fraction)\b/gi;

/** "96", "ninety-six": a share written in figures or words. */
export function shareValue(written: string): number {
  if (/^\d/.test(written)) return Number(written);
  const [tens, units] = written.toLowerCase().split(/[- ]/);
  return (TENS.indexOf(tens) + 1) * 10 + (units ? UNITS.indexOf(units) + 1 : 0);
}

/** In a poll, "only 17 percent support the handover" says the majority is on the other side. */
export function minorityShare(before: string): boolean {
  const shares = [...before.slice(-80).matchAll(SHARE)];
  const last = shares[shares.length - 1];
  if (!last) return false;
  if (last[1] !== undefined) return shareValue(last[1]) < 50;
  return /^(minority|few|a fraction)$/i.test(last[2]);
}

/**
 * Who rallies: the groups or publics the clause names ("former residents rallied"); a rally of
 * unnamed people ("several hundred people") is the topic's protest group's, if it has exactly one.
 */
/**
 * Who may have rallied: the clause's actors outside the slogans and before whom the rally
 * addresses ("...rallied under banners reading 'Not one inch to Japan', demanding that the
 * Kremlin rule out any transfer" names no one who rallied).
 */
function ralliers(input: ClauseInput, mentions: Mention[]): Mention[] {
  const { text, clause, sentence } = input;
  const addressed = ADDRESSED.exec(text.slice(clause.start, clause.end));
  const cut = addressed ? clause.start + addressed.index : clause.end;
  const named = mentions.filter((m) => m.start < cut && !insideAny(sentence.quotes, m.start));
  if (named.length) return named;
  // ("The residents' league, which represents former islanders and their families, adopted a
  // resolution at the rally ...": a relative clause's antecedent is who rallied.)
  const antecedent = relativeAntecedent(text.slice(clause.start, clause.end), clause.start, input.mentions, sentence);
  return antecedent ? input.mentions.filter((m) => m.start < clause.start && antecedent.includes(m.actor) && m.preposition === null).slice(0, 1) : named;
}

const ADDRESSED = /\b(?:demand(?:ing|ed|s)?\s+that|urg(?:ing|ed|es)|call(?:ing|ed|s)?\s+on|ask(?:ing|ed|s)?|appeal(?:ing|ed|s)?\s+to|pressing)\b/i;

/** "Tokyo protested ...", "Moscow lodged a protest": the clause's subject is a state that protests. */
function stateProtesting(text: string, clause: Span, mentions: Mention[], cb: CompiledCodebook): boolean {
  const subject = mentions.find((m) => m.start >= clause.start && m.preposition === null);
  return (
    subject !== undefined &&
    cb.actorKind.get(subject.actor) === 'state' &&
    /^\s*(?:(?:has|had|have|also|again|formally|strongly|immediately)\s+){0,2}(?:protest(?:ed|s)?|lodged|filed|sent)\b/i.test(text.slice(subject.end, clause.end))
  );
}

/** "A majority of Japanese", "most Russians polled": the public of the state a demonym names as the people polled. */
function pollPopulation(before: string, cb: CompiledCodebook): string[] {
  const m = POLLED_PEOPLE.exec(before);
  if (!m) return [];
  const state = cb.actorOfDemonym.get(m[1]) ?? cb.actorOfDemonym.get(m[1].replace(/s$/, ''));
  const publicOf = state === undefined ? undefined : cb.publicOfState.get(state);
  return publicOf ? [publicOf] : [];
}

const POLLED_PEOPLE = /\b(?:majority|most|half|percent|per\s+cent|%|share|proportion|third|quarter|fifths?|in\s+(?:ten|10))\s+(?:of\s+)?(?:the\s+)?(?:(?:adult|ordinary|voting|surveyed|polled)\s+)?(\p{Lu}[\p{L}.]+)\b/u;

/** A mention by a crowd noun of the codebook ("protesters"). */
function crowdNoun(m: Mention, cb: CompiledCodebook): boolean {
  return cb.aliasByText.get(m.text)?.crowd === true;
}

/** A share's reasons after its answer ("..., arguing that ..."). */
const REASONING = /,\s*(?:arguing|saying|reasoning|believing|hoping|on\s+the\s+grounds)\b/i;

/** Holders that are a crowd noun's actor only ("protesters"), put as the publics the same words name. */
function namedCrowd(holders: string[], before: Mention[], cb: CompiledCodebook): string[] {
  const onlyCrowd = (actor: string) => before.some((m) => m.actor === actor) && before.every((m) => m.actor !== actor || crowdNoun(m, cb));
  if (!holders.some(onlyCrowd)) return holders;
  const publics = actorsOfKind(before, cb, 'public');
  return publics.length ? [...new Set(holders.flatMap((h) => (onlyCrowd(h) ? publics : [h])))] : holders;
}

export function protesters(mentions: Mention[], cb: CompiledCodebook, speaker: Speaker | null, place?: string): string[] {
  // ("Protesters, among them former islanders, ...": a crowd noun is who else it is named as.)
  const groups = actorsOfKind(mentions.filter((m) => !crowdNoun(m, cb)), cb, 'group');
  if (groups.length) return groups;
  const publics = actorsOfKind(mentions, cb, 'public');
  // An unnamed crowd is who rallies where it rallied, as the codebook says ("in Nemuro").
  const local = place === undefined ? undefined : cb.ralliesAt.get(place);
  const crowds = actorsOfKind(mentions.filter((m) => crowdNoun(m, cb)), cb, 'group');
  if (crowds.length) return publics.length ? publics : local && !crowds.includes(local) ? [local] : crowds;
  // ("Russians in Moscow and other cities protested against ...": a crowd named only by its
  // nationality is the one that rallies there, not the public a poll would measure.)
  const byNationality = mentions.filter((x) => cb.actorKind.get(x.actor) === 'public').every((x) => /^\p{Lu}\p{Ll}+s$/u.test(x.text));
  if (publics.length && !(byNationality && local && cb.actorKind.get(local) === 'group')) return publics;
  if (local && !speaker) return [local];
  // (A place named as such, "MOSCOW —" or "in Moscow", says nothing of who rallied.)
  return !speaker && cb.groups.length === 1 && mentions.every((m) => m.preposition !== null || cb.aliasByText.get(m.text)?.place) ? cb.groups : [];
}

export function actorsOfKind(mentions: Mention[], cb: CompiledCodebook, kind: string): string[] {
  return [...new Set(mentions.filter((x) => cb.actorKind.get(x.actor) === kind).map((x) => x.actor))];
}

export function otherPosition(cb: CompiledCodebook, question: string, position: string): string | undefined {
  const positions = cb.positionsOf.get(question) ?? [];
  return positions.length === 2 ? positions.find((p) => p !== position) : undefined;
}

/** "Our sovereignty is not subject to discussion, Lavrov said": what comes before ", X said" is X's. */
function contentFirst(text: string, at: number, speechAt: number | null): boolean {
  return speechAt !== null && speechAt > at && text.slice(at, speechAt).includes(',');
}

/**
 * The two states a sentence has as its plural subject, before its first verb: "the two leaders",
 * "both sides" (as the nearby states are), or "Abe and Putin".
 */
export function pluralStatesSubject(
  text: string,
  sentence: Span & { quotes: Span[] },
  mentions: Mention[],
  nearbyStates: string[],
  cb: CompiledCodebook,
  person: Speaker | null = null,
): string[] | null {
  const head = stripQuotes(text, { start: sentence.start, end: Math.min(sentence.end, sentence.start + 120) }, sentence.quotes);
  // ("In October 1956 the two countries restored relations": after a time phrase without a comma too.)
  const plural = /^(?:[^,]{0,60},\s*|(?:In|On|At|By|Later|Then)\s+(?:[\p{L}\d.]+\s+){1,3}?)?(?:the two (?:leaders|sides|governments|countries|nations|states|men|ministers)|both (?:leaders|sides|governments|countries|nations|states|men))\b/iu.exec(head);
  if (plural && nearbyStates.length === 2) return nearbyStates;
  // ("The most recent push came from Putin and Shinzo Abe": whom the next "they" means.)
  const states = mentions.filter((m) => (m.preposition === null || /^(?:from|by|between)$/.test(m.preposition)) && m.start < sentence.start + 80 && cb.actorKind.get(m.actor) === 'state');
  if (states.length >= 2 && states[0].actor !== states[1].actor && /^\s*and\s+(?:[\p{L}.-]+\s+){0,4}$/u.test(text.slice(states[0].end, states[1].start))) return [states[0].actor, states[1].actor];
  // Later in the sentence, a plural subject that acted ("follows up on what the two leaders decided",
  // "and in December that year he and Putin agreed"): whom the next sentence's "they" means.
  const whole = stripQuotes(text, sentence, sentence.quotes);
  if (nearbyStates.length === 2 && LATER_PLURAL.test(whole)) return nearbyStates;
  // ("he" is the person the sentence named before it, or the last one before the sentence.)
  const earlier = person?.kind === 'actor' ? person.actor : null;
  for (const m of mentions) {
    if (cb.actorKind.get(m.actor) !== 'state' || insideAny(sentence.quotes, m.start)) continue;
    const pronoun = /\b(?:he|she)\s+and\s+(?:[\p{L}.-]+\s+){0,3}$/iu.exec(text.slice(Math.max(sentence.start, m.start - 40), m.start));
    if (!pronoun || !ACTED.test(text.slice(m.end, m.end + 30))) continue;
    const heAt = m.start - pronoun[0].length;
    const he = mentions.filter((x) => x.person && x.end <= heAt && x.start >= sentence.start).pop()?.actor ?? earlier;
    if (he && he !== m.actor && cb.actorKind.get(he) === 'state') return [he, m.actor];
  }
  return null;
}

const LATER_PLURAL =
  /\b(?:the two (?:leaders|sides|governments|countries|men|ministers)|both (?:leaders|sides|governments|countries|men))\s+(?:had\s+|have\s+|also\s+|then\s+)?(?:agreed|decided|signed|met|pledged|confirmed|reaffirmed|promised|vowed|reached|settled|adopted)\b/i;
/** "he and Putin agreed", "Abe and Russian President Vladimir Putin agreed": a verb of a joint act right after the coordinated subject (and the rest of its name). */
const ACTED = /^\s*(?:\p{Lu}[\p{L}.-]*\s+){0,3}(?:had\s+|have\s+|also\s+|then\s+|jointly\s+)?(?:agreed|decided|signed|met|pledged|confirmed|reaffirmed|promised|vowed|reached|settled|adopted)\b/u;
