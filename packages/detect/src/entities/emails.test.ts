import { describe, expect, it } from 'vitest';
import { findEmails } from './emails.ts';

describe(findEmails.name, () => {
  const found: Array<[string, string, string]> = [
    ['mail John.Doe@Example.com.kh today', 'John.Doe@Example.com.kh', 'john.doe@example.com.kh'],
    ['hr+jobs@goodjob.co.th.', 'hr+jobs@goodjob.co.th', 'hr+jobs@goodjob.co.th'],
    ['ติดต่อhr@example.comครับ', 'hr@example.comครับ'.slice(0, 14), 'hr@example.com'],
    ['agent[at]evil[.]com', 'agent[at]evil[.]com', 'agent@evil.com'],
    ['agent (at) evil dot com', 'agent (at) evil dot com', 'agent@evil.com'],
  ];
  for (const [text, value, normalized] of found) {
    it(`finds ${normalized} when the text is ${JSON.stringify(text)}`, () => {
      const emails = findEmails(text);
      expect(emails).toHaveLength(1);
      expect(emails[0]?.value).toBe(value);
      expect(emails[0]?.normalized).toBe(normalized);
    });
  }

  const none: Array<[string, string]> = [
    ['an unknown suffix', 'me@server.local'],
    ['a handle', 'ask @recruiter now'],
    ['a trailing-dot local part', 'a.@example.com'],
  ];
  for (const [what, text] of none) {
    it(`finds nothing when the text has ${what}`, () => {
      expect(findEmails(text)).toEqual([]);
    });
  }
});
