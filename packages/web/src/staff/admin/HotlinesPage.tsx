import { HARM_LABELS, type Harm } from '@raksa/detect';
import { useEffect, useState } from 'react';
import { HOTLINE_COUNTRIES } from '../../check/countries.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { StaffApiError } from '../staff-api.ts';
import type { AdminApi, Hotline } from './admin-api.ts';
import { AdminError, asStaffError } from './AdminError.tsx';
import { useAdminStrings } from './use-admin-strings.ts';

/** The code the engine gives international services (shown with every country). */
const INTERNATIONAL = 'ZZ';

export interface HotlineGroup {
  country: string;
  hotlines: Hotline[];
}

/**
 * One group per country asked (its own lines only), then the international lines once, however
 * many countries' answers repeat them.
 */
export function groupHotlines(answers: readonly { country: string; hotlines: readonly Hotline[] }[]): HotlineGroup[] {
  const international = new Map<string, Hotline>();
  const groups = answers.map(({ country, hotlines }) => {
    for (const hotline of hotlines) {
      if (hotline.country === INTERNATIONAL) international.set(`${hotline.name}|${hotline.number ?? ''}`, hotline);
    }
    return { country, hotlines: hotlines.filter((hotline) => hotline.country === country) };
  });
  return international.size === 0
    ? groups
    : [...groups, { country: INTERNATIONAL, hotlines: [...international.values()] }];
}

function HotlineTable({ group, title }: { group: HotlineGroup; title: string }) {
  const strings = useAdminStrings().hotlines;
  const { language } = useI18n();
  const harmsText = (harms: Hotline['harms']) =>
    harms === 'all'
      ? strings.allHarms
      : harms.map((harm) => (Object.hasOwn(HARM_LABELS, harm) ? HARM_LABELS[harm as Harm][language] : harm)).join(', ');
  const id = `hotlines-${group.country}`;
  return (
    <section aria-labelledby={id} data-testid="hotline-group" data-country={group.country}>
      <h4 id={id}>{title}</h4>
      {group.hotlines.length === 0 ? (
        <p className="hint">{strings.empty}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <thead>
              <tr>
                <th scope="col">{strings.columns.name}</th>
                <th scope="col">{strings.columns.number}</th>
                <th scope="col">{strings.columns.hours}</th>
                <th scope="col">{strings.columns.website}</th>
                <th scope="col">{strings.columns.harms}</th>
              </tr>
            </thead>
            <tbody>
              {group.hotlines.map((hotline) => (
                <tr key={`${hotline.name}-${hotline.number ?? ''}`} data-testid="hotline-row">
                  <th scope="row">{hotline.name}</th>
                  <td>
                    {hotline.number === null ? (
                      <span className="hint">{strings.noNumber}</span>
                    ) : (
                      <a
                        href={`tel:${hotline.number.replace(/[^\d+]/gu, '')}`}
                        aria-label={format(strings.call, { number: hotline.number })}
                      >
                        {hotline.number}
                      </a>
                    )}
                  </td>
                  <td>{hotline.hours ?? <span className="hint">{strings.unknownHours}</span>}</td>
                  <td>
                    {hotline.url === null ? null : (
                      <a href={hotline.url} rel="noopener noreferrer" target="_blank">
                        {strings.website}
                      </a>
                    )}
                  </td>
                  <td>{harmsText(hotline.harms)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The engine's reviewed hotline directory, read-only, for every country the engine has lines for. */
export function HotlinesPage({ adminApi }: { adminApi: AdminApi }) {
  const strings = useAdminStrings();
  const hotlines = strings.hotlines;
  const { strings: app } = useI18n();
  const [groups, setGroups] = useState<HotlineGroup[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all(
      HOTLINE_COUNTRIES.map(async (country) => ({ country, hotlines: await adminApi.hotlines(country) })),
    ).then(
      (answers) => live && setGroups(groupHotlines(answers)),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [adminApi]);

  const countryName = (code: string) =>
    code === INTERNATIONAL
      ? hotlines.international
      : Object.hasOwn(app.countries, code)
        ? app.countries[code as keyof typeof app.countries]
        : code;
  return (
    <section aria-labelledby="admin-hotlines-title" data-testid="hotline-directory">
      <h3 id="admin-hotlines-title">{hotlines.title}</h3>
      <p>{hotlines.intro}</p>
      <p className="notice" data-testid="hotline-source">
        {hotlines.source}
      </p>
      {failure === null ? null : <AdminError error={failure} />}
      {groups === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {(groups ?? []).map((group) => (
        <HotlineTable key={group.country} group={group} title={countryName(group.country)} />
      ))}
    </section>
  );
}
