import type { Harm, Language } from '../types.ts';

/**
 * Named concepts that structural rules combine (see `../score/rules.ts`). An indicator may carry
 * signals with or without harm weights of its own: "free visa" alone is weak, "free visa" + "no
 * experience" + "$1,500 a month" is the classic scam-compound lure.
 */
export const SIGNALS = [
  'job_offer', // hiring, vacancy, recruiting
  'pay_high', // wording that promises unusually high or easy pay
  'easy_work', // light work, typing job, just a phone
  'no_experience', // no experience / no skills / no education needed
  'travel_paid', // free visa, ticket, flight, accommodation
  'abroad', // work abroad / overseas / in another country
  'urgent', // urgent hiring, leave tomorrow, limited places
  'channel_move', // contact on Telegram / WhatsApp / LINE, add me
  'document_request', // send passport / ID photo
  'minor', // statement of being a child (grade, school, age words)
  'photo_request', // send me a picture / video / video call
  'sexual', // sexual content words
  'secrecy', // don't tell anyone / your parents; delete the chat
  'gift_offer', // I'll buy you / send you a gift, credit, top-up
  'loan_offer', // I can lend you money
  'intimate_image', // your nude / private photo or video
  'threat', // I will send / post / expose
  'deadline', // within 24 hours, tonight, now
  'payment_demand', // pay, transfer, send money, gift card, USDT
  'romance', // terms of endearment, love talk
  'meet_request', // let's meet, come to me, I'll pick you up
  'border_irregular', // no passport needed, cross by river / forest trail
  'distress', // being held, beaten, cannot leave
  'investment', // returns, profit, trading platform
  'awareness', // scam alert, beware, warning, campaign language
  'news', // reported, police arrested, rescued, court sentenced
  'legit_employment', // licensed agency, government programme, no fee
  'legit_loan', // bank, licensed lender, published interest rate
  'negation', // we never ask…, do not…
  'organ', // kidney, liver, organ (the body part, in a trade context or not)
  'baby', // baby, newborn, pregnant, womb, surrogate
  'marriage', // bride, marry, husband abroad, dowry / bride price
  'price', // a price, payment or reward offered (not wages): "good price", "we pay", "cash"
  'captivity', // locked in, held, guarded, not allowed to leave, phone taken
  'violence', // beaten, electric shock, punished, hurt
  'debt', // owing money, a debt to pay off, ransom to be released
  'link', // a web link or domain in the text (entities), or "click the link" wording
  'link_risky', // a shortened, raw-IP, punycode, look-alike, free-hosting, cheap-TLD or .apk link (entities)
  'link_apk', // a link that downloads an Android app file (.apk) (entities)
  'account_threat', // your account, card, SIM or service is blocked, suspended, at risk or about to be cut
  'verify_request', // verify, update, confirm or re-register your details / log in
  'prize', // you won, a reward, points, a refund or a payout waiting for you
  'code_request', // asked to read out, forward or enter a one-time code (OTP)
  'delivery_problem', // a parcel held, undeliverable or awaiting an address update or duty
  'audience', // the target's own circle named as who will see: your mom, your school, your followers
] as const;
export type Signal = (typeof SIGNALS)[number];

/**
 * Counter-evidence signals that change a result by themselves: a warning, news or legitimacy
 * marker adds a warning to the analysis even when no harm is reported.
 */
export const CONTEXT_SIGNALS: ReadonlySet<Signal> = new Set<Signal>([
  'awareness',
  'news',
  'legit_employment',
  'legit_loan',
]);

/** Bilingual text: every indicator explains itself in English and Khmer at least. */
export interface LocalizedText {
  en: string;
  km: string;
}

/**
 * One indicator of the catalogue. `phrases` are literal phrasings as people actually write them;
 * the compiler normalises them with the same normaliser as the text (case, width, look-alikes,
 * leetspeak, spacing), so write them plainly, without regex syntax.
 */
export interface Indicator {
  /** Stable dotted id, e.g. `recruitment.travel_paid`. Never reuse an id for another meaning. */
  id: string;
  /** Log-odds contribution per harm (typically 0.5–4; negative for counter-evidence). */
  weights: Partial<Record<Harm, number>>;
  /** Concepts for structural rules. */
  signals?: Signal[];
  label: LocalizedText;
  explanation: LocalizedText;
  phrases: Partial<Record<Language, string[]>>;
  /** Texts this indicator must fire on, and look-alikes it must not fire on (tested). */
  examples: { positive: string[]; negative: string[] };
}

/** Identity helper that type-checks a catalogue file. */
export function defineIndicators(indicators: Indicator[]): Indicator[] {
  return indicators;
}
