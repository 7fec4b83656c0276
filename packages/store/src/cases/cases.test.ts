import { describe, expect, it } from 'vitest';
import { isStoreError, VersionConflictError } from '../errors.ts';
import { createOrganisationWithCaseWorker, HOSTILE_STRINGS, SYSTEM } from '../testing/fixtures.ts';
import { describeEachDatabase } from '../testing/test-database.ts';
import { ageOn } from './persons.ts';

describeEachDatabase('persons and cases', (getStore) => {
  async function victimWithCase() {
    const store = getStore();
    const staff = await createOrganisationWithCaseWorker(store);
    const person = await store.persons.create(
      {
        personKind: 'victim',
        organisationId: staff.organisation.id,
        givenNameLatin: 'Sokha',
        familyNameLatin: 'Fictional',
        nameLocal: 'សុខា',
        birthDate: '2010-05-20',
        sex: 'female',
        citizenship: ['KH'],
        languages: ['km'],
        phones: ['+855 12 000 111'],
        identityDocuments: [{ type: 'national_id', number: 'FICT-0001', issuingCountry: 'KH' }],
      },
      staff.actor,
    );
    const theCase = await store.cases.create(
      {
        victimPersonId: person.id,
        organisationId: staff.organisation.id,
        teamId: staff.team.id,
        ownerUserId: staff.user.id,
      },
      staff.actor,
    );
    return { store, staff, person, theCase };
  }

  it('stores a person with names in both scripts and opens one case per victim', async () => {
    const { store, staff, person, theCase } = await victimWithCase();
    expect(await store.persons.get(person.id)).toMatchObject({
      nameLocal: 'សុខា',
      birthDate: '2010-05-20',
      citizenship: ['KH'],
    });
    expect(theCase).toMatchObject({ traffickingStatus: 'possible', workflowStage: 'new', closedAt: null, version: 1 });
    await expect(
      store.cases.create({ victimPersonId: person.id, organisationId: staff.organisation.id }, staff.actor),
    ).rejects.toSatisfy((e) => isStoreError(e, 'conflict'));
    expect(ageOn(person, '2025-05-19')).toBe(14);
    expect(ageOn(person, '2025-05-20')).toBe(15);
  });

  it('records who decided the trafficking status, closes with a reason and reopens', async () => {
    const { store, staff, theCase } = await victimWithCase();
    const decided = await store.cases.decideTraffickingStatus(
      theCase.id,
      1,
      { status: 'actual', decidedByKind: 'Police' },
      staff.actor,
    );
    expect(decided).toMatchObject({
      traffickingStatus: 'actual',
      statusDecidedByKind: 'Police',
      statusDecidedByUserId: staff.user.id,
    });
    const closed = await store.cases.close(theCase.id, decided.version, { reason: 'reintegrated' }, staff.actor);
    expect(closed.closureReason).toBe('reintegrated');
    await expect(store.cases.close(theCase.id, closed.version, { reason: 'other' }, staff.actor)).rejects.toSatisfy(
      (e) => isStoreError(e, 'invalid_transition'),
    );
    const reopened = await store.cases.reopen(theCase.id, closed.version, staff.actor);
    expect(reopened).toMatchObject({
      closedAt: null,
      closureReason: null,
      workflowStage: 'reopened',
      reopenedCount: 1,
    });
    await expect(store.cases.update(theCase.id, 1, { riskLevel: 'high' }, staff.actor)).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    const history = await store.history.forRecord('cases', theCase.id);
    expect(history.filter((h) => h.field === 'traffickingStatus').map((h) => h.newValue)).toEqual([
      'possible',
      'actual',
    ]);
  });

  it('lists only the cases within the scope', async () => {
    const { store, staff, theCase } = await victimWithCase();
    const other = await victimWithCase();
    const ids = async (scope: Parameters<typeof store.cases.list>[0]['scope']) =>
      (await store.cases.list({ scope })).map((c) => c.id);
    expect(await ids({ kind: 'own', userId: staff.user.id })).toEqual([theCase.id]);
    expect(await ids({ kind: 'team', teamIds: [staff.team.id] })).toEqual([theCase.id]);
    expect(await ids({ kind: 'organisation', organisationId: other.staff.organisation.id })).toEqual([
      other.theCase.id,
    ]);
    expect(await ids({ kind: 'all' })).toEqual(expect.arrayContaining([theCase.id, other.theCase.id]));
    expect(await store.cases.isInScope(theCase.id, { kind: 'own', userId: other.staff.user.id })).toBe(false);
  });

  it('keeps the exploitation profile in HTCDS codes, including forced criminality in scam compounds', async () => {
    const { store, staff, theCase } = await victimWithCase();
    const profile = await store.exploitationProfiles.save(
      theCase.id,
      null,
      {
        exploitationTypes: ['ForcedLabour'],
        forcedLabourSectors: ['X_ForcedCriminalityScamCompound'],
        methodsOfControl: ['WithholdsDocuments', 'DebtBondage'],
        recruitmentMethods: ['ThroughAnOnlineAdvertisement'],
        recruitmentPlatforms: ['Telegram', 'Facebook'],
        recruiterRelationship: 'Acquainted',
        countryOfExploitation: 'MM',
        durationMonths: 7,
      },
      staff.actor,
    );
    expect(profile.forcedLabourSectors).toEqual(['X_ForcedCriminalityScamCompound']);
    const updated = await store.exploitationProfiles.save(theCase.id, 1, { durationMonths: 8 }, staff.actor);
    expect(updated).toMatchObject({ version: 2, durationMonths: 8, recruitmentPlatforms: ['Telegram', 'Facebook'] });
    await expect(
      store.exploitationProfiles.save(theCase.id, 2, { exploitationTypes: ['Slavery' as never] }, staff.actor),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
    await expect(
      store.exploitationProfiles.save(theCase.id, 2, { methodsOfControl: ['DebtBondage', 'DebtBondage'] }, staff.actor),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });

  it('records trafficking events and a screening with its suggested status', async () => {
    const { store, staff, theCase } = await victimWithCase();
    await store.traffickingEvents.add(
      { caseId: theCase.id, eventType: 'Recruitment', countryCode: 'KH', startedOn: '2025-01-10', place: 'a market' },
      staff.actor,
    );
    await store.traffickingEvents.add(
      {
        caseId: theCase.id,
        eventType: 'Exploitation',
        countryCode: 'MM',
        startedOn: '2025-02-01',
        endedOn: '2025-09-01',
      },
      staff.actor,
    );
    await expect(
      store.traffickingEvents.add(
        { caseId: theCase.id, eventType: 'Transit', startedOn: '2025-03-01', endedOn: '2025-02-01' },
        staff.actor,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
    expect((await store.traffickingEvents.listForCase(theCase.id)).map((e) => e.eventType)).toEqual([
      'Recruitment',
      'Exploitation',
    ]);
    const screening = await store.screenings.submit(
      {
        caseId: theCase.id,
        screenedOn: '2025-09-10',
        subjectIsChild: true,
        answers: { deception: 'yes', recruited_transported_or_received_for_exploitation: 'yes' },
        notes: { deception: 'was promised a hotel job' },
      },
      staff.actor,
    );
    expect(screening).toMatchObject({ suggestedStatus: 'actual', notes: { deception: 'was promised a hotel job' } });
    await expect(
      store.screenings.submit(
        {
          caseId: theCase.id,
          screenedOn: '2025-09-10',
          subjectIsChild: false,
          answers: { deception: 'maybe' as never },
        },
        staff.actor,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });

  it('refers only with consent (or an override with a reason) and enforces the referral life cycle', async () => {
    const { store, staff, person, theCase } = await victimWithCase();
    const shelter = await createOrganisationWithCaseWorker(store, 'shelter');
    const base = {
      caseId: theCase.id,
      fromOrganisationId: staff.organisation.id,
      toOrganisationId: shelter.organisation.id,
      serviceType: 'safehouse' as const,
    };
    await expect(store.referrals.make(base, staff.actor)).rejects.toSatisfy((e) => isStoreError(e, 'consent_required'));
    const consent = await store.consents.record(
      {
        personId: person.id,
        purpose: 'disclosure_to_organisation',
        organisationId: shelter.organisation.id,
        legalBasis: 'consent',
        givenBy: 'parent_or_guardian',
        givenOn: '2025-09-01',
      },
      staff.actor,
    );
    const referral = await store.referrals.make(base, staff.actor);
    expect(referral).toMatchObject({ status: 'in_progress', consentId: consent.id });
    await expect(store.referrals.transition(referral.id, 1, { status: 'done' }, shelter.actor)).rejects.toSatisfy((e) =>
      isStoreError(e, 'invalid_transition'),
    );
    const accepted = await store.referrals.transition(referral.id, 1, { status: 'accepted' }, shelter.actor);
    expect(accepted.acceptedAt).not.toBeNull();
    const done = await store.referrals.transition(referral.id, 2, { status: 'done' }, shelter.actor);
    expect(done.status).toBe('done');
    await expect(
      store.referrals.transition(referral.id, 3, { status: 'revoked', reason: 'too late' }, staff.actor),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_transition'));
    const second = await store.referrals.make({ ...base, serviceType: 'health_medical' }, staff.actor);
    await expect(store.referrals.transition(second.id, 1, { status: 'rejected' }, shelter.actor)).rejects.toSatisfy(
      (e) => isStoreError(e, 'invalid_input'),
    );
    await store.consents.withdraw(consent.id, 1, new Date().toISOString().slice(0, 10), staff.actor);
    await expect(store.referrals.make(base, staff.actor)).rejects.toSatisfy((e) => isStoreError(e, 'consent_required'));
    const overridden = await store.referrals.make(
      { ...base, consentOverride: { reason: 'life-threatening situation, shelter needed tonight' } },
      staff.actor,
    );
    expect(overridden).toMatchObject({
      consentId: null,
      consentOverrideReason: 'life-threatening situation, shelter needed tonight',
    });
    expect((await store.referrals.listIncoming({ toOrganisationId: shelter.organisation.id })).length).toBe(3);
  });

  it('keeps notes, tasks and attachments, the attachment bytes encrypted and checked', async () => {
    const { store, staff, theCase } = await victimWithCase();
    const note = await store.notes.add(theCase.id, HOSTILE_STRINGS[0] ?? '', staff.actor);
    expect((await store.notes.listForCase(theCase.id))[0]?.body).toBe(note.body);
    const task = await store.tasks.create(
      { caseId: theCase.id, title: 'Call the family', dueOn: '2025-10-01', assignedUserId: staff.user.id },
      staff.actor,
    );
    expect((await store.tasks.listOpenForUser(staff.user.id)).map((t) => t.id)).toEqual([task.id]);
    const done = await store.tasks.update(task.id, 1, { status: 'done' }, staff.actor);
    expect(done.completedAt).not.toBeNull();
    const bytes = new TextEncoder().encode('%PDF-1.4 fictional statement of Sokha');
    const attachment = await store.attachments.add(
      { caseId: theCase.id, fileName: 'statement.pdf', mimeType: 'application/pdf', content: bytes },
      staff.actor,
    );
    expect(attachment.sizeBytes).toBe(bytes.byteLength);
    expect(await store.attachments.readContent(attachment.id)).toEqual(bytes);
    const raw = JSON.stringify(await store.db.selectFrom('attachments').selectAll().execute());
    expect(raw).not.toContain('Sokha');
    expect(raw).not.toContain('statement.pdf');
    await expect(
      store.attachments.add(
        { caseId: theCase.id, fileName: 'x.html', mimeType: 'text/html' as never, content: bytes },
        staff.actor,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
    await expect(
      store.attachments.add(
        {
          caseId: theCase.id,
          fileName: 'big.pdf',
          mimeType: 'application/pdf',
          content: new Uint8Array(10 * 1024 * 1024 + 1),
        },
        staff.actor,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });

  it('links a person and a report that share a phone number', async () => {
    const { store, person } = await victimWithCase();
    const { report } = await store.reports.create(
      { kind: 'hotline_call', channel: 'hotline', identifiers: [{ type: 'phone', value: '012 000 111' }] },
      SYSTEM,
    );
    const matches = await store.persons.findSharingIdentifiers(person.id);
    expect(matches).toContainEqual(expect.objectContaining({ ownerTable: 'reports', ownerId: report.id }));
    const byDocument = await store.reports.findByIdentifier({ type: 'document', value: 'fict 0001' });
    expect(byDocument).toContainEqual(expect.objectContaining({ ownerTable: 'persons', ownerId: person.id }));
  });

  it('seeds the 25 provinces of Cambodia and grows the tree below them', async () => {
    const store = getStore();
    const provinces = await store.locations.provinces();
    expect(provinces).toHaveLength(25);
    const phnomPenh = provinces.find((p) => p.code === '12');
    expect(phnomPenh).toMatchObject({ nameLatin: 'Phnom Penh', nameLocal: 'ភ្នំពេញ' });
    const district = await store.locations.add(
      { parentId: phnomPenh?.id ?? '', code: '1299', nameLatin: 'Fictional district' },
      SYSTEM,
    );
    expect(district.level).toBe('district');
    await expect(
      store.locations.add({ parentId: phnomPenh?.id ?? '', code: '0999', nameLatin: 'Wrong' }, SYSTEM),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });

  it('stores an injection string verbatim in every text field of a person, a case and its details', async () => {
    const store = getStore();
    const staff = await createOrganisationWithCaseWorker(store);
    for (const hostile of HOSTILE_STRINGS) {
      const person = await store.persons.create(
        {
          personKind: 'victim',
          organisationId: staff.organisation.id,
          givenNameLatin: hostile,
          familyNameLatin: hostile,
          nameLocal: hostile,
          aliases: [hostile],
          phones: [hostile],
          identityDocuments: [{ type: 'other', number: hostile }],
          onlineIdentifiers: [{ type: 'handle', value: hostile }],
          address: hostile,
          contactDetails: hostile,
          description: hostile,
        },
        staff.actor,
      );
      expect(await store.persons.get(person.id)).toMatchObject({
        givenNameLatin: hostile,
        familyNameLatin: hostile,
        nameLocal: hostile,
        aliases: [hostile],
        phones: [hostile],
        identityDocuments: [{ number: hostile }],
        address: hostile,
        description: hostile,
      });
      const theCase = await store.cases.create(
        {
          victimPersonId: person.id,
          organisationId: staff.organisation.id,
          summary: hostile,
          provinceCode: hostile.slice(0, 20),
        },
        staff.actor,
      );
      expect((await store.cases.get(theCase.id)).summary).toBe(hostile);
      const closed = await store.cases.close(theCase.id, 1, { reason: 'other', note: hostile }, staff.actor);
      expect(closed.closureNote).toBe(hostile);
      const event = await store.traffickingEvents.add(
        { caseId: theCase.id, eventType: 'Transit', place: hostile, description: hostile },
        staff.actor,
      );
      expect(event).toMatchObject({ place: hostile, description: hostile });
      const task = await store.tasks.create({ caseId: theCase.id, title: hostile }, staff.actor);
      expect(task.title).toBe(hostile);
    }
    expect((await store.locations.provinces()).length).toBe(25);
  });

  it('reports a reference to a record that does not exist as invalid input', async () => {
    const store = getStore();
    const missing = '00000000-0000-4000-8000-000000000000';
    await expect(store.persons.create({ personKind: 'victim', organisationId: missing }, SYSTEM)).rejects.toSatisfy(
      (e) => isStoreError(e, 'invalid_input'),
    );
    await expect(store.notes.add(missing, 'note', SYSTEM)).rejects.toSatisfy((e) => isStoreError(e, 'not_found'));
  });

  it('rejects a 1 MB name and stores hostile names verbatim', async () => {
    const store = getStore();
    const staff = await createOrganisationWithCaseWorker(store);
    await expect(
      store.persons.create(
        { personKind: 'victim', organisationId: staff.organisation.id, givenNameLatin: 'n'.repeat(1_000_000) },
        staff.actor,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input') && e.message.includes('givenNameLatin'));
    for (const hostile of HOSTILE_STRINGS) {
      const p = await store.persons.create(
        { personKind: 'suspect', organisationId: staff.organisation.id, givenNameLatin: hostile, aliases: [hostile] },
        staff.actor,
      );
      expect(await store.persons.get(p.id)).toMatchObject({ givenNameLatin: hostile, aliases: [hostile] });
    }
    await expect(
      store.persons.create(
        { personKind: 'victim', organisationId: staff.organisation.id, sex: 'F' as never },
        staff.actor,
      ),
    ).rejects.toSatisfy((e) => isStoreError(e, 'invalid_input'));
  });
});

describe('ageOn', () => {
  it('uses the estimated age when there is no birth date', () => {
    expect(ageOn({ birthDate: null, estimatedAge: 14, estimatedAgeOn: '2024-01-01' }, '2025-06-01')).toBe(15);
    expect(ageOn({ birthDate: null, estimatedAge: null, estimatedAgeOn: null }, '2025-06-01')).toBeNull();
  });
});
