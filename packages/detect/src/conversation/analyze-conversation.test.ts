import { describe, expect, it } from 'vitest';
import { createDetector } from '../analyze-text.ts';
import { DetectError } from '../errors.ts';
import { HARD_NEGATIVES, HARMFUL } from './analyze-conversation.fixtures.ts';
import { OTHER_AUTHORS, analyzeConversation, createConversationAnalyzer } from './analyze-conversation.ts';
import type { ConversationAnalysis, ConversationMessage, MessageEvidence } from './types.ts';

/** Every evidence span must be the words of the message it names. */
function expectEvidenceInMessages(analysis: ConversationAnalysis, messages: readonly ConversationMessage[]): void {
  const check = (evidence: MessageEvidence): void => {
    const text = messages[evidence.messageIndex]?.text ?? '';
    expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  };
  for (const harm of analysis.harms) for (const indicator of harm.indicators) indicator.evidence.forEach(check);
  for (const stage of analysis.stages) {
    expect(stage.evidence.length).toBeGreaterThan(0);
    stage.evidence.forEach((evidence) => check({ ...evidence, messageIndex: stage.messageIndex }));
  }
  for (const key of analysis.keyMessages) {
    for (const harm of key.harms) {
      for (const indicator of harm.indicators) {
        for (const evidence of indicator.evidence) {
          expect(key.text.slice(evidence.start, evidence.end)).toBe(evidence.text);
        }
      }
    }
  }
}

describe('analyzeConversation on harmful conversations', () => {
  for (const conversation of HARMFUL) {
    it(`reports ${conversation.harm} and its offender: ${conversation.name}`, () => {
      const analysis = analyzeConversation(conversation.messages);
      const finding = analysis.harms.find((harm) => harm.type === conversation.harm);
      expect(finding, `harms: ${analysis.harms.map((h) => h.type).join(', ')}`).toBeDefined();
      expect(finding?.actor).toBe(conversation.offender);
      expect(analysis.offender).toBe(conversation.offender);
      expect(analysis.target).not.toBeNull();
      expect(analysis.target).not.toBe(conversation.offender);
      expect(['high', 'critical']).toContain(analysis.risk);
      expect(analysis.alert).not.toBeNull();
      expect(analysis.stages.some((stage) => stage.harm === conversation.harm)).toBe(true);
      const roles = Object.fromEntries(analysis.authors.map((author) => [author.author, author.role]));
      expect(roles[conversation.offender ?? '']).toBe('likely_offender');
      expectEvidenceInMessages(analysis, conversation.messages);
    });
  }

  for (const conversation of HARMFUL.filter((c) => c.alertBefore !== undefined)) {
    it(`raises the alert before the ${conversation.alertBefore} stage: ${conversation.name}`, () => {
      const analysis = analyzeConversation(conversation.messages);
      const stage = analysis.stages.find((s) => s.harm === conversation.harm && s.stage === conversation.alertBefore);
      expect(stage).toBeDefined();
      expect(analysis.alert?.messageIndex).toBeLessThan(stage?.messageIndex ?? 0);
      expect(analysis.alert?.harm).toBe(conversation.harm);
    });
  }

  it('finds sextortion when the threat, the demand and the deadline come in three separate messages', () => {
    const messages: ConversationMessage[] = [
      { author: 'X', time: null, text: 'i will expose you' },
      { author: 'Y', time: null, text: 'why??' },
      { author: 'X', time: null, text: 'pay now' },
      { author: 'X', time: null, text: 'you have 24 hours' },
    ];
    for (const message of messages) {
      // No single message shows sextortion…
      expect(analyzeConversation([message]).harms.map((h) => h.type)).not.toContain('sextortion');
    }
    // …the conversation does.
    const analysis = analyzeConversation(messages);
    expect(analysis.harms[0]?.type).toBe('sextortion');
    expect(analysis.offender).toBe('X');
    expect(analysis.harms[0]?.indicators.map((i) => i.id)).toContain('rule.extortion.threat_deadline_payment');
    expect(analysis.stages.map((stage) => stage.stage)).toEqual(['threat', 'demand', 'deadline']);
  });

  it("reads an adult's request for pictures to someone who said they are 13 as grooming", () => {
    const messages: ConversationMessage[] = [
      { author: 'Ken', time: null, text: 'how old r u' },
      { author: 'Bopha', time: null, text: "i'm 13" },
      { author: 'Ken', time: null, text: "i'm 31. send me a pic" },
    ];
    expect(analyzeConversation([messages[2] as ConversationMessage]).harms).toEqual([]);
    const analysis = analyzeConversation(messages);
    expect(analysis.harms[0]?.type).toBe('grooming');
    expect(analysis.offender).toBe('Ken');
    expect(analysis.target).toBe('Bopha');
    const ids = analysis.harms[0]?.indicators.map((indicator) => indicator.id) ?? [];
    expect(ids).toContain('conversation.grooming.adult_courts_child');
    expect(ids).toContain('rule.grooming.minor_and_photo');
  });

  it('names the same offender when the child writes first', () => {
    const [first, ...rest] = HARMFUL[0]?.messages ?? [];
    const reordered = [
      { author: 'lily.k', time: '2024-03-01T19:00:00', text: 'hi' },
      ...(first ? [first] : []),
      ...rest,
    ];
    expect(analyzeConversation(reordered).offender).toBe('Mark_88');
  });

  it('gives labels in Khmer on request', () => {
    const analysis = analyzeConversation(HARMFUL[1]?.messages ?? [], { adviceLanguage: 'km' });
    expect(analysis.harms[0]?.indicators.some((indicator) => /[\u1780-\u17ff]/u.test(indicator.label))).toBe(true);
  });

  it('profiles each author: stated ages, late-night share, initiations', () => {
    const analysis = analyzeConversation(HARMFUL[0]?.messages ?? []);
    const mark = analysis.authors.find((author) => author.author === 'Mark_88');
    const lily = analysis.authors.find((author) => author.author === 'lily.k');
    expect(mark?.statedAges).toEqual([24]);
    expect(lily?.statedAges).toEqual([13]);
    expect(mark?.lateNightShare).toBeGreaterThan(0.4);
    expect(mark?.initiations).toBeGreaterThanOrEqual(1);
    expect(mark?.risk).toBe('critical');
    expect(lily?.harms).toEqual([]);
    expect(analysis.span).toEqual({ first: '2024-03-01T19:02:00', last: '2024-03-03T23:12:00' });
  });

  it('lists key messages with their features, in message order', () => {
    const analysis = analyzeConversation(HARMFUL[0]?.messages ?? []);
    const indexes = analysis.keyMessages.map((key) => key.messageIndex);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    const codes = analysis.keyMessages.flatMap((key) => key.features.map((feature) => feature.code));
    expect(codes).toEqual(
      expect.arrayContaining(['age_statement', 'parental_check', 'secrecy_request', 'image_request']),
    );
  });
});

