import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HOTLINE_COUNTRIES } from '../../check/countries.ts';
import { useI18n } from '../../i18n/i18n-context.tsx';
import { format } from '../../i18n/language.ts';
import type { Me, StaffApiError } from '../staff-api.ts';
import { mayManageReference } from './admin-access.ts';
import { LOCATION_LEVELS, type AdminApi, type Location, type LocationLevel } from './admin-api.ts';
import { AdminError, asStaffError } from './AdminError.tsx';
import { FormIssues, SelectField, TextField } from './AdminFields.tsx';
import {
  EMPTY_LOCATION_FORM,
  issueOf,
  locationBody,
  requiredCodePrefix,
  type FieldIssue,
  type LocationForm,
} from './admin-forms.ts';
import { useAdminStrings } from './use-admin-strings.ts';

type Parent = Pick<Location, 'id' | 'countryCode' | 'level' | 'code' | 'nameLatin' | 'nameLocal'>;

function levelBelow(level: LocationLevel): LocationLevel | undefined {
  return LOCATION_LEVELS[LOCATION_LEVELS.indexOf(level) + 1];
}

function AddPlace({
  adminApi,
  parent,
  parentName,
  level,
  onAdded,
}: {
  adminApi: AdminApi;
  parent: Parent;
  parentName: string;
  level: LocationLevel;
  onAdded: (place: Location) => void;
}) {
  const strings = useAdminStrings();
  const add = strings.locations.add;
  const [form, setForm] = useState<LocationForm>(EMPTY_LOCATION_FORM);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const [notice, setNotice] = useState('');
  const prefix = requiredCodePrefix(parent);
  const levelName = strings.locations.levels[level].toLowerCase();

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = locationBody(parent, form);
    setIssues(result.ok ? [] : result.issues);
    setNotice('');
    if (!result.ok) return;
    setBusy(true);
    setFailure(null);
    try {
      const place = await adminApi.addLocation(result.body);
      onAdded(place);
      setForm(EMPTY_LOCATION_FORM);
      setNotice(format(add.added, { name: place.nameLatin }));
    } catch (error) {
      setFailure(asStaffError(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="location-add-title"
      data-testid="location-add"
    >
      <h4 id="location-add-title">{format(add.title, { level: levelName, parent: parentName })}</h4>
      <FormIssues issues={issues} />
      <TextField
        id="location-add-code"
        label={add.code}
        hint={prefix === null ? add.codeHintPlain : format(add.codeHint, { prefix })}
        value={form.code}
        maxLength={20}
        required
        issue={issueOf(issues, 'code')}
        onChange={(code) => setForm({ ...form, code })}
      />
      <TextField
        id="location-add-latin"
        label={add.nameLatin}
        value={form.nameLatin}
        maxLength={200}
        required
        issue={issueOf(issues, 'nameLatin')}
        onChange={(nameLatin) => setForm({ ...form, nameLatin })}
      />
      <TextField
        id="location-add-local"
        label={`${add.nameLocal} ${strings.optional}`}
        value={form.nameLocal}
        maxLength={200}
        {...(parent.countryCode === 'KH' ? { lang: 'km' } : {})}
        issue={issueOf(issues, 'nameLocal')}
        onChange={(nameLocal) => setForm({ ...form, nameLocal })}
      />
      {failure === null ? null : <AdminError error={failure} />}
      <p role="status" className="admin-status" data-testid="location-add-status">
        {notice}
      </p>
      <div className="actions">
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? strings.saving : add.submit}
        </button>
      </div>
    </form>
  );
}

/**
 * The location tree one level at a time: a country's provinces, then the places under the one
 * opened, with a breadcrumb back up; `reference.manage` adds a place under the level shown.
 */
export function LocationsPage({ adminApi, me }: { adminApi: AdminApi; me: Me }) {
  const strings = useAdminStrings();
  const locations = strings.locations;
  const { language, strings: app } = useI18n();
  const [country, setCountry] = useState('KH');
  const [trail, setTrail] = useState<Location[]>([]);
  const [places, setPlaces] = useState<Location[] | null>(null);
  const [failure, setFailure] = useState<StaffApiError | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const current = trail.at(-1);

  useEffect(() => {
    let live = true;
    setPlaces(null);
    setFailure(null);
    adminApi.locations(current === undefined ? { country } : { parentId: current.id }).then(
      (found) => live && setPlaces(found),
      (error: unknown) => live && setFailure(asStaffError(error)),
    );
    return () => {
      live = false;
    };
  }, [adminApi, country, current]);

  const name = (place: Pick<Location, 'nameLatin' | 'nameLocal'>) =>
    language === 'km' && place.nameLocal !== null ? place.nameLocal : place.nameLatin;
  const countryName = Object.hasOwn(app.countries, country)
    ? app.countries[country as keyof typeof app.countries]
    : country;
  const level: LocationLevel | undefined = current === undefined ? 'province' : levelBelow(current.level);
  // The country's own record is the provinces' parent (the API lists a country's provinces, not the country).
  const parent: Parent | undefined =
    current ??
    (places?.[0]?.parentId == null
      ? undefined
      : {
          id: places[0].parentId,
          countryCode: country,
          level: 'country',
          code: country,
          nameLatin: countryName,
          nameLocal: null,
        });
  const go = (depth: number) => {
    setTrail(trail.slice(0, depth));
    heading.current?.focus();
  };

  return (
    <section aria-labelledby="admin-locations-title">
      <h3 id="admin-locations-title">{locations.title}</h3>
      <p className="hint">{locations.intro}</p>
      <SelectField
        id="locations-country"
        label={locations.country}
        value={country}
        options={HOTLINE_COUNTRIES.map((code) => ({ value: code, label: app.countries[code] }))}
        onChange={(value) => {
          setCountry(value);
          setTrail([]);
        }}
      />
      <nav aria-label={locations.breadcrumb} className="admin-breadcrumb" data-testid="location-breadcrumb">
        <ol>
          <li>
            {trail.length === 0 ? (
              <span aria-current="location">{countryName}</span>
            ) : (
              <button type="button" className="admin-link" onClick={() => go(0)}>
                {countryName}
              </button>
            )}
          </li>
          {trail.map((place, index) => (
            <li key={place.id}>
              {index === trail.length - 1 ? (
                <span aria-current="location">
                  <bdi>{name(place)}</bdi>
                </span>
              ) : (
                <button type="button" className="admin-link" onClick={() => go(index + 1)}>
                  <bdi>{name(place)}</bdi>
                </button>
              )}
            </li>
          ))}
        </ol>
      </nav>
      <h4 id="admin-locations-level" tabIndex={-1} ref={heading}>
        {level === undefined ? locations.villagesHaveNoChildren : locations.levelPlural[level]}
      </h4>
      {failure === null ? null : <AdminError error={failure} />}
      {places === null && failure === null ? <p className="hint">{strings.loading}</p> : null}
      {places !== null && places.length === 0 && level !== undefined ? (
        <p data-testid="locations-empty">{locations.empty}</p>
      ) : null}
      {places === null || places.length === 0 ? null : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="locations-table">
            <thead>
              <tr>
                <th scope="col">{locations.columns.code}</th>
                <th scope="col">{locations.columns.nameLatin}</th>
                <th scope="col">{locations.columns.nameLocal}</th>
                <th scope="col">{locations.columns.open}</th>
              </tr>
            </thead>
            <tbody>
              {places.map((place) => (
                <tr key={place.id} data-testid="location-row" data-code={place.code}>
                  <td>{place.code}</td>
                  <th scope="row">
                    <bdi>{place.nameLatin}</bdi>
                  </th>
                  <td lang={place.countryCode === 'KH' ? 'km' : undefined}>{place.nameLocal ?? strings.none}</td>
                  <td>
                    {levelBelow(place.level) === undefined ? null : (
                      <button
                        type="button"
                        className="button secondary"
                        aria-label={format(locations.open, {
                          level: locations.levelPlural[levelBelow(place.level) ?? 'village'],
                          name: name(place),
                        })}
                        onClick={() => {
                          setTrail([...trail, place]);
                          heading.current?.focus();
                        }}
                      >
                        {locations.levelPlural[levelBelow(place.level) ?? 'village']}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayManageReference(me) && level !== undefined && places !== null ? (
        parent === undefined ? (
          <p className="hint">{locations.add.noParent}</p>
        ) : (
          <AddPlace
            key={parent.id}
            adminApi={adminApi}
            parent={parent}
            parentName={current === undefined ? countryName : name(current)}
            level={level}
            onAdded={(place) =>
              setPlaces((known) => [...(known ?? []), place].sort((a, b) => a.code.localeCompare(b.code)))
            }
          />
        )
      ) : null}
    </section>
  );
}
