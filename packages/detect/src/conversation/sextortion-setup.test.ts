import { describe, expect, it } from 'vitest';
import { analyzeConversation } from './analyze-conversation.ts';
import type { ConversationMessage } from './types.ts';

type Line = readonly [author: string, time: string, text: string, media?: string];

function chat(day: string, lines: readonly Line[]): ConversationMessage[] {
  return lines.map(([author, time, text, media]) => ({
    author,
    time: `${day}T${time}:00`,
    text,
    ...(media === undefined ? {} : { media: [media] }),
  }));
}

/** A new contact, a video call asked for late at night, the "recording", the plea, then (message 8) the threat. */
const SEXTORTION = chat('2026-05-01', [
  ['lily.rose_x', '22:10', 'hey! saw your profile, we have mutual friends 😊'],
  ['Ben', '22:15', 'hey, who are you?'],
  ['lily.rose_x', '22:16', 'lily, new in town. ur cute btw'],
  ['lily.rose_x', '23:20', 'im so bored tonight... video call?'],
  ['Ben', '23:22', 'ok'],
  ['Ben', '23:23', '', 'video'],
  ['lily.rose_x', '23:50', 'lol i recorded everything'],
  ['Ben', '23:51', 'what?? delete it'],
  ['lily.rose_x', '23:52', 'pay $300 or i send the video to all your followers'],
]);
const THREAT = 8;

const withoutMedia = (messages: readonly ConversationMessage[]): ConversationMessage[] =>
  messages.map(({ author, time, text }) => ({ author, time, text }));

function indicatorIds(messages: readonly ConversationMessage[], harm = 'sextortion'): string[] {
  const finding = analyzeConversation(messages).harms.find((h) => h.type === harm);
  return finding?.indicators.map((indicator) => indicator.id) ?? [];
}

