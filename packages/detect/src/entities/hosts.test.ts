import { describe, expect, it } from 'vitest';
import { classifyHost, longestValidHost, refangHost, spacedDotCut } from './hosts.ts';

describe(refangHost.name, () => {
  const cases: Array<[string, string]> = [
    ['Evil[.]Com', 'evil.com'],
    ['evil(.)example[dot]com', 'evil.example.com'],
    ['evil{.}com', 'evil.com'],
    ['evil dot com', 'evil.com'],
  ];
  for (const [written, host] of cases) {
    it(`returns ${host} when the host is written ${JSON.stringify(written)}`, () => {
      expect(refangHost(written)).toBe(host);
    });
  }
});

describe(classifyHost.name, () => {
  const cases: Array<[string, 'domain' | 'ip' | undefined]> = [
    ['example.com.kh', 'domain'],
    ['xn--fiqs8s.xn--fiqz9s', 'domain'],
    ['192.168.1.1', 'ip'],
    ['file.txt', undefined],
    ['server.local', undefined],
    ['-bad.com', undefined],
    ['co.th', undefined],
    ['1.5', undefined],
  ];
  for (const [host, kind] of cases) {
    it(`returns ${kind ?? 'nothing'} when the host is ${host}`, () => {
      expect(classifyHost(host)).toBe(kind);
    });
  }
});

describe(longestValidHost.name, () => {
  it('drops trailing labels when the full host is not valid', () => {
    expect(longestValidHost('example.com.notatld')).toEqual({ length: 11, host: 'example.com', kind: 'domain' });
    expect(longestValidHost('no.such.tld.zzzz')).toBeUndefined();
  });
});

describe(spacedDotCut.name, () => {
  it('cuts at " dot " when the host is not otherwise defanged', () => {
    expect(spacedDotCut('a.com dot b', false)).toBe(5);
    expect(spacedDotCut('a dot com', true)).toBe(9);
  });
});
