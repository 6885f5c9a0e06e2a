/**
 * The width each panel gets in a `.figure-panels` grid (widget.css): the grid makes as many columns of at
 * least `minPanel` px as fit, at most one per panel (auto-fit collapses empty tracks), with 1.2rem gaps.
 * Plots are drawn at this width, so their text is never scaled down.
 */
const GAP = 20; // 1.2rem at the default 16 px, rounded up so the panels always fit

export function panelWidth(boxWidth: number, minPanel: number, panels: number): number {
  const fit = Math.max(1, Math.floor((boxWidth + GAP) / (Math.min(minPanel, boxWidth) + GAP)));
  const cols = Math.min(panels, fit);
  return Math.floor((boxWidth - (cols - 1) * GAP) / cols);
}
