import type { Entity } from '@raksa/detect';
import { useI18n } from '../i18n/i18n-context.tsx';
import { format } from '../i18n/language.ts';

/** Entity types worth showing to the reader; ages and grades are evidence, not things to check. */
const SHOWN: ReadonlySet<Entity['type']> = new Set([
  'phone',
  'url',
  'domain',
  'email',
  'handle',
  'crypto_address',
  'money',
  'place',
]);

/** One entry per thing: the same number written twice, or read as both a phone and a handle, is shown once. */
export function visibleEntities(entities: readonly Entity[]): Entity[] {
  const seen = new Set<string>();
  const spans = new Set<string>();
  const shown: Entity[] = [];
  for (const entity of entities) {
    if (!SHOWN.has(entity.type)) continue;
    const key = `${entity.type}:${entity.normalized}`;
    const span = `${entity.start}:${entity.end}`;
    if (seen.has(key) || spans.has(span)) continue;
    seen.add(key);
    spans.add(span);
    shown.push(entity);
  }
  return shown;
}

function usdText(entity: Entity, template: string): string | undefined {
  const usd = entity.details?.usd;
  if (usd === undefined || entity.details?.currency === 'USD') return undefined;
  return format(template, { amount: usd >= 100 ? Math.round(usd).toLocaleString('en-US') : usd.toFixed(2) });
}

export function EntityList({ entities }: { entities: readonly Entity[] }) {
  const { strings } = useI18n();
  const shown = visibleEntities(entities);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="entities-title">
      <h3 id="entities-title">{strings.entities.heading}</h3>
      <p className="hint">{strings.entities.hint}</p>
      <dl className="entities">
        {shown.map((entity) => {
          const usd = entity.type === 'money' ? usdText(entity, strings.entities.aboutUsd) : undefined;
          const period = entity.details?.period;
          return (
            <div key={`${entity.type}-${entity.start}`} className="entity" data-entity={entity.type}>
              <dt>{strings.entities[entity.type]}</dt>
              <dd>
                <span className="entity-value">{entity.value}</span>
                {usd === undefined ? null : <span className="entity-extra"> {usd}</span>}
                {entity.type === 'money' && period !== undefined ? (
                  <span className="entity-extra"> ({strings.entities.perPeriod[period]})</span>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
