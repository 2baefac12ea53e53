/** How the lazy chart chunk hands its renderer to the loader: an event on `window`, no global of its own. */
export const CHART_CHUNK_EVENT = "datachat:chart-chunk";
