/**
 * Follows one pointer (mouse, touch or pen) from pointerdown until it is released or cancelled, reporting
 * its position in the coordinates of an SVG's viewBox (`width` × `height`), whatever size the SVG is drawn
 * at. The pointer is captured, so the drag continues outside the element.
 */
export function trackPointer(
  down: { currentTarget: EventTarget; pointerId: number },
  svg: () => SVGSVGElement | null,
  width: number,
  height: number,
  onMove: (x: number, y: number) => void,
): void {
  const el = down.currentTarget as Element;
  el.setPointerCapture(down.pointerId);
  const move = (ev: Event) => {
    const r = svg()?.getBoundingClientRect();
    if (!r) return;
    const { clientX, clientY } = ev as PointerEvent;
    onMove(((clientX - r.left) / r.width) * width, ((clientY - r.top) / r.height) * height);
  };
  const up = () => {
    el.removeEventListener('pointermove', move);
    el.removeEventListener('pointerup', up);
    el.removeEventListener('pointercancel', up);
  };
  el.addEventListener('pointermove', move);
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
}
