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
});
