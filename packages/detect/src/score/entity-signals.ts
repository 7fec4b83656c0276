import type { Signal } from '../indicators/schema.ts';
import type { Entity } from '../types.ts';
import { assessLink } from './link-risk.ts';

/** Monthly pay above this (in USD) is far above the region's usual wages for unskilled work. */
const HIGH_MONTHLY_PAY_USD = 800;
const HIGH_DAILY_PAY_USD = 40;
/** About five high days: job-board ads quote unskilled home work at $500+ a week. */
const HIGH_WEEKLY_PAY_USD = 200;
/**
 * Per hour, the bar is set by the English job-board ads that quote hourly pay: real unskilled
 * remote and warehouse work is advertised at $15–25 an hour, fake data-entry and assistant jobs at
 * $30–50 for "no experience" (a skilled job may pay that too, which is why pay_high acts only in
 * rules with easy work, no experience or paid travel).
 */
const HIGH_HOURLY_PAY_USD = 30;
const YOUNGEST_AGE = 5;
const ADULT_AGE = 18;
const LAST_SCHOOL_GRADE = 12;
const CHAT_PLATFORMS = new Set(['telegram', 'whatsapp', 'line', 'wechat', 'signal', 'viber', 'zalo']);

/** One signal supplied by an entity, with the entity as its evidence. */
export interface EntitySignal {
  signal: Signal;
  entity: Entity;
}

function isHighPay(entity: Entity): boolean {
  const usd = entity.details?.usd;
  if (usd === undefined) return false;
  const period = entity.details?.period;
  if (period === 'hour') return usd >= HIGH_HOURLY_PAY_USD;
  if (period === 'day') return usd >= HIGH_DAILY_PAY_USD;
  if (period === 'week') return usd >= HIGH_WEEKLY_PAY_USD;
  if (period === 'month') return usd >= HIGH_MONTHLY_PAY_USD;
  return false;
}

/**
 * A link raises `link` unless it goes to a listed brand's own site (real notices point there), and
 * also `link_risky` when it hides or disguises where it goes (see `link-risk.ts`), and `link_apk`
 * when it downloads an Android app file.
 */
function pushLinkSignals(entity: Entity, signals: EntitySignal[]): void {
  const assessment = assessLink(entity.normalized);
  if (assessment.official) return;
  signals.push({ signal: 'link', entity });
  if (assessment.reasons.length > 0 || entity.details?.tags?.includes('shortener') === true)
    signals.push({ signal: 'link_risky', entity });
  if (assessment.reasons.includes('apk_download')) signals.push({ signal: 'link_apk', entity });
}

/** Signals that entities give the structural rules: pay, a stated child's age, hubs, chat apps, links. */
export function signalsFromEntities(entities: readonly Entity[]): EntitySignal[] {
  const signals: EntitySignal[] = [];
  for (const entity of entities) {
    const years = entity.details?.years;
    switch (entity.type) {
      case 'money':
        if (isHighPay(entity)) signals.push({ signal: 'pay_high', entity });
        break;
      case 'age':
        if (years !== undefined && years >= YOUNGEST_AGE && years < ADULT_AGE)
          signals.push({ signal: 'minor', entity });
        break;
      case 'school_grade':
        if (years !== undefined && years <= LAST_SCHOOL_GRADE) signals.push({ signal: 'minor', entity });
        break;
      case 'place':
        if (
          entity.details?.tags?.some((tag) => tag === 'scam_hub' || tag === 'border_crossing' || tag === 'casino_zone')
        ) {
          signals.push({ signal: 'abroad', entity });
        }
        break;
      case 'handle':
        if (CHAT_PLATFORMS.has(entity.details?.kind ?? '')) signals.push({ signal: 'channel_move', entity });
        break;
      case 'url':
      case 'domain':
        pushLinkSignals(entity, signals);
        break;
      default:
        break;
    }
  }
  return signals;
}
