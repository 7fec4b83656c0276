import { describe, expect, it } from 'vitest';
import { analyzeMessage } from './analyze-message.ts';
import { CATALOG } from '../indicators/catalog/index.ts';
import { conversationCatalog } from './conversation-catalog.ts';

const catalog = conversationCatalog(CATALOG);
const read = (text: string) => analyzeMessage(catalog, text, 10_000);

describe('analyzeMessage', () => {
  it('drops a lure right after a negation (the scorer’s own rule)', () => {
    const lure = read('we keep your passport');
    expect(lure.scored?.contributions.recruitment_fraud.length ?? 0).toBeGreaterThan(0);
    const negated = read('we never keep your passport');
    expect(negated.scored?.contributions.recruitment_fraud ?? []).toEqual([]);
  });

  it('reads the first-contact and deletion-plea cues as tags, with spans in the message', () => {
    const hello = read('hey, who are you?');
    const [span] = hello.tags.get('first_contact') ?? [];
    expect(span === undefined ? '' : 'hey, who are you?'.slice(span.start, span.end)).toBe('who are you');
    expect(read('what?? delete it').tags.has('deletion_plea')).toBe(true);
  });

  it('reads a chat app named with a handle or a number as a move to that app, in any wording', () => {
    expect(read('add me on whatsapp +44 7700 900418').tags.has('channel_move')).toBe(true);
    expect(read('LINE: ploy_k99').tags.has('channel_move')).toBe(true);
    expect(read('snap mika_dmy').tags.has('channel_move')).toBe(true);
  });

  it('does not read ordinary words that are also app names as a move to an app', () => {
    expect(read('we waited in line for 20 minutes at gate 12').tags.has('channel_move')).toBe(false);
    expect(read('no signal here, call me at 0812 3456 789 later').tags.has('channel_move')).toBe(false);
    expect(read('oh snap, the bus left at 7.45').tags.has('channel_move')).toBe(false);
  });
});
