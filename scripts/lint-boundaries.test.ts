/**
 * The lint boundaries of issue 14 fire: each fixture is linted as if it stood at the path given, with the
 * project's eslint.config.js, and must be refused with the rule's message (and the clean one must pass).
 */
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function messages(code: string, filePath: string): Promise<string[]> {
  const [r] = await eslint.lintText(code, { filePath });
  return r.messages.map((m) => m.message);
}

describe('lint boundaries', () => {
  test.each([
    ['tfjs in a widget', "import * as tf from '@tensorflow/tfjs-core';\nexport const x = tf;\n", 'app/widgets/Fixture/x.ts', /Widgets hold no tensor code/],
    ['raw tfjs loader in a widget', "import { tf } from '../../runtime/tfLoad';\nexport const x = tf;\n", 'app/widgets/Fixture/x.ts', /Widgets hold no tensor code/],
    ['tfjs in render', "import * as tf from '@tensorflow/tfjs-core';\nexport const x = tf;\n", 'app/render/fixture/x.ts', /render only draws: no tfjs/],
    ['React in render', "import { useState } from 'react';\nexport const x = useState;\n", 'app/render/fixture/x.ts', /render only draws: no React/],
    ['a stepping module outside solver and nn', "import { rkStep } from '../../solver/rk';\nexport const x = rkStep;\n", 'app/widgets/Fixture/x.ts', /Stepping code lives in app\/solver and app\/nn/],
    ['the stepper through the solver index', "import { makeRkWork } from '../../solver';\nexport const x = makeRkWork;\n", 'app/runtime/fixture.ts', /Stepping code lives in app\/solver and app\/nn/],
    ['the tableaux through the solver index, in nn', "import { TABLEAUX } from '../../solver';\nexport const x = TABLEAUX;\n", 'app/nn/fixture/x.ts', /Through the solver index only odeint/],
    ['the tableaux through the solver index, in a widget', "import { TABLEAUX } from '../../solver/index.ts';\nexport const x = TABLEAUX;\n", 'app/widgets/Fixture/x.ts', /Through the solver index only odeint/],
    ['a tableau written out by hand', 'export const t = { alpha: [0.5], beta: [[0.5]], cSol: [0, 1] };\n', 'app/render/fixture/x.ts', /tableaux live in app\/solver\/tableaux.ts/],
    ['mathjs in a widget', "import { parse } from 'mathjs';\nexport const x = parse;\n", 'app/widgets/Fixture/x.ts', /The formula parser is loaded on demand/],
    ['the formula compiler imported statically', "import { compileSystem } from '../../math/expr/formulas';\nexport const x = compileSystem;\n", 'app/state/fixture.ts', /The formula parser is loaded on demand/],
  ])('%s is refused', async (_name, code, path, message) => {
    expect((await messages(code, path)).some((m) => message.test(m))).toBe(true);
  });

  test('the same imports are fine where they belong', async () => {
    expect(await messages("import { TABLEAUX } from '../../solver/tableaux';\nexport const x = TABLEAUX;\n", 'app/nn/fixture/x.ts')).toEqual([]);
    expect(await messages("import { OdeError, type Field } from '../../solver/types';\nexport const x = OdeError;\nexport type F = Field;\n", 'app/widgets/Fixture/x.ts')).toEqual([]);
    expect(await messages("import { odeint } from '../../solver';\nexport const x = odeint;\n", 'app/widgets/Fixture/x.ts')).toEqual([]);
    expect(await messages("import type { CompileFailure } from '../../math/expr/formulas';\nexport type X = CompileFailure;\n", 'app/widgets/Fixture/x.ts')).toEqual([]);
  });
});
