import { describe, expect, it } from 'vitest';
import { analyzeText } from '../analyze-text.ts';

function scamFinding(text: string) {
  return analyzeText(text).harms.find((harm) => harm.type === 'scam');
}

function firedIds(text: string): string[] {
  return scamFinding(text)?.indicators.map((indicator) => indicator.id) ?? [];
}

describe('link rules', () => {
  it.each([
    'Security alert: your card has been blocked. Verify your identity at http://103.21.44.9/verify',
    'Paket anda tertahan di gudang karena alamat tidak lengkap. Perbarui alamat di http://45.77.12.8/jnt',
    'Lazada: Congratulations! Nanalo ka ng P10,000 sa aming raffle. I-claim ang premyo dito: lazada-ph.click/claim',
    '[Surat Undangan] Silakan buka file undangan: https://drive-share.click/undangan.apk',
  ])('report a phishing text whose link is the way in: %s', (text) => {
    expect(scamFinding(text)).toBeDefined();
  });

  it('explain the link with its exact place in the text', () => {
    const text = 'KBank: บัญชีของท่านมีความเสี่ยง กรุณายืนยันตัวตนภายใน 24 ชั่วโมง ที่ secure-kbank-th.com';
    const finding = scamFinding(text);
    const rule = finding?.indicators.find((indicator) => indicator.id === 'rule.scam.account_threat_with_link');
    expect(rule?.evidence.map((evidence) => evidence.text)).toContain('secure-kbank-th.com');
    for (const evidence of rule?.evidence ?? []) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  });

  it('do not fire for a link to the brand’s own site', () => {
    const text = 'Your account has been suspended due to unusual activity. Details: https://www.paypal.com/myaccount';
    expect(firedIds(text)).not.toContain('rule.scam.account_threat_with_link');
  });

  it.each([
    'hey, here is the article about the new metro line: https://www.bangkokpost.com/thailand/general/123456',
    'DHL: Your shipment 7781 is out for delivery today. Track it at https://www.dhl.com/th-en/home/tracking.html',
    'Besh, sale sa Uniqlo ngayon! uniqlo.com/ph/en/sale tara bukas',
    '这篇文章讲得很好，推荐你看看 https://www.zhihu.com/question/123456',
    'Tokopedia: Pesanan INV/2024/05/123 telah dikirim. Lacak pesanan di tokopedia.com/order.',
  ])('stay quiet on a link shared without a lure: %s', (text) => {
    expect(analyzeText(text).harms).toEqual([]);
  });

  it.each([
    'Scam alert: criminals are sending texts saying your account will be blocked and asking you to verify at links like bit.ly/3xYz9Q. Do not click. Your bank will never send you a link.',
    'Police arrested five people who sent fake parcel texts linking to dhl-express-track.top, where victims typed their card numbers, the report said.',
    'Warning from the Cyber Crime Bureau: fake texts claim your parcel is held and link to sites like thaipost-track.top. Delete them and never enter card details.',
  ])('stay damped in a warning or news report that quotes the scam link: %s', (text) => {
    expect(scamFinding(text)).toBeUndefined();
  });
});
