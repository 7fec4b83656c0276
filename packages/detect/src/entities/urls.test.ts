import { describe, expect, it } from 'vitest';
import { findUrls } from './urls.ts';

describe(findUrls.name, () => {
  const found: Array<[string, string, string, 'url' | 'domain']> = [
    // [text, value, normalized, type]
    ['go to https://Example.com/Jobs?id=1.', 'https://Example.com/Jobs?id=1', 'https://example.com/Jobs?id=1', 'url'],
    ['see example.com.kh now', 'example.com.kh', 'example.com.kh', 'domain'],
    ['apply at www.goodjob.co.th', 'www.goodjob.co.th', 'www.goodjob.co.th', 'domain'],
    ['apply: goodjob.co.th/apply', 'goodjob.co.th/apply', 'https://goodjob.co.th/apply', 'url'],
    ['hxxp://evil[.]com/login', 'hxxp://evil[.]com/login', 'http://evil.com/login', 'url'],
    ['hxxps://evil(.)example[dot]com', 'hxxps://evil(.)example[dot]com', 'https://evil.example.com/', 'url'],
    ['site evil[.]com', 'evil[.]com', 'evil.com', 'domain'],
    ['hxxps://evil dot com/x', 'hxxps://evil dot com/x', 'https://evil.com/x', 'url'],
    ['visit http://192.168.1.1:8080/admin', 'http://192.168.1.1:8080/admin', 'http://192.168.1.1:8080/admin', 'url'],
    ['link (https://example.com/a_(b))', 'https://example.com/a_(b)', 'https://example.com/a_(b)', 'url'],
    ['ចូល https://example.com.kh/jobsការងារ', 'https://example.com.kh/jobs', 'https://example.com.kh/jobs', 'url'],
    ['site example.com.Next time', 'example.com', 'example.com', 'domain'],
    ['https://example.com:443/x', 'https://example.com:443/x', 'https://example.com/x', 'url'],
  ];
  for (const [text, value, normalized, type] of found) {
    it(`finds ${normalized} when the text is ${JSON.stringify(text)}`, () => {
      const urls = findUrls(text);
      expect(urls).toHaveLength(1);
      const [u] = urls;
      expect(u?.value).toBe(value);
      expect(u?.normalized).toBe(normalized);
      expect(u?.type).toBe(type);
      expect(text.slice(u?.start, u?.end)).toBe(value);
    });
  }

  const none: Array<[string, string]> = [
    ['a file name', 'open file.txt please'],
    ['a file name with a real TLD', 'see readme.md and setup.py'],
    ['two sentences glued at a full stop', 'Thanks.Bye'],
    ['a spaced dot without other defanging', 'example dot com'],
    ['a decimal number', 'it costs 1.5k'],
    ['a version number', 'v1.2.3'],
    ['an e-mail domain', 'mail a@example.com'],
    ['a bare IP', 'ip 10.0.0.1'],
  ];
  for (const [what, text] of none) {
    it(`finds nothing when the text has ${what}`, () => {
      expect(findUrls(text)).toEqual([]);
    });
  }

  it('tags shorteners when the host is a known shortener', () => {
    const [u] = findUrls('click bit.ly/3abcDEF');
    expect(u?.details?.tags).toEqual(['shortener']);
    expect(u?.normalized).toBe('https://bit.ly/3abcDEF');
  });

  it('finds several URLs when they are separated by spaces', () => {
    expect(findUrls('a.com b.org https://c.net/x').map((u) => u.normalized)).toEqual([
      'a.com',
      'b.org',
      'https://c.net/x',
    ]);
  });
});
