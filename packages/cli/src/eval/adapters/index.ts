import type { DatasetAdapter } from '../dataset.ts';
import { emscadFraudulent } from './emscad-fraudulent.ts';
import { idSmsBopbi } from './id-sms-bopbi.ts';
import { idSmsWibisono } from './id-sms-wibisono.ts';
import { mendeleySmishing } from './mendeley-smishing.ts';
import { thSmsScamguard } from './th-sms-scamguard.ts';
import { uciSmsSpam } from './uci-sms-spam.ts';
import { viSmishingGgsheet } from './vi-smishing-ggsheet.ts';

/** The public datasets `raksa eval --dataset NAME` can read from the shared eval directory. */
export const ADAPTERS: readonly DatasetAdapter[] = [
  uciSmsSpam,
  mendeleySmishing,
  idSmsWibisono,
  idSmsBopbi,
  thSmsScamguard,
  viSmishingGgsheet,
  emscadFraudulent,
];

export function findAdapter(name: string): DatasetAdapter | undefined {
  return ADAPTERS.find((adapter) => adapter.name === name);
}
