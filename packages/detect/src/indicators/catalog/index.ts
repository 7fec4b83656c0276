import type { Indicator } from '../schema.ts';
import { indicators as childSexualExploitation } from './child-sexual-exploitation.ts';
import { indicators as context } from './context.ts';
import { indicators as grooming } from './grooming.ts';
import { indicators as organTrafficking } from './organ-trafficking.ts';
import { indicators as predatoryLoan } from './predatory-loan.ts';
import { indicators as recruitmentFraud } from './recruitment-fraud.ts';
import { indicators as recruitmentJobBoard } from './recruitment-job-board.ts';
import { indicators as romanceLure } from './romance-lure.ts';
import { indicators as scam } from './scam.ts';
import { indicators as scamMessaging } from './scam-messaging.ts';
import { indicators as sextortion } from './sextortion.ts';
import { indicators as smuggling } from './smuggling.ts';
import { indicators as surrogacyAdoption } from './surrogacy-adoption.ts';
import { indicators as victimDistress } from './victim-distress.ts';

/** The whole reviewed catalogue, one file per harm plus counter-evidence (`context.ts`). */
export const CATALOG: readonly Indicator[] = [
  ...recruitmentFraud,
  ...recruitmentJobBoard,
  ...smuggling,
  ...scam,
  ...scamMessaging,
  ...predatoryLoan,
  ...grooming,
  ...childSexualExploitation,
  ...sextortion,
  ...romanceLure,
  ...victimDistress,
  ...organTrafficking,
  ...surrogacyAdoption,
  ...context,
];
