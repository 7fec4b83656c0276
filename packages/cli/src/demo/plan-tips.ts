import { addDays, dateTimeOn, DEMO_PERIOD_START, isoDateOf, laterOf, msOfDate } from './demo-dates.ts';
import { caseWorkersOf } from './demo-directory.ts';
import type { PlannedCase, PlannedTip, TriagePlan } from './demo-plan.ts';
import { fictionalHandle, fictionalPhone, fictionalTronWallet, nationalForm } from './fictional-identifiers.ts';
import type { SeededRandom } from './seeded-random.ts';
import { TIP_TEMPLATES, type TipTemplate } from './tip-templates.ts';

/**
 * The triage queue's material: tips and hotline calls written from the templates with fictional
 * values. A dozen made-up recruiter "networks" (a phone, a handle, a wallet) recur across many
 * tips, so the link view finds other reports and cases sharing them; a few tips are re-sent copies
 * (duplicates); about a third became cases, some were linked to an existing case or dismissed, and
 * the most recent ones wait in the queue.
 */
interface Network {
  readonly phone: string;
  readonly handle: string;
  readonly wallet: string;
  readonly caseKeys: string[];
}

const PLACES: readonly { en: string; km: string }[] = [
  { en: 'Sihanoukville', km: 'ក្រុងព្រះសីហនុ' },
  { en: 'Bavet', km: 'បាវិត' },
  { en: 'Poipet', km: 'ប៉ោយប៉ែត' },
  { en: 'Bangkok', km: 'បាងកក' },
  { en: 'Myawaddy', km: 'មៀវ៉ាឌី' },
  { en: 'Kuala Lumpur', km: 'គូឡាឡាំពួ' },
  { en: 'Phnom Penh', km: 'ភ្នំពេញ' },
];

const HARMS_OF_ARCHETYPE: Readonly<Record<string, readonly TipTemplate['harm'][]>> = {
  scam_compound: ['victim_distress', 'recruitment_fraud'],
  sexual_exploitation: ['grooming', 'predatory_loan', 'romance_lure', 'sextortion'],
  fishing: ['victim_distress', 'recruitment_fraud'],
  construction: ['victim_distress', 'recruitment_fraud'],
  domestic_work: ['victim_distress', 'recruitment_fraud'],
  begging: ['victim_distress'],
  forced_marriage: ['romance_lure', 'recruitment_fraud'],
  organ_removal: ['organ_trafficking'],
  illegal_adoption: ['surrogacy_adoption'],
};

const DISMISSAL_REASONS = [
  'Could not be verified: the caller could not be reached again',
  'Labour dispute without trafficking indicators: referred to the labour inspectorate',
  'Online fraud without trafficking indicators: referred to the cybercrime police',
];
const QUESTION_DISMISSAL = 'General question about safe migration: information given, no case needed';
const DUPLICATE_DISMISSAL = 'Duplicate of a report already in the queue';

const PROVINCES: readonly (readonly [string, number])[] = [
  ['12', 30],
  ['18', 18],
  ['01', 14],
  ['20', 8],
  ['17', 10],
  ['02', 10],
  ['03', 10],
];

function relationshipOf(template: TipTemplate): PlannedTip['callerRelationship'] {
  if (/\bMy (?:brother|son|daughter|cousin|niece)\b|ប្អូន|កូន|ក្មួយ/u.test(template.text)) return 'family_member';
  if (template.harm === 'sextortion' || template.harm === 'scam' || template.harm === 'none') return 'self';
  return 'friend';
}

interface Fill {
  readonly phone: string;
  readonly handle: string;
  readonly wallet: string;
}

