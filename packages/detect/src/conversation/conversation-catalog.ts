import { compileCatalog, type CompiledCatalog } from '../indicators/compile.ts';
import type { Indicator } from '../indicators/schema.ts';
import { CHILD_OFFER_CUES } from './child-offer-cues.ts';
import { FIRST_CONTACT_CUES } from './first-contact-cues.ts';
import { GROOMING_STEP_CUES } from './grooming-step-cues.ts';
import { SIGNAL_CUES } from './signal-cues.ts';
import { CONVERSATION_CUES, type CueCode } from './stage-cues.ts';

/** The catalogue and the conversation cues compiled together: one automaton, one pass per message. */
export interface ConversationCatalog {
  readonly catalog: CompiledCatalog;
  /** The cue of each compiled indicator position (undefined for catalogue indicators). */
  readonly cueAt: readonly (CueCode | undefined)[];
}

const compiled = new WeakMap<readonly Indicator[], ConversationCatalog>();

/**
 * Compiles `indicators` (a detector's) with the conversation cues. Compiling takes about a second,
 * so the result is kept per catalogue.
 */
export function conversationCatalog(indicators: readonly Indicator[]): ConversationCatalog {
  const known = compiled.get(indicators);
  if (known !== undefined) return known;
  const all = [...CONVERSATION_CUES, ...SIGNAL_CUES, ...GROOMING_STEP_CUES, ...CHILD_OFFER_CUES, ...FIRST_CONTACT_CUES];
  const cues = all.map(({ cue: _cue, ...indicator }) => indicator);
  const catalog = compileCatalog([...indicators, ...cues]);
  const cueAt: (CueCode | undefined)[] = indicators.map(() => undefined);
  for (const cue of all) cueAt.push(cue.cue);
  const result = { catalog, cueAt };
  compiled.set(indicators, result);
  return result;
}
