import type { OrganisationKind, Role } from '@raksa/store';

/**
 * The demo's organisations, teams and users: a small but complete anti-trafficking system for one
 * country. Every name is invented; every phone is in the fictional range (fictional-identifiers.ts);
 * the e-mail domains are under `.example` (RFC 2606), which cannot exist.
 */
export type DemoOrganisationKey =
  | 'secretariat'
  | 'social_affairs'
  | 'police'
  | 'hotline'
  | 'lotus_shelter'
  | 'bright_path'
  | 'legal_aid'
  | 'hospital'
  | 'court';

export interface DemoOrganisation {
  readonly key: DemoOrganisationKey;
  readonly name: string;
  readonly shortName: string;
  readonly kind: OrganisationKind;
  readonly provinceCode: string;
  readonly phone: string;
  readonly email: string;
  readonly teams: readonly string[];
}

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  {
    key: 'secretariat',
    name: 'National Anti-Trafficking Secretariat (demo)',
    shortName: 'NATS',
    kind: 'government',
    provinceCode: '12',
    phone: '+855 96 555 0100',
    email: 'secretariat@nats.example',
    teams: ['Coordination', 'Data and reporting'],
  },
  {
    key: 'social_affairs',
    name: 'Banteay Meanchey Department of Social Affairs (demo)',
    shortName: 'DoSA-BMC',
    kind: 'government',
    provinceCode: '01',
    phone: '+855 96 555 0101',
    email: 'contact@dosa-bmc.example',
    teams: ['Poipet border intake', 'Reintegration'],
  },
  {
    key: 'police',
    name: 'Police Anti-Trafficking Unit (demo)',
    shortName: 'PATU',
    kind: 'police',
    provinceCode: '12',
    phone: '+855 96 555 0102',
    email: 'duty@patu.example',
    teams: ['Investigations Phnom Penh', 'Investigations Preah Sihanouk'],
  },
  {
    key: 'hotline',
    name: 'Safe Call Hotline (demo)',
    shortName: 'Safe Call',
    kind: 'hotline',
    provinceCode: '12',
    phone: '+855 96 555 0103',
    email: 'help@safecall.example',
    teams: ['Day shift', 'Night shift'],
  },
  {
    key: 'lotus_shelter',
    name: 'Lotus Harbour Shelter (demo)',
    shortName: 'Lotus Harbour',
    kind: 'shelter',
    provinceCode: '12',
    phone: '+855 96 555 0104',
    email: 'office@lotusharbour.example',
    teams: ['Case management', 'Aftercare'],
  },
  {
    key: 'bright_path',
    name: 'Bright Path Children’s Refuge (demo)',
    shortName: 'Bright Path',
    kind: 'shelter',
    provinceCode: '17',
    phone: '+855 96 555 0105',
    email: 'office@brightpath.example',
    teams: ['Children’s case management'],
  },
  {
    key: 'legal_aid',
    name: 'Mekong Legal Aid Collective (demo)',
    shortName: 'MLAC',
    kind: 'legal_aid',
    provinceCode: '12',
    phone: '+855 96 555 0106',
    email: 'intake@mlac.example',
    teams: ['Victim representation'],
  },
  {
    key: 'hospital',
    name: 'Riverside Provincial Hospital (demo)',
    shortName: 'Riverside Hospital',
    kind: 'health',
    provinceCode: '18',
    phone: '+855 96 555 0107',
    email: 'socialwork@riverside-hospital.example',
    teams: ['Social work'],
  },
  {
    key: 'court',
    name: 'Preah Sihanouk Provincial Court (demo)',
    shortName: 'PSH Court',
    kind: 'court',
    provinceCode: '18',
    phone: '+855 96 555 0108',
    email: 'registry@psh-court.example',
    teams: ['Registry'],
  },
];

