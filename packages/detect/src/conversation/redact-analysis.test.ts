import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze-conversation.ts';
import { createRedactor, redactAnalysis, redactorFor } from './redact-analysis.ts';
import type { ConversationAnalysis, ConversationMessage } from './types.ts';

/** A fictional grooming chat (every name, number and handle invented). */
const GROOMING: ConversationMessage[] = [
  { author: 'Kevin Lim', time: '2024-03-02T16:05:00', text: 'hey Sophea, saw ur dance video, ur really good 😊' },
  { author: 'Sophea', time: '2024-03-02T16:20:00', text: 'thank you!! who are you?' },
  { author: 'Kevin Lim', time: '2024-03-02T16:21:00', text: 'Kevin, 19, i dance too. how old r u?' },
  { author: 'Sophea', time: '2024-03-02T16:25:00', text: "I'm 13, grade 7" },
  { author: 'Kevin Lim', time: '2024-03-05T22:40:00', text: 'do ur parents check ur phone at night?' },
  { author: 'Sophea', time: '2024-03-05T22:45:00', text: 'no they sleep early' },
  {
    author: 'Kevin Lim',
    time: '2024-03-05T22:47:00',
    text: "this is our secret ok, don't tell anyone. add me on telegram @kevin_dance99 or call +855 12 345 678",
  },
  { author: 'Sophea', time: '2024-03-06T07:10:00', text: 'ok Kevin' },
  { author: 'Kevin Lim', time: '2024-03-09T23:15:00', text: 'send me a pic of u in bed, just for me' },
  { author: 'Kevin Lim', time: '2024-03-09T23:16:00', text: 'i can buy u a new phone if u meet me saturday' },
];

describe(createRedactor.name, () => {
  it('labels authors consistently in the order given, and masks their names inside texts', () => {
    const redactor = createRedactor({ authors: ['Kevin Lim', 'Sophea'], entities: [], language: 'en' });
    expect(redactor.author('Kevin Lim')).toBe('Person A');
    expect(redactor.author('Sophea')).toBe('Person B');
    expect(redactor.author('Kevin Lim')).toBe('Person A');
    expect(redactor.string('hi sophea, Kevin here. kevinlim is not a name part')).toBe(
      'hi Person B, Person A here. kevinlim is not a name part',
    );
    expect(redactor.author('Someone new')).toBe('Person C');
  });

  it('gives one label to one phone number however it is written, and masks e-mails and handles', () => {
    const redactor = createRedactor({ authors: [], entities: [], language: 'en' });
    expect(redactor.string('call +855 12 345 678 or 012 345 678, mail dara@example.com, tg @dara_sok99')).toBe(
      'call [phone 1] or [phone 1], mail [e-mail 1], tg [account 1]',
    );
    expect(redactor.string('again 012345678')).toBe('again [phone 1]');
  });

  it('uses the author label for an author whose name is a phone number', () => {
    const redactor = createRedactor({ authors: ['+855 12 345 678'], entities: [], language: 'en' });
    expect(redactor.string('my number is 012 345 678')).toBe('my number is Person A');
  });

  it('masks names in scripts written without spaces, and labels in Khmer', () => {
    const redactor = createRedactor({ authors: ['សុភា'], entities: [], language: 'km' });
    expect(redactor.author('សុភា')).toBe('បុគ្គល ក');
    expect(redactor.string('ជំរាបសួរសុភា')).toBe('ជំរាបសួរបុគ្គល ក');
  });

  it('moves spans onto the masked text', () => {
    const redactor = createRedactor({ authors: ['Kevin Lim'], entities: [], language: 'en' });
    const text = 'Kevin Lim says: send me a pic';
    const redacted = redactor.text(text);
    const span = redacted.mapSpan({ start: text.indexOf('send'), end: text.length });
    expect(redacted.text.slice(span.start, span.end)).toBe('send me a pic');
    const inside = redacted.mapSpan({ start: 2, end: 7 });
    expect(redacted.text.slice(inside.start, inside.end)).toBe('Person A');
  });

  it('treats regular-expression characters in names literally', () => {
    const redactor = createRedactor({ authors: ['a.*b (c)'], entities: [], language: 'en' });
    expect(redactor.string('axxb (c) and a.*b (c)')).toBe('axxb (c) and Person A');
  });

  it('masks names and numbers written with hyphens or slashes (no invalid escape in unicode mode)', () => {
    const redactor = createRedactor({ authors: ['Dara-Sok', 'Mum/Dad'], entities: [], language: 'en' });
    expect(redactor.string('Dara-Sok and Mum/Dad, call 0812-3456-7812')).toBe('Person A and Person B, call [phone 1]');
  });
});

let analysed: ConversationAnalysis | undefined;
/** The fictional grooming chat, analysed by the real engine (once per file). */
function groomingAnalysis(): ConversationAnalysis {
  analysed ??= analyzeConversation(GROOMING);
  return analysed;
}

describe(redactAnalysis.name, () => {
  it('leaves no author name, phone number or handle anywhere in the analysis', () => {
    const analysis = groomingAnalysis();
    const redacted = redactAnalysis(analysis, redactorFor(analysis, 'en'));
    const json = JSON.stringify(redacted);
    for (const secret of ['Kevin', 'Lim', 'Sophea', 'kevin_dance99', '345 678', '+85512345678']) {
      expect(json).not.toContain(secret);
    }
    expect(redacted.offender).toBe('Person A');
    expect(redacted.target).toBe('Person B');
    expect(redacted.harms[0]?.actor).toBe('Person A');
  });

  it('keeps key-message evidence pointing at the right words of the masked text', () => {
    const analysis = groomingAnalysis();
    const redacted = redactAnalysis(analysis, redactorFor(analysis, 'en'));
    for (const message of redacted.keyMessages) {
      for (const feature of message.features) {
        for (const evidence of feature.evidence) {
          expect(message.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        }
      }
    }
    const secretMessage = redacted.keyMessages.find((m) => m.text.startsWith('this is our secret'));
    expect(secretMessage?.text).toBe(
      "this is our secret ok, don't tell anyone. add me on telegram [account 1] or call [phone 1]",
    );
  });
});
