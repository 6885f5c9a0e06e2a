import { describe, expect, it } from 'vitest';
import { odeint } from '../../solver';
import { PRESETS } from '../../math/problems/presets';
import { compilePreset } from '../../math/problems/compile';
import { stepAll } from './rkStep';
import { updateVertexShader } from './shaders';

describe('particle stepper', () => {
  it('takes the same step as odeint with the same fixed-step method', () => {
    for (const id of ['vanderpol', 'spiral', 'pendulum'] as const) {
      const f = compilePreset(PRESETS[id]).field;
      for (const method of ['euler', 'midpoint', 'rk4'] as const) {
        const starts = [[0.5, -1], [1.2, 0.3], [-2, 1.5]];
        const pos = Float64Array.from(starts.flat());
        const h = 0.05;
        stepAll(f, pos, 2, starts.length, 0.3, h, method);
        starts.forEach((y0, i) => {
          const want = odeint(f, y0, [0.3, 0.3 + h], { method }).ys[1];
          expect(pos[2 * i], `${id} ${method}`).toBeCloseTo(want[0], 13);
          expect(pos[2 * i + 1], `${id} ${method}`).toBeCloseTo(want[1], 13);
        });
      }
    }
  });

  it('writes the compiled field into the shader, with the chosen tableau', () => {
    const src = updateVertexShader('p.y', '(-sin(p.x))', 'rk4');
    expect(src).toContain('return vec2(p.y, (-sin(p.x)));');
    expect(src).toContain('3.0 * k2 + 3.0 * k3');
    expect(updateVertexShader('p.y', 'p.x', 'euler')).toContain('return p + h * f(t, p);');
  });
});
