import {
  caseRiskLevels,
  childIndicators,
  closureReasons,
  codeLists,
  consentGivers,
  consentPurposes,
  iloForcedLabourIndicators,
  legalBases,
  traffickingStatuses,
  workflowStages,
} from '@raksa/store';
import { describe, expect, it } from 'vitest';
import * as codes from './case-codes.ts';
import { caseEn } from './case-strings-en.ts';
import { caseKm } from './case-strings-km.ts';
import { caseViewTitle } from './case-view-title.ts';

describe('the case workspace code lists', () => {
  it('are the store’s lists, in the same order (the web app cannot import the store)', () => {
    expect(codes.TRAFFICKING_STATUSES).toEqual(traffickingStatuses);
    expect(codes.WORKFLOW_STAGES).toEqual(workflowStages);
    expect(codes.CHOOSABLE_STAGES).toEqual(workflowStages.filter((stage) => stage !== 'reopened'));
    expect(codes.CASE_RISK_LEVELS).toEqual(caseRiskLevels);
    expect(codes.CLOSURE_REASONS).toEqual(closureReasons);
    expect(codes.STATUS_DECIDER_KINDS).toEqual(codeLists.statusDeciderKinds);
    expect(codes.SEXES).toEqual(codeLists.sexes);
    expect(codes.GENDERS).toEqual(codeLists.genders);
    expect(codes.IDENTITY_DOCUMENT_TYPES).toEqual(codeLists.identityDocumentTypes);
    expect(codes.CONSENT_PURPOSES).toEqual(consentPurposes);
    expect(codes.LEGAL_BASES).toEqual(legalBases);
    expect(codes.CONSENT_GIVERS).toEqual(consentGivers);
    expect(codes.ILO_INDICATORS).toEqual(iloForcedLabourIndicators);
    expect(codes.CHILD_INDICATORS).toEqual(childIndicators);
    expect(codes.EXPLOITATION_TYPES).toEqual(codeLists.exploitationTypes);
    expect(codes.FORCED_LABOUR_SECTORS).toEqual(codeLists.forcedLabourSectors);
    expect(codes.SEX_EXPLOITATION_TYPES).toEqual(codeLists.sexExploitationTypes);
    expect(codes.METHODS_OF_CONTROL).toEqual(codeLists.methodsOfControl);
    expect(codes.RECRUITMENT_METHODS).toEqual(codeLists.recruitmentMethods);
    expect(codes.RECRUITMENT_PLATFORMS).toEqual(codeLists.recruitmentPlatforms);
    expect(codes.RECRUITER_RELATIONSHIPS).toEqual(codeLists.recruiterRelationships);
  });

  it.each([
    ['en', caseEn],
    ['km', caseKm],
  ] as const)('have a label for every code, and only for codes (%s)', (_language, strings) => {
    const pairs: [readonly string[], Readonly<Record<string, string>>][] = [
      [codes.WORKFLOW_STAGES, strings.codes.stages],
      [codes.CASE_RISK_LEVELS, strings.codes.risks],
      [codes.TRAFFICKING_STATUSES, strings.codes.traffickingStatuses],
      [codes.STATUS_DECIDER_KINDS, strings.codes.deciders],
      [codes.CLOSURE_REASONS, strings.codes.closureReasons],
      [codes.SEXES, strings.codes.sexes],
      [codes.GENDERS, strings.codes.genders],
      [codes.IDENTITY_DOCUMENT_TYPES, strings.codes.documentTypes],
      [codes.CONSENT_PURPOSES, strings.codes.purposes],
      [codes.LEGAL_BASES, strings.codes.legalBases],
      [codes.CONSENT_GIVERS, strings.codes.givers],
      [codes.EXPLOITATION_TYPES, strings.codes.exploitationTypes],
      [codes.FORCED_LABOUR_SECTORS, strings.codes.sectors],
      [codes.SEX_EXPLOITATION_TYPES, strings.codes.sexExploitationTypes],
      [codes.METHODS_OF_CONTROL, strings.codes.methodsOfControl],
      [codes.RECRUITMENT_METHODS, strings.codes.recruitmentMethods],
      [codes.RECRUITMENT_PLATFORMS, strings.codes.platforms],
      [codes.RECRUITER_RELATIONSHIPS, strings.codes.relationships],
      [[...codes.ILO_INDICATORS, ...codes.CHILD_INDICATORS], strings.screening.indicators],
    ];
    for (const [list, labels] of pairs) {
      expect(Object.keys(labels).sort()).toEqual([...list].sort());
      for (const code of list) expect(labels[code]?.trim()).not.toBe('');
    }
  });

  it('has Khmer, not English, in the Khmer labels of the indicators and the exploitation types', () => {
    const khmer = /[\u1780-\u17FF]/u;
    for (const label of Object.values(caseKm.screening.indicators)) expect(label).toMatch(khmer);
    for (const label of Object.values(caseKm.codes.exploitationTypes)) expect(label).toMatch(khmer);
    for (const label of Object.values(caseKm.codes.sectors)) expect(label).toMatch(khmer);
  });

  it('names the menu entry with the list’s own title in both languages', () => {
    expect(caseViewTitle('en')).toBe(caseEn.list.title);
    expect(caseViewTitle('km')).toBe(caseKm.list.title);
  });
});