describe('sextortion before the threat', () => {
  it('raises the alert before the threat, and names the offender and the target', () => {
    const analysis = analyzeConversation(SEXTORTION);
    expect(analysis.alert?.harm).toBe('sextortion');
    expect(analysis.alert?.messageIndex ?? Infinity).toBeLessThan(THREAT);
    expect(analysis.offender).toBe('lily.rose_x');
    expect(analysis.target).toBe('Ben');
  });

  it('raises it before the threat from the words alone, when the export has no media', () => {
    const analysis = analyzeConversation(withoutMedia(SEXTORTION));
    expect(analysis.alert?.messageIndex ?? Infinity).toBeLessThan(THREAT);
  });

  it('explains it with the first contact, the video obtained and the plea, in the messages’ own words', () => {
    const analysis = analyzeConversation(SEXTORTION.slice(0, THREAT));
    const sextortion = analysis.harms.find((h) => h.type === 'sextortion');
    const ids = sextortion?.indicators.map((i) => i.id) ?? [];
    expect(ids).toEqual(
      expect.arrayContaining([
        'conversation.sextortion.pictures_from_new_contact',
        'conversation.sextortion.new_contact_holds_recording',
        'conversation.sextortion.new_contact_begged_to_delete',
      ]),
    );
    const plea = sextortion?.indicators.find((i) => i.id === 'conversation.sextortion.new_contact_begged_to_delete');
    const words = plea?.evidence.map((e) => e.text) ?? [];
    expect(words).toContain('saw your profile'); // the first contact
    expect(words).toContain('delete it'); // Ben's plea, credited to the person it answers
    for (const evidence of sextortion?.indicators.flatMap((i) => i.evidence) ?? []) {
      const text = SEXTORTION[evidence.messageIndex]?.text ?? '';
      expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('credits the plea to the person it answers, not to the one who wrote it', () => {
    const analysis = analyzeConversation(SEXTORTION.slice(0, THREAT));
    const ben = analysis.authors.find((a) => a.author === 'Ben');
    expect(ben?.harms.find((h) => h.type === 'sextortion')).toBeUndefined();
  });

  it('does not count the contact as new once three days have passed since the introduction', () => {
    const late = SEXTORTION.slice(0, THREAT).map((message, index) =>
      index < 3 ? message : { ...message, time: (message.time ?? '').replace('2026-05-01', '2026-05-05') },
    );
    const ids = indicatorIds(late);
    expect(ids).not.toContain('conversation.sextortion.pictures_from_new_contact');
    expect(ids).not.toContain('conversation.sextortion.new_contact_begged_to_delete');
  });
});

describe('what sets a sextortion approach apart', () => {
  it('a request in the afternoon, without flirting, secrecy or another app, is not one', () => {
    const afternoon = SEXTORTION.slice(0, THREAT).map((message) => ({
      ...message,
      time: (message.time ?? '').replace(/T2[23]:/u, 'T15:'),
    }));
    const ids = indicatorIds(afternoon);
    expect(ids).not.toContain('conversation.sextortion.pictures_from_new_contact');
    expect(ids).not.toContain('conversation.sextortion.new_contact_begged_to_delete');
  });
});

describe('pictures between people who just met, without sextortion', () => {
  it('classmates who just met: a daytime video call, a screenshot of the notes and "delete it" raise nothing', () => {
    const classmates = chat('2026-05-04', [
      ['Jo', '16:00', 'hi, is this sam from the chem class?'],
      ['Sam', '16:05', 'yes, who is this?'],
      ['Jo', '16:06', 'jo! we got paired for the lab report'],
      ['Sam', '16:10', 'video call? easier to split the work'],
      ['Jo', '16:11', 'sure'],
      ['Jo', '16:12', '', 'video'],
      ['Sam', '16:40', 'i screenshotted your notes lol'],
      ['Jo', '16:41', 'haha my face is in it, delete it'],
      ['Sam', '16:42', 'done 😂 see you at the lab tmrw'],
    ]);
    const analysis = analyzeConversation(classmates);
    expect(analysis.alert).toBeNull();
    expect(analysis.harms.map((h) => h.type)).not.toContain('sextortion');
  });

  it('a new contact who asks for a receipt photo and is asked to delete it raises nothing', () => {
    const shop = chat('2026-05-06', [
      ['Mali', '10:02', 'hello, who is this?'],
      ['ShopAdmin', '10:05', 'hi! admin of the shoe shop, you ordered on our page yesterday'],
      ['Mali', '10:06', 'oh yes, the white ones'],
      ['ShopAdmin', '10:07', 'can you send a photo of the transfer slip?'],
      ['Mali', '10:15', '', 'image'],
      ['ShopAdmin', '10:17', 'received, thank you'],
      ['Mali', '10:20', 'please delete it after, it shows my account number'],
      ['ShopAdmin', '10:22', 'of course, deleted. shipping tonight'],
    ]);
    const analysis = analyzeConversation(shop);
    expect(analysis.alert).toBeNull();
    expect(analysis.harms.map((h) => h.type)).not.toContain('sextortion');
  });

  it('a couple teasing after a late call ("i screenshotted you yawning", "delete it") raises no alert', () => {
    const couple = chat('2026-05-07', [
      ['Mina', '22:30', 'video call? i miss u'],
      ['Arun', '22:31', 'calling now'],
      ['Arun', '22:32', '', 'video'],
      ['Mina', '23:40', 'i screenshotted you yawning 😂'],
      ['Arun', '23:41', 'delete it 😤'],
      ['Mina', '23:42', 'never, its my wallpaper now'],
      ['Arun', '23:43', 'ugh ok. see u saturday at ur parents'],
    ]);
    expect(analyzeConversation(couple).alert).toBeNull();
  });

  it('a new contact who offers a picture swap late at night and gets the pictures raises the alert before any threat', () => {
    const swap = chat('2026-05-08', [
      ['mia.x', '23:05', 'hiii sorry for the random dm, u follow my cousin'],
      ['Leo', '23:09', 'oh ok who is this'],
      ['mia.x', '23:10', 'mia 😊 ur cute. cant sleep either?'],
      ['mia.x', '23:14', 'pic for pic? i go first, nobody has to know'],
      ['mia.x', '23:15', '', 'image'],
      ['Leo', '23:21', '', 'image'],
    ]);
    const analysis = analyzeConversation(swap);
    expect(analysis.alert?.harm).toBe('sextortion');
    expect(indicatorIds(swap)).toContain('conversation.sextortion.swap_with_new_contact');
  });

  it('teenagers who just met swapping photos of their game setups in the evening raise no alert', () => {
    const gamers = chat('2026-05-09', [
      ['Jay', '20:10', 'yo ur the guy from the lobby right'],
      ['Max', '20:13', 'ya lol who is this'],
      ['Jay', '20:14', 'jay. whats ur setup'],
      ['Max', '20:19', '', 'image'],
      ['Jay', '20:20', 'clean. heres mine lol', 'image'],
      ['Max', '20:22', 'bro ur monitor is tiny'],
    ]);
    expect(analyzeConversation(gamers).alert).toBeNull();
  });
});
