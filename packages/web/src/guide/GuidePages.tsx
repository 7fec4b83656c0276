import { useI18n } from '../i18n/i18n-context.tsx';
import type { UiLanguage } from '../i18n/language.ts';
import { GUIDE_IDS, type GuideId, type GuideSet } from './guide-types.ts';
import { guidesEn } from './guides-en.ts';
import { guidesKm } from './guides-km.ts';

const GUIDES: Record<UiLanguage, GuideSet> = { en: guidesEn, km: guidesKm };

export function GuideIndex() {
  const { strings, language } = useI18n();
  const guides = GUIDES[language];
  return (
    <section aria-labelledby="guides-title">
      <h2 id="guides-title">{strings.guides.title}</h2>
      <p>{strings.guides.intro}</p>
      <ul className="guide-list">
        {GUIDE_IDS.map((id) => (
          <li key={id}>
            <a href={`#/guides/${id}`}>{guides[id].title}</a>
            <p className="hint">{guides[id].summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function GuidePage({ id }: { id: GuideId }) {
  const { strings, language } = useI18n();
  const guide = GUIDES[language][id];
  const part = (title: string, items: readonly string[], ordered: boolean) => {
    const list = items.map((item) => <li key={item}>{item}</li>);
    return (
      <section>
        <h3>{title}</h3>
        {ordered ? <ol>{list}</ol> : <ul>{list}</ul>}
      </section>
    );
  };
  return (
    <article aria-labelledby="guide-title" className="guide">
      <p>
        <a href="#/guides">← {strings.guides.back}</a>
      </p>
      <h2 id="guide-title">{guide.title}</h2>
      <p className="lead">{guide.summary}</p>
      {part(strings.guides.howItWorks, guide.howItWorks, false)}
      {part(strings.guides.warningSigns, guide.warningSigns, false)}
      {part(strings.guides.whatToDo, guide.whatToDo, true)}
    </article>
  );
}
