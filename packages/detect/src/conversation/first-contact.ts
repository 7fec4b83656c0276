import type { Span } from '../types.ts';
import { messageEvidence } from './author-state.ts';
import type { MessageEvidence } from './types.ts';
import type { WallClock } from './wall-clock.ts';

/** Only an introduction this early in the export shows that the two met in it ("who r u" at message 300 does not). */
export const FIRST_CONTACT_WITHIN_MESSAGES = 10;
/** The contact counts as recent this long after the introduction: sextortion runs in hours or days. */
export const RECENT_CONTACT_HOURS = 72;
/** Without times on both messages, this many messages after the introduction. */
export const RECENT_CONTACT_MESSAGES = 60;
/**
 * The contact is brand new this long after the introduction: the fake profiles of financial
 * sextortion ask for a video call or pictures within minutes or hours of the first message.
 */
export const BRAND_NEW_CONTACT_HOURS = 24;
/** Without times on both messages, this many messages after the introduction. */
export const BRAND_NEW_CONTACT_MESSAGES = 30;

/**
 * Whether the people of a conversation have only just met: an introduction, a friend request or a
 * "who are you?" early in the conversation opens a window of `RECENT_CONTACT_HOURS` in which a
 * request for pictures or a video call comes from someone recently met.
 */
export class FirstContact {
  private start: { index: number; clock: WallClock | undefined; evidence: MessageEvidence } | undefined;

  /** Reads one message's first-contact words (`spans`, empty when there are none). */
  observe(index: number, clock: WallClock | undefined, spans: readonly Span[], text: string): void {
    if (this.start !== undefined || index >= FIRST_CONTACT_WITHIN_MESSAGES) return;
    const span = spans[0];
    if (span === undefined) return;
    this.start = { index, clock, evidence: messageEvidence(index, text, span) };
  }

  /** The words that show the first contact, when it is still recent at message `index` sent at `clock`. */
  recentAt(index: number, clock: WallClock | undefined): MessageEvidence[] | undefined {
    return this.within(index, clock, RECENT_CONTACT_HOURS, RECENT_CONTACT_MESSAGES);
  }

  /** The words that show the first contact, when it is brand new (hours old) at message `index`. */
  brandNewAt(index: number, clock: WallClock | undefined): MessageEvidence[] | undefined {
    return this.within(index, clock, BRAND_NEW_CONTACT_HOURS, BRAND_NEW_CONTACT_MESSAGES);
  }

  private within(
    index: number,
    clock: WallClock | undefined,
    hours: number,
    messages: number,
  ): MessageEvidence[] | undefined {
    const start = this.start;
    if (start === undefined || index < start.index) return undefined;
    const recent =
      clock !== undefined && start.clock !== undefined
        ? clock.minutes - start.clock.minutes <= hours * 60
        : index - start.index <= messages;
    return recent ? [start.evidence] : undefined;
  }
}
