import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../analyze-text.ts';

function harmsOf(text: string): string[] {
  return analyzeText(text).harms.map((harm) => harm.type);
}

describe('the SMS and chat-app scam register', () => {
  it.each([
    [
      'en',
      'Your WhatsApp verification code was sent to you by mistake, it was meant for my new phone. Can you please forward me the 6 digits? It is urgent',
    ],
    [
      'id',
      'Plg Yth, Rek BRI anda terdeteksi aktivitas mencurigakan & akan diblokir. Segera verifikasi data anda di link berikut sblm jam 23.59 hr ini.',
    ],
    [
      'vi',
      'Ho so vay 50 trieu cua ban da duoc duyet. De giai ngan vui long chuyen phi bao hiem khoan vay 2.500.000d vao tai khoan duoc chi dinh.',
    ],
    ['th', 'กรุงไทย: บัญชีของท่านมีความเสี่ยง กรุณายืนยันข้อมูลภายในวันนี้ มิฉะนั้นบัญชีจะถูกปิด คลิก ktb-secure.example'],
    ['zh', '【微信支付】您的账户存在风险已被限制收款，请立即点击链接完成实名认证，否则将永久封号。'],
  ])('reports a typical %s phishing text as a scam', (_language, text) => {
    expect(harmsOf(text)).toContain('scam');
  });

  it.each([
    [
      'en',
      'Your Chase verification code is 482913. Don\u2019t share this code with anyone. We\u2019ll never call or text to ask for it.',
    ],
    ['id', 'JANGAN BERIKAN KODE INI KEPADA SIAPAPUN TERMASUK PIHAK BANK. Kode OTP anda: 482913, berlaku 3 menit.'],
    ['vi', 'Lazada: Don hang 123456 da giao thanh cong. Danh gia san pham de nhan 100 xu.'],
    ['th', 'KBank: เงินเข้าบัญชี xxx-x-x1234-x จำนวน 15,000.00 บาท วันที่ 12/05 เวลา 10:12 น.'],
    ['zh', '【招商银行】您的验证码为482913，5分钟内有效。请勿向任何人泄露，银行工作人员不会索取验证码。'],
  ])('stays quiet on a real %s bank, shop or code notice', (_language, text) => {
    expect(harmsOf(text)).toEqual([]);
  });

  it('explains an upfront-payment job-board ad with the words that gave it away', () => {
    const text =
      'ENTRY LEVEL - WORK FROM HOME!! Earn up to $1,500 weekly! No skills, no degree, no experience needed. Starter kit fee of $89 is fully refundable after your first month.';
    const finding = analyzeText(text).harms.find((harm) => harm.type === 'recruitment_fraud');
    expect(finding).toBeDefined();
    const ids = finding?.indicators.map((indicator) => indicator.id) ?? [];
    expect(ids).toContain('recruitment.board.upfront_kit_fee');
    for (const indicator of finding?.indicators ?? []) {
      for (const evidence of indicator.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it('does not flag a real job ad with a named employer, duties and an in-person interview', () => {
    const text =
      'Warehouse Associate - Northgate Logistics, Reno NV. Pick, pack and ship orders; forklift training provided on site. $18/hr, overtime available, no fees charged to applicants. Interviews at our warehouse every Wednesday.';
    expect(harmsOf(text)).toEqual([]);
  });

  // Round 9: collected-style smishing without a link: a reason (block, parcel, prize) + a call, code or fee.
  it.each([
    'WINNER!! U have been selected 2 receive a £900 prize. To claim call 09098790123 now. Claim code KL341. 150p/min',
    'Dear customer your electricity power will be disconnected tonight. Please immediately contact our electricity officer 9876500123',
    'Your card ending 4413 has been suspended. Please call 1-888-555-0142 immediately to reactivate.',
    'India Post: your package cannot be delivered due to incomplete address. Please update within 12 hrs',
  ])('reports a smishing text whose action is a call, a code or a fee: %s', (text) => {
    const finding = analyzeText(text).harms.find((harm) => harm.type === 'scam');
    expect(finding).toBeDefined();
    const ids = finding?.indicators.map((indicator) => indicator.id) ?? [];
    expect(ids.some((id) => id.startsWith('rule.scam.'))).toBe(true);
  });

  it.each([
    "St Mary's PTA: The lucky winner of the hamper is ticket 0412. Please collect from reception.",
    'Sunway Pyramid Mid-Year Sale: spend RM200 and join our lucky draw to win a Honda City! T&Cs apply.',
    "Chase: Your card ending 4413 was used for $42.18 at TARGET. If you don't recognize it, call the number on the back of your card.",
    "Hey it's Tom, new number, old one got nicked at the festival. Save this one!",
    "Mum can u transfer me £20 for the bus pass pls, I'll pay u back on fri x",
  ])('stays quiet on a real notice or a family text: %s', (text) => {
    expect(harmsOf(text)).toEqual([]);
  });
});
