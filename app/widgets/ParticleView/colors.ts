/** Reads a site colour variable (e.g. `--accent`) as [r, g, b] in 0..1, for WebGL uniforms. */
export function cssColor(el: Element, name: string, fallback: [number, number, number]): [number, number, number] {
  const v = getComputedStyle(el).getPropertyValue(name).trim();
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(v);
  if (!m) return fallback;
  return [parseInt(m[1], 16) / 255, parseInt(m[2], 16) / 255, parseInt(m[3], 16) / 255];
}