export interface DemoUser {
  readonly login: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organisation: DemoOrganisationKey;
  readonly team: string | null;
  /** Fixed and printed by `raksa serve --demo`: these accounts exist to be tried. */
  readonly password: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    login: 'admin',
    displayName: 'Sok Vannak',
    role: 'system_admin',
    organisation: 'secretariat',
    team: 'Coordination',
    password: 'demo-admin-Lotus-4812',
  },
  {
    login: 'orgadmin.lotus',
    displayName: 'Chea Channary',
    role: 'org_admin',
    organisation: 'lotus_shelter',
    team: null,
    password: 'demo-orgadmin-Heron-2291',
  },
  {
    login: 'supervisor.lotus',
    displayName: 'Keo Sophea',
    role: 'supervisor',
    organisation: 'lotus_shelter',
    team: 'Case management',
    password: 'demo-supervisor-Mango-7304',
  },
  {
    login: 'supervisor.dosa',
    displayName: 'Meas Sambath',
    role: 'supervisor',
    organisation: 'social_affairs',
    team: 'Poipet border intake',
    password: 'demo-supervisor-Kite-5518',
  },
  {
    login: 'worker.sokha',
    displayName: 'Heng Sokha',
    role: 'case_worker',
    organisation: 'lotus_shelter',
    team: 'Case management',
    password: 'demo-worker-River-3847',
  },
  {
    login: 'worker.dalin',
    displayName: 'Ly Dalin',
    role: 'case_worker',
    organisation: 'lotus_shelter',
    team: 'Aftercare',
    password: 'demo-worker-Cloud-9120',
  },
  {
    login: 'worker.bopha',
    displayName: 'Prak Bopha',
    role: 'case_worker',
    organisation: 'social_affairs',
    team: 'Poipet border intake',
    password: 'demo-worker-Pepper-6632',
  },
  {
    login: 'worker.rithy',
    displayName: 'Touch Rithy',
    role: 'case_worker',
    organisation: 'social_affairs',
    team: 'Reintegration',
    password: 'demo-worker-Bamboo-1459',
  },
  {
    login: 'worker.chenda',
    displayName: 'Mao Chenda',
    role: 'case_worker',
    organisation: 'bright_path',
    team: 'Children’s case management',
    password: 'demo-worker-Orchid-8075',
  },
  {
    login: 'worker.veasna',
    displayName: 'Ouk Veasna',
    role: 'case_worker',
    organisation: 'bright_path',
    team: 'Children’s case management',
    password: 'demo-worker-Tamarind-2716',
  },
  {
    login: 'hotline.malis',
    displayName: 'Phan Malis',
    role: 'hotline_operator',
    organisation: 'hotline',
    team: 'Day shift',
    password: 'demo-hotline-Sunrise-4390',
  },
  {
    login: 'hotline.visal',
    displayName: 'Yim Visal',
    role: 'hotline_operator',
    organisation: 'hotline',
    team: 'Night shift',
    password: 'demo-hotline-Lantern-6021',
  },
  {
    login: 'investigator.kosal',
    displayName: 'Long Kosal',
    role: 'investigator',
    organisation: 'police',
    team: 'Investigations Phnom Penh',
    password: 'demo-investigator-Falcon-3158',
  },
  {
    login: 'investigator.piseth',
    displayName: 'Hem Piseth',
    role: 'investigator',
    organisation: 'police',
    team: 'Investigations Preah Sihanouk',
    password: 'demo-investigator-Harbor-7742',
  },
  {
    login: 'recipient.lotus',
    displayName: 'Kim Rachana',
    role: 'referral_recipient',
    organisation: 'lotus_shelter',
    team: 'Aftercare',
    password: 'demo-recipient-Jasmine-5263',
  },
  {
    login: 'recipient.legal',
    displayName: 'Sam Rotha',
    role: 'referral_recipient',
    organisation: 'legal_aid',
    team: 'Victim representation',
    password: 'demo-recipient-Scales-1894',
  },
  {
    login: 'recipient.hospital',
    displayName: 'Pich Leakhena',
    role: 'referral_recipient',
    organisation: 'hospital',
    team: 'Social work',
    password: 'demo-recipient-Lotusleaf-6407',
  },
  {
    login: 'analyst.theary',
    displayName: 'Chan Theary',
    role: 'analyst',
    organisation: 'secretariat',
    team: 'Data and reporting',
    password: 'demo-analyst-Compass-9531',
  },
];

/** Case workers, by the organisation whose cases they own. */
export function caseWorkersOf(organisation: DemoOrganisationKey): DemoUser[] {
  return DEMO_USERS.filter((user) => user.organisation === organisation && user.role === 'case_worker');
}
