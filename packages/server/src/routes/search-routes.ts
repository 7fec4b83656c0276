import { identifierTypes, personKinds, type IdentifierMatch, type PersonRecord, type Store } from '@raksa/store';
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../api/route-definition.ts';
import { idParams } from '../api/schemas/common.ts';
import { ApiError } from '../errors.ts';
import type { Actor } from '../policy/actor.ts';
import { authorizeRecord, storeScopeFor } from '../policy/authorize.ts';
import { can } from '../policy/can.ts';
import { foldName, nameMatches } from '../policy/name-match.ts';
import { caseOwnership, personOwnership, projectedPerson, reportOwnership } from './case-routes.ts';
import type { RouteContext } from './route-context.ts';

/** Name search decrypts at most this many cases' victims (newest cases first). */
export const NAME_SEARCH_SCAN_CAP = 2_000;
const SCAN_PAGE = 200;

const personHitSchema = z.object({
  person: z.record(z.string(), z.unknown()).nullable(),
  caseId: z.string().nullable(),
});

const linkSchema = z.object({
  kind: z.enum(['tip', 'person']),
  id: z.string(),
  /** Which kinds of identifier the two records share (phone, handle, crypto_wallet…), never the value. */
  sharedIdentifierTypes: z.array(z.string()),
  caseId: z.string().nullable(),
  summary: z.record(z.string(), z.unknown()),
});
const linksSchema = z.object({
  items: z.array(linkSchema),
  /** Matching records the caller's role may not reach (another organisation's, another team's): counted only. */
  outsideScope: z.number().int(),
});

/**
 * Person search and links between records through the store's entity index.
 *
 * Names are encrypted, so there is no index to search them: `GET /api/persons?name=` decrypts the
 * victims of the cases within the caller's `case.read` scope, newest first, at most
 * NAME_SEARCH_SCAN_CAP cases, and filters them in memory (see name-match.ts); the answer says
 * whether the cap cut the scan short. Identifiers (phones, documents, handles, e-mails, wallets,
 * URLs) are searched exactly through their blind indexes, across the organisation's persons.
 */
