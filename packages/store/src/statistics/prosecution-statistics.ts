import { sql } from 'kysely';
import { z } from 'zod';
import { ageOn, createPersonRepository, type PersonRecord } from '../cases/persons.ts';
import { offenceCategories, type OffenceCategory } from '../prosecution/offences.ts';
import type { StoreContext } from '../records/store-context.ts';
import { countryCode, isoDate } from '../validation/fields.ts';
import { parseInput } from '../validation/parse-input.ts';

/**
 * The figures of the national reports ("34 cases prosecuted; 35 suspects, 33 nationals and 2
 * foreigners; 69 victims, 50 female, 27 minors under 15 and 11 aged 15–17; 16 rapes, …"),
 * computed from the case data. Definitions (also in README.md):
 * - a criminal case is *prosecuted in the period* when its first `charge` stage falls in [from, to];
 * - province: the criminal case's province code;
 * - suspects / victims: distinct persons linked to those cases in that role;
 * - national: citizenship includes `nationalCountry` (KH); foreigner: a known citizenship without it;
 * - age: on the criminal case's offence date, else its first complaint, else its first charge date
 *   (the earliest such date when a victim is in several cases), from the birth date or estimated age;
 * - offences: for each category, the prosecuted cases charged with at least one offence of it.
 */
export interface ProsecutionStatistics {
  readonly period: { readonly from: string; readonly to: string };
  readonly provinceCode: string | null;
  readonly casesProsecuted: number;
  readonly suspects: {
    readonly total: number;
    readonly nationals: number;
    readonly foreigners: number;
    readonly citizenshipUnknown: number;
    readonly female: number;
  };
  readonly victims: {
    readonly total: number;
    readonly female: number;
    readonly male: number;
    readonly sexUnknown: number;
    readonly minorsUnder15: number;
    readonly aged15To17: number;
    readonly adults: number;
    readonly ageUnknown: number;
  };
  readonly offences: Readonly<Record<OffenceCategory, number>>;
  readonly suspectOutcomes: { readonly convicted: number; readonly acquitted: number; readonly dismissed: number };
}

const statisticsQuerySchema = z
  .object({
    from: isoDate,
    to: isoDate,
    provinceCode: z.string().max(20).optional(),
    nationalCountry: countryCode.default('KH'),
  })
  .strict()
  .refine((q) => q.from <= q.to, { message: 'the period must not end before it starts', path: ['to'] });
export type StatisticsQuery = z.input<typeof statisticsQuerySchema>;

interface PartyRow {
  person_id: string;
  role: 'victim' | 'suspect';
  reference_date: string;
}

export async function prosecutionStatistics(ctx: StoreContext, query: StatisticsQuery): Promise<ProsecutionStatistics> {
  const q = parseInput(statisticsQuerySchema, query, 'statistics query');
  const province = q.provinceCode ?? null;

  const prosecuted = sql`
    SELECT cc.id,
           coalesce(cc.offence_date,
                    (SELECT min(occurred_on) FROM proceeding_stages WHERE criminal_case_id = cc.id AND stage = 'complaint'),
                    charged.first_charge) AS reference_date
    FROM criminal_cases cc
    JOIN (SELECT criminal_case_id, min(occurred_on) AS first_charge
          FROM proceeding_stages WHERE stage = 'charge' GROUP BY criminal_case_id) charged
      ON charged.criminal_case_id = cc.id
    WHERE charged.first_charge BETWEEN ${q.from}::date AND ${q.to}::date
      AND (${province}::text IS NULL OR cc.province_code = ${province}::text)`;

  const caseCount = await sql<{ count: number }>`SELECT count(*)::int AS count FROM (${prosecuted}) p`.execute(ctx.db);

  const offenceRows = await sql<{ category: OffenceCategory; cases: number }>`
    SELECT oc.category, count(DISTINCT cco.criminal_case_id)::int AS cases
    FROM criminal_case_offences cco
    JOIN offence_catalogue oc ON oc.id = cco.offence_id
    WHERE cco.criminal_case_id IN (SELECT id FROM (${prosecuted}) p)
    GROUP BY oc.category`.execute(ctx.db);

  const partyRows = await sql<PartyRow>`
    SELECT ccp.person_id, ccp.role, min(p.reference_date)::text AS reference_date
    FROM criminal_case_parties ccp
    JOIN (${prosecuted}) p ON p.id = ccp.criminal_case_id
    GROUP BY ccp.person_id, ccp.role`.execute(ctx.db);

  const outcomeRows = await sql<{ outcome: 'convicted' | 'acquitted' | 'dismissed'; count: number }>`
    SELECT outcome, count(*)::int AS count FROM suspect_outcomes
    WHERE criminal_case_id IN (SELECT id FROM (${prosecuted}) p)
    GROUP BY outcome`.execute(ctx.db);

  const personIds = [...new Set(partyRows.rows.map((row) => row.person_id))];
  const persons = new Map<string, PersonRecord>(
    (await createPersonRepository(ctx).getMany(personIds)).map((person) => [person.id, person]),
  );

  const suspects = { total: 0, nationals: 0, foreigners: 0, citizenshipUnknown: 0, female: 0 };
  const victims = {
    total: 0,
    female: 0,
    male: 0,
    sexUnknown: 0,
    minorsUnder15: 0,
    aged15To17: 0,
    adults: 0,
    ageUnknown: 0,
  };
  for (const row of partyRows.rows) {
    const person = persons.get(row.person_id);
    if (!person) continue;
    if (row.role === 'suspect') {
      suspects.total += 1;
      if (person.sex === 'female') suspects.female += 1;
      if (person.citizenship.length === 0) suspects.citizenshipUnknown += 1;
      else if (person.citizenship.includes(q.nationalCountry)) suspects.nationals += 1;
      else suspects.foreigners += 1;
    } else {
      victims.total += 1;
      if (person.sex === 'female') victims.female += 1;
      else if (person.sex === 'male') victims.male += 1;
      else victims.sexUnknown += 1;
      const age = ageOn(person, row.reference_date);
      if (age === null) victims.ageUnknown += 1;
      else if (age < 15) victims.minorsUnder15 += 1;
      else if (age < 18) victims.aged15To17 += 1;
      else victims.adults += 1;
    }
  }

  const offences = Object.fromEntries(offenceCategories.map((category) => [category, 0])) as Record<
    OffenceCategory,
    number
  >;
  for (const row of offenceRows.rows) offences[row.category] = row.cases;
  const suspectOutcomes = { convicted: 0, acquitted: 0, dismissed: 0 };
  for (const row of outcomeRows.rows) suspectOutcomes[row.outcome] = row.count;

  return {
    period: { from: q.from, to: q.to },
    provinceCode: province,
    casesProsecuted: caseCount.rows[0]?.count ?? 0,
    suspects,
    victims,
    offences,
    suspectOutcomes,
  };
}