function fillTemplate(random: SeededRandom, template: TipTemplate, fill: Fill): string {
  const place = random.pick(PLACES);
  const amount =
    template.harm === 'recruitment_fraud' || template.harm === 'victim_distress'
      ? random.pick([800, 1000, 1200, 1500, 2000, 3000])
      : random.pick([150, 300, 500, 1000, 2500, 5000]);
  const phone = random.chance(0.4) && fill.phone.startsWith('+855 96 ') ? nationalForm(fill.phone) : fill.phone;
  return template.text
    .replaceAll('{place}', template.language === 'km' ? place.km : place.en)
    .replaceAll('{amount}', amount.toLocaleString('en-US'))
    .replaceAll('{age}', String(random.int(12, 16)))
    .replaceAll('{phone}', phone)
    .replaceAll('{handle}', fill.handle)
    .replaceAll('{wallet}', fill.wallet);
}

function freshFill(random: SeededRandom): Fill {
  return {
    phone: fictionalPhone(random, random.chance(0.2) ? 'TH' : 'KH'),
    handle: fictionalHandle(random),
    wallet: fictionalTronWallet(random),
  };
}

function channelOf(random: SeededRandom): Pick<PlannedTip, 'kind' | 'channel'> {
  if (random.chance(0.55)) return { kind: 'hotline_call', channel: 'hotline' };
  return {
    kind: 'tip',
    channel: random.weighted([
      ['web', 65],
      ['sms', 15],
      ['partner', 10],
      ['walk_in', 10],
    ] as const),
  };
}

