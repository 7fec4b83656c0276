import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { errorOf, jsonRequest } from '../testing/requests.ts';
import { createOrganisation, createStaff, signIn } from '../testing/staff.ts';
import { describeEachDatabase } from '../testing/store-harness.ts';

/** A fictional tip. */
const TIP_TEXT =
  'My cousin Sreypov (16) was offered a job in Sihanoukville, $1500/month, free visa, no experience. ' +
  'The agent is on Telegram @fake_agent_kh and +855 12 345 678. She left yesterday.';

const tip = (overrides: Record<string, unknown> = {}) => ({
  text: TIP_TEXT,
  language: 'en',
  country: 'KH',
  attachAnalysis: true,
  contact: { name: 'Fictional Reporter', phone: '+855 97 000 0000' },
  ...overrides,
});

describeEachDatabase('tips', (getStore) => {
  async function setUp() {
    const capture = captureLogger();
    const { organisation, team } = await createOrganisation(getStore(), 'Fictional Hotline');
    const { app } = createApp({
      store: getStore(),
      logger: capture.logger,
      config: { intakeOrganisationId: organisation.id, trustProxy: true },
    });
    const operator = await createStaff(getStore(), { organisationId: organisation.id, teamId: team.id }, [
      'hotline_operator',
    ]);
    return { app, capture, organisation, team, operator };
  }

  it('takes an anonymous tip, answers a follow-up code and the risk, and never logs its text', async () => {
    const { app, capture } = await setUp();
    const response = await app.request(jsonRequest('/api/tips', tip()));
    expect(response.status).toBe(201);
    const created = (await response.json()) as { code: string; risk: string };
    expect(created.code).toMatch(/^RK-[\dA-Z]{4}-[\dA-Z]{4}/u);
    expect(['high', 'critical']).toContain(created.risk);
    const logged = capture.text();
    for (const fragment of ['Sreypov', 'fake_agent_kh', '345 678', 'Fictional Reporter', '97 000', created.code]) {
      expect(logged).not.toContain(fragment);
    }
  });

  it('lets the reporter follow the tip up by code, learning only its status', async () => {
    const { app } = await setUp();
    const { code } = (await (await app.request(jsonRequest('/api/tips', tip()))).json()) as { code: string };
    const status = await app.request(`/api/tips/status/${code}`);
    expect(status.status).toBe(200);
    const body = (await status.json()) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['receivedOn', 'status']);
    expect(body.status).toBe('received');
    expect((await app.request(`/api/tips/status/${code.toLowerCase()}`)).status).toBe(200);
    expect((await app.request('/api/tips/status/RK-AAAA-AAAA-AAAA')).status).toBe(404);
    for (const hostile of ["' OR 1=1 --", '../../etc/passwd', '%00', '<script>']) {
      const response = await app.request(`/api/tips/status/${encodeURIComponent(hostile)}`);
      expect([400, 404]).toContain(response.status);
    }
  });

  it('puts the tip in the intake organisation’s triage queue, highest risk first', async () => {
    const { app, operator } = await setUp();
    await app.request(
      jsonRequest('/api/tips', tip({ text: 'Hello, I want to ask about the weather.', contact: null })),
    );
    await app.request(jsonRequest('/api/tips', tip()));
    const session = await signIn(app, operator.login);
    const queue = await app.request('/api/tips', { headers: session.headers() });
    expect(queue.status).toBe(200);
    const { items } = (await queue.json()) as { items: { risk: string; body: string; anonymous: boolean }[] };
    expect(items).toHaveLength(2);
    expect(['high', 'critical']).toContain(items[0]?.risk);
    expect(items[0]?.body).toBe(TIP_TEXT);
    expect(items[1]?.anonymous).toBe(true);
  });

  it('keeps only the triage figures of the analysis when the reporter did not attach it', async () => {
    const { app, operator } = await setUp();
    await app.request(jsonRequest('/api/tips', tip({ attachAnalysis: false })));
    const session = await signIn(app, operator.login);
    const { items } = (await (await app.request('/api/tips', { headers: session.headers() })).json()) as {
      items: { id: string; risk: string; analysis: Record<string, unknown> }[];
    };
    const stored = items[0]!;
    expect(['high', 'critical']).toContain(stored.risk);
    expect(Object.keys(stored.analysis).sort()).toEqual(['catalogVersion', 'harms', 'language', 'risk']);
    // The identifiers the engine found are still indexed, so tips about the same number link up.
    const matches = await getStore().reports.findByIdentifier({ type: 'phone', value: '+855 12 345 678' });
    expect(matches.some((match) => match.ownerId === stored.id)).toBe(true);
  });

  it('refuses malformed tips with the field paths', async () => {
    const { app } = await setUp();
    const cases: [Record<string, unknown>, string][] = [
      [tip({ text: '' }), 'body.text'],
      [tip({ text: 'x'.repeat(20_001) }), 'body.text'],
      [tip({ language: 'english' }), 'body.language'],
      [tip({ country: 'kh' }), 'body.country'],
      [tip({ attachAnalysis: 'yes' }), 'body.attachAnalysis'],
      [tip({ contact: { email: 'not an email' } }), 'body.contact.email'],
      [tip({ contact: { name: 'x'.repeat(201) } }), 'body.contact.name'],
      [tip({ extra: true }), 'body'],
    ];
    for (const [body, path] of cases) {
      const response = await app.request(jsonRequest('/api/tips', body));
      expect(response.status, path).toBe(400);
      expect(((await errorOf(response)).issues as { path: string }[]).map((issue) => issue.path)).toContain(path);
    }
    const tooLong = tip({ contact: { name: 'n'.repeat(200), phone: 'p'.repeat(200), messenger: 'm'.repeat(200) } });
    expect((await app.request(jsonRequest('/api/tips', tooLong))).status).toBe(400);
  });

  it('stores hostile text verbatim and gives it back as data', async () => {
    const { app, operator } = await setUp();
    const hostile = [
      "Robert'); DROP TABLE reports;--",
      '<script>alert(document.cookie)</script>',
      '=HYPERLINK("http://evil.example","click")',
      '../../../../etc/passwd',
      '{"__proto__":{"isAdmin":true}}',
    ];
    for (const text of hostile) {
      expect((await app.request(jsonRequest('/api/tips', tip({ text, contact: { name: text } })))).status).toBe(201);
    }
    const session = await signIn(app, operator.login);
    const { items } = (await (await app.request('/api/tips?limit=50', { headers: session.headers() })).json()) as {
      items: { body: string }[];
    };
    expect(items.map((item) => item.body).sort()).toEqual([...hostile].sort());
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('moves a tip through triage with optimistic concurrency', async () => {
    const { app, operator } = await setUp();
    await app.request(jsonRequest('/api/tips', tip()));
    const session = await signIn(app, operator.login);
    const { items } = (await (await app.request('/api/tips', { headers: session.headers() })).json()) as {
      items: { id: string; version: number }[];
    };
    const { id, version } = items[0]!;
    const review = await app.request(
      jsonRequest(`/api/tips/${id}/triage`, { version, status: 'in_review' }, { headers: session.headers(true) }),
    );
    expect(review.status).toBe(200);
    const stale = await app.request(
      jsonRequest(
        `/api/tips/${id}/triage`,
        { version, status: 'dismissed', reason: 'spam' },
        { headers: session.headers(true) },
      ),
    );
    expect(stale.status).toBe(409);
    expect(await errorOf(stale)).toMatchObject({ code: 'version_conflict', currentVersion: version + 1 });
    const invalid = await app.request(
      jsonRequest(
        `/api/tips/${id}/triage`,
        { version: version + 1, status: 'dismissed' },
        { headers: session.headers(true) },
      ),
    );
    expect(invalid.status).toBe(400);
  });

  it('refuses another organisation’s staff a tip by id, and audits the refusal', async () => {
    const { app } = await setUp();
    await app.request(jsonRequest('/api/tips', tip()));
    const other = await createOrganisation(getStore(), 'Other Fictional Hotline');
    const outsider = await createStaff(getStore(), { organisationId: other.organisation.id, teamId: other.team.id }, [
      'hotline_operator',
    ]);
    const session = await signIn(app, outsider.login);
    const { items } = (await (await app.request('/api/tips', { headers: session.headers() })).json()) as {
      items: unknown[];
    };
    expect(items).toHaveLength(0);
    const [report] = await getStore().reports.triageQueue({ scope: { kind: 'all' } });
    const response = await app.request(`/api/tips/${report!.id}`, { headers: session.headers() });
    expect(response.status).toBe(403);
    const entries = await getStore().audit.list({ entityId: report!.id });
    expect(entries[0]).toMatchObject({ actorUserId: outsider.id, outcome: 'denied', action: 'tip.read' });
  });
});
