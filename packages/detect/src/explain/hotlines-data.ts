import type { Hotline } from '../types.ts';

/**
 * Help lines shown with a result, by country (ISO 3166-1 alpha-2). Entries with country `ZZ`
 * (the ISO code reserved for "unknown / user-assigned") are international services that apply
 * wherever the reader is; show them in addition to the reader's country.
 *
 * Only services we are confident are real and current are listed; each carries the source it is
 * known from. Numbers are dialled locally inside the country. Review this list at least yearly:
 * hotlines change, and a dead number in a crisis is worse than none.
 *
 * Deliberately not listed (not confident enough of a current, public number): dedicated
 * anti-trafficking lines in Myanmar and Laos, Vietnam's overseas-labour hotline, Indonesia's
 * KP2MI (ex-BP2MI) crisis line, and Bantay Bata 163 in the Philippines.
 */
export const HOTLINES: Hotline[] = [
  // ── Cambodia ────────────────────────────────────────────────────────────────────────────────
  {
    // Child Helpline Cambodia (childhelplinecambodia.org): free 24-hour phone and SMS counselling
    // for children and young people up to 25; 24 hours since March 2013.
    country: 'KH',
    name: 'Child Helpline Cambodia',
    number: '1280',
    url: 'https://childhelplinecambodia.org',
    harms: ['grooming', 'sextortion', 'child_sexual_exploitation', 'victim_distress', 'recruitment_fraud'],
    hours: '24/7',
  },
  {
    // Cambodian National Police anti-human-trafficking and juvenile protection hotline, as
    // published in national counter-trafficking (NCCT) awareness material.
    country: 'KH',
    name: 'National Police anti-human-trafficking hotline',
    number: '1288',
    harms: [
      'recruitment_fraud',
      'smuggling',
      'organ_trafficking',
      'surrogacy_adoption',
      'child_sexual_exploitation',
      'victim_distress',
    ],
  },
  {
    // Cambodian National Police emergency number; since August 2022 also the announced line for
    // reporting illegal detention in scam compounds, in Khmer, English, Chinese and Vietnamese
    // (National Police announcement reported by VietnamPlus, 31 Aug 2022). Free, works with zero
    // credit.
    country: 'KH',
    name: 'National Police (emergency, illegal detention)',
    number: '117',
    harms: 'all',
    hours: '24/7',
  },

  // ── Thailand ────────────────────────────────────────────────────────────────────────────────
  {
    // Prachabodi Center 1300, Ministry of Social Development and Human Security: social
    // assistance, human trafficking, child abuse, domestic violence.
    country: 'TH',
    name: 'Prachabodi Center 1300 (Ministry of Social Development and Human Security)',
    number: '1300',
    harms: [
      'recruitment_fraud',
      'smuggling',
      'organ_trafficking',
      'surrogacy_adoption',
      'grooming',
      'sextortion',
      'child_sexual_exploitation',
      'victim_distress',
      'romance_lure',
    ],
    hours: '24/7',
  },
  {
    // Anti Online Scam Operation Center (AOC) hotline 1441, opened 2023 under the Ministry of
    // Digital Economy and Society with the Royal Thai Police.
    country: 'TH',
    name: 'Anti Online Scam Operation Center (AOC)',
    number: '1441',
    harms: ['scam', 'romance_lure', 'predatory_loan', 'sextortion'],
    hours: '24/7',
  },
  {
    // Department of Employment hotline 1694 (Ministry of Labour, mol.go.th news "1694"):
    // job-seeker and migrant-worker information, fake overseas job offers.
    country: 'TH',
    name: 'Department of Employment hotline',
    number: '1694',
    harms: ['recruitment_fraud'],
  },
  {
    // Royal Thai Police emergency number.
    country: 'TH',
    name: 'Police emergency',
    number: '191',
    harms: 'all',
    hours: '24/7',
  },

  // ── Philippines ─────────────────────────────────────────────────────────────────────────────
  {
    // 1343 Actionline Against Human Trafficking, Inter-Agency Council Against Trafficking (IACAT);
    // cited in Bureau of Immigration advisories on scam hubs (Radyo Pilipinas, Feb 2025). From a
    // mobile phone outside Metro Manila dial (02) 1343.
    country: 'PH',
    name: 'IACAT 1343 Actionline Against Human Trafficking',
    number: '1343',
    harms: [
      'recruitment_fraud',
      'smuggling',
      'organ_trafficking',
      'surrogacy_adoption',
      'child_sexual_exploitation',
      'victim_distress',
    ],
  },
  {
    // Department of Migrant Workers hotline 1348 (dmw.gov.ph; "Hotline 1348, available 24/7"
    // in public guides on reporting illegal recruitment). Licensed agencies can be checked at
    // dmw.gov.ph/licensed-recruitment-agencies.
    country: 'PH',
    name: 'Department of Migrant Workers (DMW)',
    number: '1348',
    url: 'https://dmw.gov.ph/licensed-recruitment-agencies',
    harms: ['recruitment_fraud', 'victim_distress', 'smuggling'],
    hours: '24/7',
  },
  {
    // Inter-Agency Response Center hotline 1326, run by the Cybercrime Investigation and
    // Coordinating Center (CICC, DICT); toll-free, round the clock (CICC statements, 2024-2025).
    country: 'PH',
    name: 'CICC Inter-Agency Response Center (scams and cybercrime)',
    number: '1326',
    harms: ['scam', 'romance_lure', 'sextortion', 'predatory_loan'],
    hours: '24/7',
  },
  {
    // National emergency hotline.
    country: 'PH',
    name: 'Emergency 911',
    number: '911',
    harms: 'all',
    hours: '24/7',
  },

  // ── Indonesia ───────────────────────────────────────────────────────────────────────────────
  {
    // SAPA 129 (Sahabat Perempuan dan Anak), Ministry of Women's Empowerment and Child Protection
    // (KemenPPPA): violence against women and children, trafficking.
    country: 'ID',
    name: 'SAPA 129 (KemenPPPA)',
    number: '129',
    harms: [
      'grooming',
      'sextortion',
      'child_sexual_exploitation',
      'victim_distress',
      'recruitment_fraud',
      'surrogacy_adoption',
    ],
  },
  {
    // Kontak OJK 157, Financial Services Authority: checking whether a lender is licensed and
    // reporting illegal online lenders (pinjol ilegal).
    country: 'ID',
    name: 'Kontak OJK 157 (Financial Services Authority)',
    number: '157',
    harms: ['predatory_loan', 'scam'],
  },
  {
    // Indonesian National Police emergency number.
    country: 'ID',
    name: 'Police emergency',
    number: '110',
    harms: 'all',
    hours: '24/7',
  },

  // ── Vietnam ─────────────────────────────────────────────────────────────────────────────────
  {
    // Tổng đài quốc gia bảo vệ trẻ em 111: national child protection hotline, free, 24/7.
    country: 'VN',
    name: 'National Child Protection Hotline 111',
    number: '111',
    harms: ['grooming', 'sextortion', 'child_sexual_exploitation', 'victim_distress'],
    hours: '24/7',
  },
  {
    // Police emergency number.
    country: 'VN',
    name: 'Police emergency',
    number: '113',
    harms: 'all',
    hours: '24/7',
  },

  // ── Malaysia ────────────────────────────────────────────────────────────────────────────────
  {
    // Talian Kasih 15999, Ministry of Women, Family and Community Development: abuse, violence,
    // trafficking, children in distress.
    country: 'MY',
    name: 'Talian Kasih 15999',
    number: '15999',
    harms: ['grooming', 'sextortion', 'child_sexual_exploitation', 'victim_distress', 'recruitment_fraud'],
    hours: '24/7',
  },
  {
    // National Scam Response Centre (NSRC) 997: report a scam transfer at once so funds can be
    // frozen; 24 hours since 2025 (Home Ministry / NSRC statements reported by Malay Mail, 2026).
    country: 'MY',
    name: 'National Scam Response Centre (NSRC)',
    number: '997',
    harms: ['scam', 'romance_lure', 'predatory_loan', 'sextortion'],
    hours: '24/7',
  },
  {
    // National emergency number.
    country: 'MY',
    name: 'Emergency 999',
    number: '999',
    harms: 'all',
    hours: '24/7',
  },

  // ── China ───────────────────────────────────────────────────────────────────────────────────
  {
    // Police emergency number (110).
    country: 'CN',
    name: '公安报警电话 Police emergency',
    number: '110',
    harms: 'all',
    hours: '24/7',
  },
  {
    // 96110 anti-fraud warning and advice line of the public security organs; a call from 96110
    // is a real police warning and should be answered.
    country: 'CN',
    name: '96110 反诈预警劝阻专线 Anti-fraud line',
    number: '96110',
    harms: ['scam', 'romance_lure', 'recruitment_fraud', 'predatory_loan'],
  },

  // ── Myanmar ─────────────────────────────────────────────────────────────────────────────────
  {
    // Myanmar Police Force emergency number 199 (fire is 191, ambulance 192). Only the police
    // emergency number is listed: we could not confirm a current, reachable anti-trafficking line.
    country: 'MM',
    name: 'Police emergency',
    number: '199',
    harms: 'all',
  },

  // ── Laos ────────────────────────────────────────────────────────────────────────────────────
  {
    // Lao police emergency number 1191 (Government Hotline and Police Command Center, Ministry of
    // Public Security, Xinhua 2016; also listed by the Chinese embassy in Vientiane with fire
    // 1190 and ambulance 1195). Only the police number is listed: we could not confirm a current
    // dedicated anti-trafficking line.
    country: 'LA',
    name: 'Police emergency',
    number: '1191',
    harms: 'all',
  },

  // ── United States (where many sextortion and romance-scam targets live) ──────────────────────
  {
    // NCMEC call centre 1-800-THE-LOST.
    country: 'US',
    name: 'National Center for Missing & Exploited Children (NCMEC)',
    number: '1-800-843-5678',
    url: 'https://report.cybertip.org',
    harms: ['grooming', 'sextortion', 'child_sexual_exploitation'],
    hours: '24/7',
  },
  {
    // FBI Internet Crime Complaint Center.
    country: 'US',
    name: 'FBI Internet Crime Complaint Center (IC3)',
    url: 'https://www.ic3.gov',
    harms: ['scam', 'romance_lure', 'sextortion', 'recruitment_fraud'],
  },

  // ── International (online, any country) ─────────────────────────────────────────────────────
  {
    // NCMEC CyberTipline: reports of online child sexual exploitation from anywhere; NCMEC
    // refers them to the police of the country concerned.
    country: 'ZZ',
    name: 'NCMEC CyberTipline',
    url: 'https://report.cybertip.org',
    harms: ['grooming', 'sextortion', 'child_sexual_exploitation'],
  },
  {
    // Take It Down (NCMEC): helps remove nude or sexual images taken when the person was under
    // 18; the image is fingerprinted on the person's own device and never uploaded.
    country: 'ZZ',
    name: 'Take It Down (images of under-18s)',
    url: 'https://takeitdown.ncmec.org',
    harms: ['sextortion', 'child_sexual_exploitation', 'grooming'],
  },
  {
    // StopNCII.org (operated by SWGfL / Revenge Porn Helpline): blocks intimate images of adults
    // on participating platforms using on-device hashes.
    country: 'ZZ',
    name: 'StopNCII.org (intimate images of adults)',
    url: 'https://stopncii.org',
    harms: ['sextortion'],
  },
];
