import { describe, expect, it } from 'vitest';
import { assessLink, splitLink } from './link-risk.ts';

describe(assessLink.name, () => {
  it.each([
    ['https://bit.ly/3xYz9Q', 'shortener'],
    ['https://s.id/promo88', 'shortener'],
    ['http://103.21.44.9/verify', 'ip_host'],
    ['https://xn--pypal-4ve.com/login', 'punycode'],
    ['secure-kbank-th.com', 'brand_lookalike'],
    ['netflx-billing.com', 'brand_lookalike'],
    ['paypa1-secure.net', 'brand_lookalike'],
    ['https://kbank-th.netlify.app/', 'free_hosting'],
    ['vn-shopee-hoantien.top', 'risky_tld'],
    ['lazada-ph.click', 'brand_lookalike'],
    ['https://update-center.com/app/kbank-v2.apk?x=1', 'apk_download'],
  ])('flags %s (%s)', (link, reason) => {
    const assessment = assessLink(link);
    expect(assessment.official).toBe(false);
    expect(assessment.reasons).toContain(reason);
  });

  it.each(['www.kasikornbank.com', 'https://shopee.vn/m/sale', 'https://www.dhl.com/th-en/home.html', 'gcash.com'])(
    'recognises %s as the brand’s own site',
    (link) => {
      expect(assessLink(link)).toMatchObject({ official: true, reasons: [] });
    },
  );

  it.each([
    'https://youtube.com/watch?v=abc',
    'https://thanhnien.vn/canh-bao-lua-dao.htm',
    'smartphone-deals.com',
    'https://maps.google.com/?q=phnom+penh',
    'globetrotter-travel.com',
  ])('sees nothing disguised in an everyday link %s', (link) => {
    expect(assessLink(link)).toMatchObject({ official: false, reasons: [] });
  });

  it('does not call a lender or shop a look-alike for sharing a short brand name inside a word', () => {
    expect(assessLink('scbx-analytics.com').reasons).not.toContain('brand_lookalike');
    expect(assessLink('bridal-shop.com').reasons).not.toContain('brand_lookalike');
  });

  it('never throws on malformed or huge input', () => {
    for (const input of [
      '',
      '://',
      'https://',
      '....',
      ':::::',
      'x'.repeat(100_000),
      `https://${'a.'.repeat(5000)}com/`,
    ]) {
      expect(() => assessLink(input)).not.toThrow();
    }
  });
});

describe(splitLink.name, () => {
  it('separates host, port and path', () => {
    expect(splitLink('https://Example.com:8080/a/b?c=d')).toEqual({ host: 'example.com', path: '/a/b?c=d' });
    expect(splitLink('example.com')).toEqual({ host: 'example.com', path: '' });
  });
});
