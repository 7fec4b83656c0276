import { importChat } from '@raksa/chat';
import { analyzeConversation } from '@raksa/detect';
import { describe, expect, it } from 'vitest';
import { encodeText, TELEGRAM_EVERYDAY, WHATSAPP_GROOMING } from '../../test/support/chat-exports.ts';
import { EngineError } from '../engine/detector-client.ts';
import { chatEn as en } from './chat-strings-en.ts';
import { chatKm as km } from './chat-strings-km.ts';
import { buildChatReportModel } from './chat-report-model.ts';
import { formatCount, formatTime } from './local-format.ts';
import { chatErrorMessage, MAX_CHAT_FILE_BYTES, readChatFile } from './read-chat-file.ts';

const grooming = analyzeConversation(
  importChat({ name: 'WhatsApp Chat with Kevin Lim.txt', bytes: encodeText(WHATSAPP_GROOMING) }).messages,
);

describe(buildChatReportModel.name, () => {
  it('says in plain words what happens, who is who and since when', () => {
    const model = buildChatReportModel(grooming, en, 'en');
    expect(model.narrative[0]).toBe('Raksa read 12 messages, from 2 Mar 2024 to 3 Mar 2024.');
    expect(model.narrative.join(' ')).toContain('most likely doing harm is Kevin Lim');
    expect(model.people.map((person) => person.role)).toEqual(['likely_offender', 'likely_target']);
    expect(model.people[1]?.details).toContain('says they are 13');
    expect(model.stages.every((stage) => stage.stageLabel.length > 0 && stage.messageLabel.startsWith('message'))).toBe(
      true,
    );
    const evidence = model.keyMessages.flatMap((message) => message.segments.filter((s) => s.kind === 'evidence'));
    expect(evidence.length).toBeGreaterThan(0);
  });

  it('writes Khmer with Khmer digits', () => {
    const model = buildChatReportModel(grooming, km, 'km');
    expect(model.narrative[0]).toContain('១២');
    expect(model.people[0]?.roleLabel).toBe(km.roleLabels.likely_offender);
  });

  it('says honestly that nothing known was found in an everyday chat', () => {
    const everyday = analyzeConversation(
      importChat({ name: 'result.json', bytes: encodeText(TELEGRAM_EVERYDAY) }).messages,
    );
    const model = buildChatReportModel(everyday, en, 'en');
    expect(model.risk).toBe('none');
    expect(model.narrative).toContain(en.noHarms);
    expect(model.harms).toEqual([]);
  });
});

describe('formatting', () => {
  it('keeps the export’s clock and writes counts with separators', () => {
    expect(formatTime('2024-03-02T23:12:00', 'en')).toBe('2 Mar 2024, 23:12');
    expect(formatTime('not a time', 'en')).toBe('');
    expect(formatTime('2024-13-02', 'en')).toBe('');
    expect(formatCount(6001, 'en')).toBe('6,001');
    expect(formatCount(6001, 'km')).toBe('៦,០០១');
  });
});

describe(readChatFile.name, () => {
  it('refuses a file over the cap without reading it', async () => {
    let read = false;
    const result = await readChatFile({
      name: 'big.zip',
      size: MAX_CHAT_FILE_BYTES + 1,
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    expect(result).toMatchObject({ ok: false, failure: { key: 'too_large' } });
    expect(read).toBe(false);
  });

  it('says when the file cannot be read', async () => {
    const result = await readChatFile({
      name: 'gone.txt',
      size: 3,
      arrayBuffer: () => Promise.reject(new Error('NotReadableError')),
    });
    expect(result).toMatchObject({ ok: false, failure: { key: 'unreadable', detail: 'NotReadableError' } });
  });
});

describe(chatErrorMessage.name, () => {
  it('explains each importer error code, and anything else as an engine failure', () => {
    expect(chatErrorMessage(new EngineError('malformed', 'cut'))).toEqual({
      key: 'malformed',
      code: 'malformed',
      detail: 'cut',
    });
    expect(chatErrorMessage(new EngineError('worker_failed', 'oom')).key).toBe('engine');
    expect(chatErrorMessage('boom').key).toBe('engine');
  });
});