export function planTips(
  random: SeededRandom,
  cases: readonly PlannedCase[],
  now: string,
  count: number,
): PlannedTip[] {
  const networks: Network[] = Array.from({ length: Math.max(3, Math.round(count / 16)) }, () => ({
    ...freshFill(random),
    phone: fictionalPhone(random),
    caseKeys: [],
  }));
  const pickNetwork = () =>
    networks[Math.min(networks.length - 1, Math.floor(random.next() ** 2 * networks.length))] as Network;
  const tips: PlannedTip[] = [];

  const make = (
    template: TipTemplate,
    receivedOn: string,
    triage: TriagePlan,
    options: { fill: Fill; provinceCode: string | null; body?: string },
  ): PlannedTip => {
    const { kind, channel } = channelOf(random);
    const anonymous = kind === 'tip' && channel === 'web' && random.chance(0.7);
    const callback = anonymous ? null : fictionalPhone(random);
    const operator = random.chance(0.5) ? 'hotline.malis' : 'hotline.visal';
    const fromHotline = kind === 'hotline_call' || channel === 'web' || channel === 'sms';
    return {
      key: `tip-${tips.length + 1}`,
      kind,
      channel,
      receivedAt: dateTimeOn(receivedOn, random.int(0, 1439)),
      anonymous,
      callerRelationship: anonymous ? 'anonymous' : relationshipOf(template),
      language: template.language,
      harm: template.harm,
      body: options.body ?? fillTemplate(random, template, options.fill),
      contactDetails: callback ? `Call back on ${callback}` : null,
      identifiers: callback ? [{ type: 'phone', value: callback }] : [],
      provinceCode: options.provinceCode,
      organisation: fromHotline ? 'hotline' : 'social_affairs',
      team: fromHotline ? (operator === 'hotline.malis' ? 'Day shift' : 'Night shift') : null,
      receivedByLogin: kind === 'hotline_call' ? operator : null,
      assignedLogin: triage.status === 'in_review' ? triage.byLogin : null,
      callDurationSeconds: kind === 'hotline_call' ? random.int(90, 1500) : null,
      triage,
    };
  };

  // Tips that became cases: one per chosen case, received shortly before the case was opened.
  const convertedCount = Math.min(Math.round(count * 0.3), cases.length);
  const step = cases.length / Math.max(1, convertedCount);
  for (let i = 0; i < convertedCount; i++) {
    const plannedCase = cases[Math.floor(i * step)] as PlannedCase;
    const harms = HARMS_OF_ARCHETYPE[plannedCase.archetype] ?? ['victim_distress'];
    const template = random.pick(TIP_TEMPLATES.filter((t) => harms.includes(t.harm)));
    const network = random.chance(0.6) ? pickNetwork() : undefined;
    const fill = network ?? freshFill(random);
    network?.caseKeys.push(plannedCase.key);
    const victimPhone = plannedCase.victim.phones[0];
    tips.push(
      make(
        template,
        laterOf(addDays(plannedCase.openedOn, -random.int(0, 5)), DEMO_PERIOD_START),
        {
          status: 'converted',
          byLogin: plannedCase.ownerLogin,
          on: plannedCase.openedOn,
          caseKey: plannedCase.key,
          reason: null,
        },
        {
          fill: template.harm === 'victim_distress' && victimPhone ? { ...fill, phone: victimPhone } : fill,
          provinceCode: plannedCase.provinceCode,
        },
      ),
    );
  }

  const recentStart = addDays(now, -45);
  // Bounded: a draw that cannot be used (a link with no case to link to) is retried, not forever.
  for (let attempt = 0; tips.length < count && attempt < count * 20; attempt++) {
    const previous = tips.length > 10 && random.chance(0.05) ? random.pick(tips) : undefined;
    if (previous) {
      // Re-sent by the same person: the same text a few days later.
      const template =
        TIP_TEMPLATES.find((t) => t.harm === previous.harm && t.language === previous.language) ??
        (TIP_TEMPLATES[0] as TipTemplate);
      const receivedOn = addDays(previous.receivedAt.slice(0, 10), random.int(0, 3));
      if (receivedOn >= now) continue;
      const triage: TriagePlan = random.chance(0.5)
        ? { status: 'new' }
        : { status: 'dismissed', byLogin: 'hotline.malis', on: receivedOn, reason: DUPLICATE_DISMISSAL };
      tips.push(
        make(template, receivedOn, triage, {
          fill: freshFill(random),
          provinceCode: previous.provinceCode,
          body: previous.body,
        }),
      );
      continue;
    }
    const template = random.pick(TIP_TEMPLATES);
    const outcome =
      template.harm === 'none'
        ? 'dismissed'
        : random.weighted([
            ['new', 52],
            ['in_review', 12],
            ['dismissed', 20],
            ['linked', 16],
          ] as const);
    const network =
      template.harm !== 'none' && (outcome === 'linked' || random.chance(0.55)) ? pickNetwork() : undefined;
    const fill = network ?? freshFill(random);
    const provinceCode = random.weighted(PROVINCES);
    if (outcome === 'linked') {
      const linkedKey = network && network.caseKeys.length > 0 ? random.pick(network.caseKeys) : undefined;
      const linkedCase = linkedKey ? cases.find((c) => c.key === linkedKey) : undefined;
      if (!linkedCase || linkedCase.closure) continue;
      const receivedOn = isoDateOf(random.between(msOfDate(addDays(linkedCase.openedOn, 1)), msOfDate(now)).getTime());
      if (receivedOn >= now) continue;
      const worker = caseWorkersOf(linkedCase.organisation)[0]?.login ?? linkedCase.ownerLogin;
      tips.push(
        make(
          template,
          receivedOn,
          {
            status: 'linked',
            byLogin: worker,
            on: receivedOn,
            caseKey: linkedCase.key,
            reason: 'Same recruiter contact as an open case',
          },
          { fill, provinceCode: linkedCase.provinceCode },
        ),
      );
      continue;
    }
    const fromOn = outcome === 'dismissed' ? DEMO_PERIOD_START : recentStart;
    const receivedOn = isoDateOf(random.between(msOfDate(fromOn), msOfDate(now)).getTime());
    const operator = random.chance(0.5) ? 'hotline.malis' : 'hotline.visal';
    const triage: TriagePlan =
      outcome === 'dismissed'
        ? {
            status: 'dismissed',
            byLogin: operator,
            on: receivedOn,
            reason: template.harm === 'none' ? QUESTION_DISMISSAL : random.pick(DISMISSAL_REASONS),
          }
        : outcome === 'in_review'
          ? { status: 'in_review', byLogin: operator, on: receivedOn }
          : { status: 'new' };
    tips.push(make(template, receivedOn, triage, { fill, provinceCode }));
  }
  return tips
    .sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0))
    .map((tip, index) => ({ ...tip, key: `tip-${index + 1}` }));
}
