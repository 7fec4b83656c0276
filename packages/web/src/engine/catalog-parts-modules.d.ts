/** The catalogue's parts, served by build/catalog-parts.ts (a Vite plugin) to the worker's build. */
declare module 'virtual:raksa-catalog/core' {
  const core: import('@raksa/detect').CatalogCore;
  export default core;
}
declare module 'virtual:raksa-catalog/phrases-*' {
  const pack: import('@raksa/detect').PhrasePack;
  export default pack;
}
declare module 'virtual:raksa-catalog/texts-*' {
  const pack: import('@raksa/detect').TextPack;
  export default pack;
}
