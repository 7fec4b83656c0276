import { useMemo } from 'react';
import type { FetchLike } from '../../report/submit-tip.ts';
import type { Me } from '../staff-api.ts';
import { isAdminSection, sectionsFor, type AdminSection } from './admin-access.ts';
import { createAdminApi } from './admin-api.ts';
import { HotlinesPage } from './HotlinesPage.tsx';
import { LocationsPage } from './LocationsPage.tsx';
import { OffencesPage } from './OffencesPage.tsx';
import { OrganisationsPage } from './OrganisationsPage.tsx';
import { UsersPage } from './UsersPage.tsx';
import { useAdminStrings } from './use-admin-strings.ts';
import './admin.css';

/**
 * Administration (`#/staff/admin/<page>/…`): users and roles, organisations and teams, the
 * location tree, the legal catalogue and the hotline directory. The sub-menu lists the pages the
 * user's permissions govern; an address naming another page still opens it, and the API's
 * refusal is what the page then shows (the page holds nothing the API did not give).
 */
export function AdminPage({ fetchImpl, me, rest }: { fetchImpl: FetchLike; me: Me; rest: readonly string[] }) {
  const strings = useAdminStrings();
  const adminApi = useMemo(() => createAdminApi(fetchImpl, me.csrfToken), [fetchImpl, me.csrfToken]);
  const sections = sectionsFor(me);
  const named = rest[0];
  const current: AdminSection = isAdminSection(named) ? named : (sections[0] ?? 'hotlines');
  const more = isAdminSection(named) ? rest.slice(1) : [];

  return (
    <section aria-labelledby="admin-title" className="admin-page" data-testid="admin-page" data-section={current}>
      <h3 id="admin-title" className="visually-hidden">
        {strings.title}
      </h3>
      <nav aria-label={strings.sectionsLabel} className="admin-sections" data-testid="admin-sections">
        {sections.map((section) => (
          <a key={section} href={`#/staff/admin/${section}`} aria-current={section === current ? 'page' : undefined}>
            {strings.sections[section]}
          </a>
        ))}
      </nav>
      {current === 'users' ? <UsersPage adminApi={adminApi} me={me} rest={more} /> : null}
      {current === 'organisations' ? <OrganisationsPage adminApi={adminApi} me={me} rest={more} /> : null}
      {current === 'locations' ? <LocationsPage adminApi={adminApi} me={me} /> : null}
      {current === 'offences' ? <OffencesPage adminApi={adminApi} me={me} /> : null}
      {current === 'hotlines' ? <HotlinesPage adminApi={adminApi} /> : null}
    </section>
  );
}
