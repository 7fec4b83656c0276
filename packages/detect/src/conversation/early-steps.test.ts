import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze-conversation.ts';
import type { ConversationMessage } from './types.ts';

function chat(lines: readonly (readonly [string, string])[]): ConversationMessage[] {
  return lines.map(([author, text], i) => ({
    author,
    time: `2026-04-0${1 + Math.floor(i / 10)}T18:${String(10 + (i % 10)).padStart(2, '0')}:00`,
    text,
  }));
}

/** A stranger's early grooming steps towards a 13-year-old, then (message 9) sexual talk. */
const EARLY_STEPS = chat([
  ['RiderKo', 'ur drawings on the page are so good'],
  ['Mali', 'thank youu'],
  ['RiderKo', 'how old r u?'],
  ['Mali', '13 turning 14 soon'],
  ['RiderKo', 'ur so mature for 13 honestly. i gifted u 500 robux 🙂'],
  ['Mali', 'omg thank u'],
  ['RiderKo', 'do ur parents check ur phone?'],
  ['Mali', 'not really'],
  ['RiderKo', 'ok keep this between us, u have discord?'],
  ['RiderKo', 'have u ever kissed anyone?'],
]);
const SEXUAL_MESSAGE = 9;

describe('early steps of grooming', () => {
  it('raises the alert before the talk turns sexual, and names the offender', () => {
    const analysis = analyzeConversation(EARLY_STEPS);
    expect(analysis.offender).toBe('RiderKo');
    expect(analysis.target).toBe('Mali');
    expect(analysis.alert?.harm).toBe('grooming');
    expect(analysis.alert?.messageIndex ?? Infinity).toBeLessThan(SEXUAL_MESSAGE);
  });

  it('shows the words of every step it counted', () => {
    const analysis = analyzeConversation(EARLY_STEPS.slice(0, SEXUAL_MESSAGE));
    const grooming = analysis.harms.find((h) => h.type === 'grooming');
    const ids = grooming?.indicators.map((i) => i.id) ?? [];
    expect(ids).toContain('conversation.grooming.secret_bond_with_child');
    for (const indicator of grooming?.indicators ?? []) {
      expect(indicator.evidence.length).toBeGreaterThan(0);
      for (const evidence of indicator.evidence) {
        const text = EARLY_STEPS[evidence.messageIndex]?.text ?? '';
        expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
      }
    }
  });

  it('reads a groomer’s gifts for pictures as grooming, not as a loan', () => {
    const analysis = analyzeConversation([
      ...EARLY_STEPS,
      ...chat([
        ['RiderKo', 'send me a pic of u rn, just for me'],
        ['RiderKo', 'thats not fair i sent u robux'],
      ]),
    ]);
    expect(analysis.harms[0]?.type).toBe('grooming');
    expect(analysis.harms.find((h) => h.type === 'predatory_loan')).toBeUndefined();
  });

  it('does not alert when the same words come from a 14-year-old classmate', () => {
    const peers = chat([
      ['Tomas', "i'm 14 btw"],
      ['Mali', '13 lol'],
      ['Tomas', 'ur so mature for 13 honestly'],
      ['Tomas', 'keep this between us ok, i like u'],
      ['Mali', 'hehe ok'],
    ]);
    expect(analyzeConversation(peers).alert).toBeNull();
  });

  it('does not alert on a coach who praises a child in front of the parents', () => {
    const coach = chat([
      ['CoachLin', 'Great match today Sami! Your passing was excellent'],
      ['Sami', "thanks coach! i'm 12 so the big boys are fast"],
      ['CoachLin', 'You kept up well. Training is Tuesday at 4, I posted the schedule in the parents group'],
      ['Sami', 'my mum will drive me'],
      ['CoachLin', 'Perfect, see you both there'],
    ]);
    const analysis = analyzeConversation(coach);
    expect(analysis.alert).toBeNull();
    expect(analysis.harms.find((h) => h.type === 'grooming')).toBeUndefined();
  });
});

describe('a child offered to a customer', () => {
  it('reports child sexual exploitation against the adult who offers the child', () => {
    const analysis = analyzeConversation(
      chat([
        ['Guest_Ray', 'hello, anything special tonight?'],
        ['Tour_Bong', 'yes sir i have girls, also very young one, student 14'],
        ['Guest_Ray', 'how much'],
        ['Tour_Bong', 'young one 250$ for the night, i bring to guesthouse'],
      ]),
    );
    const finding = analysis.harms.find((h) => h.type === 'child_sexual_exploitation');
    expect(finding?.actor).toBe('Tour_Bong');
    expect(analysis.offender).toBe('Tour_Bong');
  });

  it('does not read the offered child’s age as the seller’s own', () => {
    const analysis = analyzeConversation(
      chat([
        ['Client9', 'still available the private show?'],
        ['Ate_Mira', 'yes sir, may bago ako, bata pa, 12 y.o.'],
        ['Ate_Mira', '3k pesos, special request 1k more'],
      ]),
    );
    expect(analysis.authors.find((a) => a.author === 'Ate_Mira')?.statedAges).toEqual([]);
    expect(analysis.harms.find((h) => h.type === 'child_sexual_exploitation')?.actor).toBe('Ate_Mira');
  });
});

describe('a warning shared in the chat', () => {
  it('damps the words of the one who shared it, not a groomer writing later', () => {
    const messages = chat([
      ['Aunt_Sok', 'police warning: adults pretend to be kids in games and say "keep this between us"'],
      ['Aunt_Sok', 'be careful everyone'],
      ...Array.from({ length: 10 }, (_, i) => [i % 2 === 0 ? 'Aunt_Sok' : 'Nary', 'ok'] as const),
      ['Stranger_K', 'hi Nary how old r u?'],
      ['Nary', '12'],
      ['Stranger_K', 'ur so mature for 12. i gifted u robux'],
      ['Stranger_K', 'do ur parents check ur phone?'],
      ['Stranger_K', 'keep this between us ok'],
    ]);
    const analysis = analyzeConversation(messages);
    expect(analysis.offender).toBe('Stranger_K');
    expect(analysis.harms.find((h) => h.type === 'grooming')?.actor).toBe('Stranger_K');
    expect(analysis.authors.find((a) => a.author === 'Aunt_Sok')?.harms).toEqual([]);
  });
});
