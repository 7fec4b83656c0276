import { describe, expect, it } from 'vitest';
import type { Entity } from '../types.ts';
import { classifyHandleUrl, findHandles, phoneHandles, urlToHandle } from './handles.ts';

describe(classifyHandleUrl.name, () => {
  const cases: Array<[string, string | undefined]> = [
    ['https://t.me/ScamJobs', 'telegram:scamjobs'],
    ['https://telegram.me/s/ScamJobs', 'telegram:scamjobs'],
    ['https://t.me/joinchat/AbCdEf123', 'telegram:+AbCdEf123'],
    ['https://t.me/+AbCdEf123', 'telegram:+AbCdEf123'],
    ['https://t.me/c/123/45', undefined],
    ['https://wa.me/85512345678', 'whatsapp:+85512345678'],
    ['https://api.whatsapp.com/send?phone=66812345678&text=hi', 'whatsapp:+66812345678'],
    ['https://chat.whatsapp.com/AbCdEfGh', 'whatsapp:group/AbCdEfGh'],
    ['https://line.me/ti/p/~JobAgent', 'line:jobagent'],
    ['https://line.me/R/ti/p/%40shop123', 'line:shop123'],
    ['https://signal.me/#p/+85512345678', 'signal:+85512345678'],
    ['https://www.facebook.com/Job.Agent.KH', 'facebook:job.agent.kh'],
    ['https://facebook.com/profile.php?id=1000123456', 'facebook:1000123456'],
    ['https://facebook.com/share/abc', undefined],
    ['https://fb.com/jobagent', 'facebook:jobagent'],
    ['https://m.me/JobAgent', 'messenger:jobagent'],
    ['https://www.tiktok.com/@Jobs.KH', 'tiktok:jobs.kh'],
    ['https://zalo.me/0912345678', 'zalo:+84912345678'],
    ['https://instagram.com/Jobs_KH', 'instagram:jobs_kh'],
    ['https://instagram.com/p/Cxyz', undefined],
    ['https://example.com/abc', undefined],
  ];
  for (const [url, expected] of cases) {
    it(`returns ${expected ?? 'nothing'} when the URL is ${url}`, () => {
      const ref = classifyHandleUrl(url);
      expect(ref === undefined ? undefined : `${ref.kind}:${ref.id}`).toBe(expected);
    });
  }
});

describe(urlToHandle.name, () => {
  it('keeps the span when the URL is a messaging link', () => {
    const url: Entity = { type: 'url', start: 3, end: 16, value: 't.me/abcdef', normalized: 'https://t.me/abcdef' };
    expect(urlToHandle(url)).toMatchObject({
      type: 'handle',
      start: 3,
      end: 16,
      normalized: 'telegram:abcdef',
      details: { kind: 'telegram' },
    });
  });
});

describe(findHandles.name, () => {
  const cases: Array<[string, string, string]> = [
    // [text, value, normalized]
    ['Line ID: JobAgent99', 'JobAgent99', 'line:jobagent99'],
    ['ID line @shop.th', '@shop.th', 'line:@shop.th'.replace('@', '')],
    ['แอดไลน์ไอดี abc123 ได้เลย', 'abc123', 'line:abc123'],
    ['ไลน์: goodjob_th', 'goodjob_th', 'line:goodjob_th'],
    ['wechat: Zhang_888', 'Zhang_888', 'wechat:zhang_888'],
    ['微信号：abc12345', 'abc12345', 'wechat:abc12345'],
    ['加微信abc12345详聊', 'abc12345', 'wechat:abc12345'],
    ['vx：kk_agent88', 'kk_agent88', 'wechat:kk_agent88'],
    ['WeChat ID wxid_abc123', 'wxid_abc123', 'wechat:wxid_abc123'],
    ['telegram: @HR_Manager', '@HR_Manager', 'telegram:hr_manager'],
    ['តេឡេក្រាម @jobs_kh ', '@jobs_kh', 'telegram:jobs_kh'],
    ['contact me on tg @jobs_kh', '@jobs_kh', 'telegram:jobs_kh'],
    ['เทเลแกรม @jobsthai', '@jobsthai', 'telegram:jobsthai'],
    ['follow @somebody today', '@somebody', 'unknown:somebody'],
    ['my ig is @Pretty.Girl_01', '@Pretty.Girl_01', 'instagram:pretty.girl_01'],
    ['viber://chat?number=%2B85512345678', 'viber://chat?number=%2B85512345678', 'viber:+85512345678'],
  ];
  for (const [text, value, normalized] of cases) {
    it(`finds ${normalized} when the text is ${JSON.stringify(text)}`, () => {
      const handles = findHandles(text);
      const hit = handles.find((h) => h.normalized === normalized);
      expect(hit?.value).toBe(value);
      expect(text.slice(hit?.start, hit?.end)).toBe(value);
    });
  }

  const none: Array<[string, string]> = [
    ['an e-mail address', 'write to hr@example.com'],
    ['a plain use of the word line', 'stand in line please'],
    ['an online id', 'online id: abc123'],
    ['a too-short mention', 'hi @me'],
    ['a broken e-mail', 'mail john @gmail.com'],
    ['a wechat word without identifier', 'wechat account please'],
  ];
  for (const [what, text] of none) {
    it(`finds nothing when the text has ${what}`, () => {
      expect(findHandles(text)).toEqual([]);
    });
  }
});

describe(phoneHandles.name, () => {
  const phone = (text: string, value: string, normalized: string): Entity => {
    const start = text.indexOf(value);
    return { type: 'phone', start, end: start + value.length, value, normalized, details: { country: 'KH' } };
  };
  const cases: Array<[string, string, string | undefined]> = [
    ['WhatsApp: +855 12 345 678', '+855 12 345 678', 'whatsapp:+85512345678'],
    ['viber: +855 12 345 678', '+855 12 345 678', 'viber:+85512345678'],
    ['WA 012 345 678', '012 345 678', 'whatsapp:+85512345678'],
    ['Zalo 012 345 678', '012 345 678', 'zalo:+85512345678'],
    ['call 012 345 678', '012 345 678', undefined],
  ];
  for (const [text, value, expected] of cases) {
    it(`returns ${expected ?? 'nothing'} when the text is ${JSON.stringify(text)}`, () => {
      const [h] = phoneHandles(text, [phone(text, value, '+85512345678')]);
      expect(h?.normalized).toBe(expected);
      if (h !== undefined) expect(h.details).toEqual({ kind: expected?.split(':')[0], country: 'KH' });
    });
  }
});
