import type { CompiledCatalog } from '../indicators/compile.ts';
import type { IndicatorHit } from '../match/match-indicators.ts';

/**
 * Drops the requests for a picture that are requests for a document: "send me a photo of your
 * passport", "ផ្ញើរូបអត្តសញ្ញាណប័ណ្ណ" (send a photo of your ID card). A hit whose only signal is
 * `photo_request` and that overlaps a `document_request` hit asks for the document, which the
 * document request already counts (for recruitment, romance lures and loans); read as a picture of
 * the person it made grooming and sextortion rules fire on every trip arranged with a passport
 * photo. A request for a picture that also means something else (collateral, a threat) stays.
 * The two must cross (one starts inside the other): a gapped document phrase that merely starts
 * with the same "send me" ("send me a photo of you and a photo of your passport") leaves the
 * picture request standing.
 */
export function dropDocumentPictureHits(catalog: CompiledCatalog, hits: readonly IndicatorHit[]): IndicatorHit[] {
  const documents = hits.filter((hit) => catalog.indicators[hit.indicator]?.signals?.includes('document_request'));
  if (documents.length === 0) return [...hits];
  return hits.filter((hit) => {
    const signals = catalog.indicators[hit.indicator]?.signals ?? [];
    if (signals.length !== 1 || signals[0] !== 'photo_request') return true;
    return !documents.some((document) => startsInside(document, hit) || startsInside(hit, document));
  });
}

function startsInside(a: IndicatorHit, b: IndicatorHit): boolean {
  return a.start > b.start && a.start < b.end;
}