export function searchRoutes(context: RouteContext, store: Store): AnyRoute[] {
  /** Whether the caller may see this case (through `case.read`), by id. */
  const readableCase = async (actor: Actor, caseId: string | null): Promise<boolean> => {
    if (caseId === null || !can(actor, 'case.read')) return false;
    return can(actor, 'case.read', caseOwnership(await store.cases.get(caseId)));
  };
  /** A person is visible through `person.read` on the person, or as the victim of a case the caller reads. */
  const visiblePerson = async (actor: Actor, person: PersonRecord, caseId: string | null) =>
    can(actor, 'person.read', personOwnership(person)) || (await readableCase(actor, caseId));

  /**
   * Reads pages (newest first) until `limit` hits, the end, or NAME_SEARCH_SCAN_CAP records read;
   * says whether the cap cut the scan short.
   */
  const scanPages = async <T>(
    readPage: (page: { limit: number; offset: number }) => Promise<T[]>,
    hitsOf: (page: T[]) => Promise<z.infer<typeof personHitSchema>[]>,
    limit: number,
  ) => {
    const items: z.infer<typeof personHitSchema>[] = [];
    let scanned = 0;
    let exhausted = false;
    while (scanned < NAME_SEARCH_SCAN_CAP && items.length < limit) {
      const page = await readPage({ limit: SCAN_PAGE, offset: scanned });
      scanned += page.length;
      for (const hit of await hitsOf(page)) {
        items.push(hit);
        if (items.length >= limit) break;
      }
      if (page.length < SCAN_PAGE) {
        exhausted = true;
        break;
      }
    }
    return { items, scanned, truncated: !exhausted && items.length < limit };
  };

  const foldedQuery = (name: string): string => {
    const folded = foldName(name);
    if (folded.length < 2) {
      throw new ApiError('validation_failed', 'Give at least two letters of the name.', {
        details: { issues: [{ path: 'query.name', message: 'at least two letters' }] },
      });
    }
    return folded;
  };

  const namesOf = (person: PersonRecord) => [
    person.givenNameLatin,
    person.familyNameLatin,
    person.nameLocal,
    ...(person.aliases ?? []),
  ];

  const searchByName = async (actor: Actor, query: string, limit: number) => {
    const folded = foldedQuery(query);
    if (!can(actor, 'case.read')) return { items: [], scanned: 0, truncated: false };
    const scope = storeScopeFor(actor, 'case.read');
    return scanPages(
      (page) => store.cases.list({ scope, page }),
      async (cases) => {
        const victims = new Map(
          (await store.persons.getMany(cases.map((c) => c.victimPersonId))).map((p) => [p.id, p]),
        );
        return cases.flatMap((record) => {
          const victim = victims.get(record.victimPersonId);
          if (victim === undefined || !nameMatches(folded, namesOf(victim))) return [];
          return [{ person: projectedPerson(actor, victim, 'list', context.now()), caseId: record.id }];
        });
      },
      limit,
    );
  };

  /**
   * Suspects, callers and witnesses are not victims of a case: they are searched among the persons
   * within the caller's `person.read` scope (newest first, capped like the victims' name search).
   * Without a name, the newest of them are listed.
   */
  const searchOtherPersons = async (
    actor: Actor,
    kind: Exclude<(typeof personKinds)[number], 'victim'>,
    name: string | undefined,
    limit: number,
  ) => {
    const folded = name === undefined ? undefined : foldedQuery(name);
    const scope = storeScopeFor(actor, 'person.read');
    return scanPages(
      (page) => store.persons.list({ scope, kinds: [kind], page }),
      async (persons) =>
        persons
          .filter((person) => folded === undefined || nameMatches(folded, namesOf(person)))
          .filter((person) => can(actor, 'person.read', personOwnership(person)))
          .map((person) => ({ person: projectedPerson(actor, person, 'list', context.now()), caseId: null })),
      limit,
    );
  };

  const searchByIdentifier = async (
    actor: Actor,
    type: (typeof identifierTypes)[number],
    value: string,
    limit: number,
    kind?: (typeof personKinds)[number],
  ) => {
    const matches = (await store.reports.findByIdentifier({ type, value })).filter((m) => m.ownerTable === 'persons');
    const caseOf = new Map(matches.map((m) => [m.ownerId, m.caseId]));
    const persons = await store.persons.getMany([...caseOf.keys()]);
    const items: z.infer<typeof personHitSchema>[] = [];
    for (const person of persons) {
      const caseId = caseOf.get(person.id) ?? null;
      if (items.length >= limit) break;
      if (kind !== undefined && person.personKind !== kind) continue;
      if (await visiblePerson(actor, person, caseId)) {
        items.push({ person: projectedPerson(actor, person, 'list', context.now()), caseId });
      }
    }
    return { items, scanned: persons.length, truncated: false };
  };

  /** Groups index matches by record and splits them into what the caller may reach and a count of the rest. */
  const linksOf = async (actor: Actor, matches: readonly IdentifierMatch[]) => {
    const byRecord = new Map<string, { match: IdentifierMatch; types: Set<string> }>();
    for (const match of matches) {
      const key = `${match.ownerTable}:${match.ownerId}`;
      const entry = byRecord.get(key) ?? { match, types: new Set<string>() };
      entry.types.add(match.entityType);
      byRecord.set(key, entry);
    }
    const items: z.infer<typeof linkSchema>[] = [];
    let outsideScope = 0;
    const persons = new Map(
      (
        await store.persons.getMany(
          [...byRecord.values()].filter((e) => e.match.ownerTable === 'persons').map((e) => e.match.ownerId),
        )
      ).map((p) => [p.id, p]),
    );
    for (const { match, types } of byRecord.values()) {
      const sharedIdentifierTypes = [...types].sort();
      if (match.ownerTable === 'persons') {
        const person = persons.get(match.ownerId);
        if (person === undefined || !(await visiblePerson(actor, person, match.caseId))) {
          outsideScope++;
          continue;
        }
        items.push({
          kind: 'person',
          id: person.id,
          sharedIdentifierTypes,
          caseId: match.caseId,
          summary: {
            personKind: person.personKind,
            person: projectedPerson(actor, person, 'list', context.now()),
          },
        });
      } else {
        const report = await store.reports.get(match.ownerId);
        if (!can(actor, 'tip.read', reportOwnership(report)) && !(await readableCase(actor, match.caseId))) {
          outsideScope++;
          continue;
        }
        items.push({
          kind: 'tip',
          id: report.id,
          sharedIdentifierTypes,
          caseId: match.caseId,
          summary: {
            reportKind: report.kind,
            channel: report.channel,
            receivedAt: report.receivedAt,
            risk: report.risk,
            harmTypes: report.harmTypes,
            triageStatus: report.triageStatus,
          },
        });
      }
    }
    return { items, outsideScope };
  };

  const search = defineRoute({
    method: 'get',
    path: '/api/persons',
    summary:
      'Search persons by name (victims of the cases the role reads, or with `kind` suspects, callers or witnesses; decrypted and filtered, capped), list the newest of a non-victim kind, or find persons exactly by an identifier (phone, document, handle, e-mail, wallet, URL)',
    tags: ['persons'],
    access: 'person.read',
    query: z
      .strictObject({
        name: z.string().min(1).max(200).optional(),
        kind: z.enum(personKinds).optional(),
        identifierType: z.enum(identifierTypes).optional(),
        identifierValue: z.string().min(1).max(500).optional(),
        limit: z.coerce.number().int().min(1).max(100).default(20),
      })
      .refine((q) => !(q.name !== undefined && q.identifierType !== undefined), {
        message: 'Search by name, or by identifierType and identifierValue: one of the two.',
        path: ['name'],
      })
      .refine((q) => q.name !== undefined || q.identifierType !== undefined || (q.kind ?? 'victim') !== 'victim', {
        message: 'Give a name or an identifier (victims are found through their cases), or a kind to list.',
        path: ['name'],
      })
      .refine((q) => (q.identifierType === undefined) === (q.identifierValue === undefined), {
        message: 'identifierType and identifierValue go together.',
        path: ['identifierValue'],
      }),
    response: {
      status: 200,
      description: 'The persons found (names of children hidden, as in every list)',
      schema: z.object({
        items: z.array(personHitSchema),
        /** How many records were decrypted and compared. */
        scanned: z.number().int(),
        /** The scan stopped at its cap before reaching the oldest case: narrow the search. */
        truncated: z.boolean(),
      }),
    },
    handler: async ({ query, actor }) => {
      if (query.identifierType !== undefined) {
        return searchByIdentifier(actor!, query.identifierType, query.identifierValue!, query.limit, query.kind);
      }
      const kind = query.kind ?? 'victim';
      return kind === 'victim'
        ? searchByName(actor!, query.name!, query.limit)
        : searchOtherPersons(actor!, kind, query.name, query.limit);
    },
  });

  const tipLinks = defineRoute({
    method: 'get',
    path: '/api/tips/{id}/links',
    summary: 'Tips and persons (and their cases) sharing a phone, handle, wallet, URL or document with this tip',
    tags: ['tips'],
    access: 'tip.read',
    params: idParams,
    response: { status: 200, description: 'The linked records', schema: linksSchema },
    handler: async ({ params, actor }) => {
      const report = await store.reports.get(params.id);
      authorizeRecord(actor!, 'tip.read', reportOwnership(report));
      return linksOf(actor!, await store.reports.findSharingIdentifiers(report.id));
    },
  });

  const personLinks = defineRoute({
    method: 'get',
    path: '/api/persons/{id}/links',
    summary: 'Tips and persons (and their cases) sharing a phone, handle, wallet, URL or document with this person',
    tags: ['persons'],
    access: 'person.read',
    params: idParams,
    response: { status: 200, description: 'The linked records', schema: linksSchema },
    handler: async ({ params, actor }) => {
      const person = await store.persons.get(params.id);
      authorizeRecord(actor!, 'person.read', personOwnership(person));
      return linksOf(actor!, await store.persons.findSharingIdentifiers(person.id));
    },
  });

  return [search, tipLinks, personLinks];
}