describe('analyzeConversation on hard negatives', () => {
  for (const conversation of HARD_NEGATIVES) {
    it(`stays quiet: ${conversation.name}`, () => {
      const analysis = analyzeConversation(conversation.messages);
      expect(analysis.harms.map((harm) => `${harm.type} ${harm.score}`)).toEqual([]);
      expect(analysis.risk).toBe('none');
      expect(analysis.alert).toBeNull();
      expect(analysis.offender).toBeNull();
      expect(analysis.stages).toEqual([]);
    });
  }
});

describe('createConversationAnalyzer', () => {
  it('gives the same result incrementally as in one go, at any point', () => {
    const messages = HARMFUL[0]?.messages ?? [];
    const analyzer = createConversationAnalyzer();
    messages.forEach((message, i) => {
      analyzer.push(message);
      if (i % 4 === 3) expect(analyzer.result()).toEqual(analyzeConversation(messages.slice(0, i + 1)));
    });
  });

  it('reuses a detector passed in options', () => {
    const detector = createDetector();
    const analysis = analyzeConversation(HARMFUL[4]?.messages ?? [], { detector });
    expect(analysis.harms[0]?.type).toBe('sextortion');
  });

  it('raises the alert at the first message whose risk is high, and the timeline agrees', () => {
    const analysis = analyzeConversation(HARMFUL[0]?.messages ?? [], { timelinePoints: 1000 });
    const alert = analysis.alert?.messageIndex ?? -1;
    for (const point of analysis.timeline) {
      if (point.messageIndex < alert) expect(point.risk).toBeLessThan(0.8);
      else expect(point.risk).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('stays bounded over a long conversation: key messages, timeline, entities, authors', () => {
    const analyzer = createConversationAnalyzer({
      maxKeyMessages: 5,
      timelinePoints: 50,
      maxEntities: 10,
      maxAuthors: 3,
    });
    const lines = [
      'how old are you?',
      'call me on +855 12 345 678',
      'lol ok',
      'see https://example.com/a',
      'send me a pic',
    ];
    const total = 5_000;
    for (let i = 0; i < total; i++) {
      analyzer.push({ author: `person${i % 7}`, time: null, text: `${lines[i % lines.length] ?? ''} ${i}` });
    }
    const analysis = analyzer.result();
    expect(analysis.messages).toBe(total);
    expect(analysis.keyMessages.length).toBeLessThanOrEqual(5);
    expect(analysis.timeline.length).toBeLessThanOrEqual(50);
    expect(analysis.timeline.length).toBeGreaterThan(20);
    expect(analysis.entities.length).toBeLessThanOrEqual(10);
    expect(analysis.authors.map((author) => author.author)).toEqual(['person0', 'person1', 'person2', OTHER_AUTHORS]);
    expect(analysis.authors.reduce((sum, author) => sum + author.messages, 0)).toBe(total);
  });

  it('keeps the strongest key messages, ties to the earliest', () => {
    const messages: ConversationMessage[] = [
      { author: 'A', time: null, text: 'send me a pic' },
      { author: 'A', time: null, text: 'hello' },
      { author: 'A', time: null, text: 'send me a pic' },
      { author: 'A', time: null, text: "i'll send it to your family unless you pay" },
    ];
    const analysis = analyzeConversation(messages, { maxKeyMessages: 2 });
    expect(analysis.keyMessages.map((key) => key.messageIndex)).toEqual([0, 3]);
  });
});

describe('analyzeConversation on malformed and hostile input', () => {
  it('throws a DetectError with a code for messages that are not messages', () => {
    const bad: unknown[] = [null, 'text', { author: 1, time: null, text: 'x' }, { author: 'a', time: 5, text: 'x' }];
    for (const message of bad) {
      expect(() => analyzeConversation([message as ConversationMessage])).toThrow(DetectError);
    }
    try {
      analyzeConversation([{ author: 'a', time: null } as unknown as ConversationMessage]);
    } catch (error) {
      expect((error as DetectError).code).toBe('invalid_input_type');
      expect((error as DetectError).message).toContain('message 0');
    }
  });

  it('throws a DetectError for invalid options', () => {
    expect(() => createConversationAnalyzer({ threshold: 2 })).toThrow(DetectError);
    expect(() => createConversationAnalyzer({ maxKeyMessages: -1 })).toThrow(DetectError);
    expect(() => createConversationAnalyzer({ timelinePoints: 1.5 })).toThrow(DetectError);
    expect(() => createConversationAnalyzer({ maxAuthors: 0 })).toThrow(DetectError);
    expect(() => createConversationAnalyzer({ adviceLanguage: 'fr' as 'en' })).toThrow(DetectError);
  });

  it('accepts an empty conversation', () => {
    const analysis = analyzeConversation([]);
    expect(analysis).toMatchObject({ messages: 0, risk: 'none', harms: [], offender: null, alert: null });
  });

  it('survives huge, binary and broken messages', () => {
    const messages: ConversationMessage[] = [
      { author: 'A', time: 'not a time', text: `${'send me a pic '.repeat(100_000)}` },
      { author: 'B', time: '2024-13-45T99:99:00', text: '\u0000\u0001\u0002'.repeat(1000) },
      { author: 'C', time: null, text: '\ud800 broken \udc00 surrogates' },
      { author: '', time: null, text: '' },
    ];
    const analysis = analyzeConversation(messages);
    expect(analysis.messages).toBe(4);
    for (const key of analysis.keyMessages) expect(key.text.length).toBeLessThanOrEqual(2_000);
  });

  it('keeps state bounded with many authors', () => {
    const analyzer = createConversationAnalyzer({ maxAuthors: 10 });
    for (let i = 0; i < 5_000; i++) analyzer.push({ author: `u${i}`, time: null, text: 'hi' });
    expect(analyzer.result().authors.length).toBe(11);
  });
});
