/**
 * The site's sources and its glossary, as data: one typed module that the `/references` and `/glossary` pages
 * and the content checks read, and that the build writes into each chapter's `<Cite>`, `<Term>` and
 * `<Bibliography>` (scripts/vite/remarkInlineSources.ts: a chapter carries only the entries it shows).
 *
 * A citation in a chapter is `<Cite k="chen2018">§3, Table 1</Cite>`; its key must be one of
 * {@link REFERENCES}. A term's first use in a chapter is `<Term id="nfe">NFE</Term>`; its id must be one of
 * {@link GLOSSARY}. `scripts/content-check.test.ts` enforces both, and that each chapter's bibliography lists
 * exactly the keys the chapter cites.
 *
 * Definitions are plain text (no markup), one to three sentences, so that they fit a tooltip and translate
 * cleanly. Where a definition states a fact, the fact is taught, with its source, in the chapter `taught`
 * points to.
 */

export interface Reference {
  /** How the text names it inside brackets, e.g. "Chen et al. 2018". */
  short: string;
  authors: string;
  title: string;
  /** Journal, conference, publisher or repository, with the year where there is one. */
  venue: string;
  year: number;
  /** The page a reader can open: arXiv abstract, DOI, repository. */
  url: string;
  /** One line on what the site takes from it. */
  note?: string;
  /** The same line in Chinese, for `/zh/…` pages (titles, authors and venues are not translated). */
  noteZh?: string;
}

export const REFERENCES = {
  chen2018: {
    short: 'Chen et al. 2018',
    authors: 'Ricky T. Q. Chen, Yulia Rubanova, Jesse Bettencourt, David Duvenaud',
    title: 'Neural Ordinary Differential Equations',
    venue: 'Advances in Neural Information Processing Systems 31 (NeurIPS 2018); arXiv:1806.07366',
    year: 2018,
    url: 'https://arxiv.org/abs/1806.07366',
    note: 'The paper this site explains.',
    noteZh: '本站讲解的论文。',
  },
  torchdiffeq: {
    short: 'torchdiffeq',
    authors: 'Ricky T. Q. Chen',
    title: 'torchdiffeq: differentiable ODE solvers with full GPU support and O(1)-memory backpropagation',
    venue: 'GitHub repository, version 0.2.5 (PyTorch library released with the paper)',
    year: 2018,
    url: 'https://github.com/rtqichen/torchdiffeq',
    note: 'The reference our solvers reproduce step for step; also its examples/ode_demo.py and its FAQ.',
    noteZh: '本站求解器逐步复现的参照实现；也包括它的 examples/ode_demo.py 和 FAQ。',
  },
  ffjord: {
    short: 'Grathwohl et al. 2019',
    authors: 'Will Grathwohl, Ricky T. Q. Chen, Jesse Bettencourt, Ilya Sutskever, David Duvenaud',
    title: 'FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models',
    venue: 'International Conference on Learning Representations (ICLR 2019); arXiv:1810.01367',
    year: 2019,
    url: 'https://arxiv.org/abs/1810.01367',
    note: "Hutchinson's trace estimator in continuous flows, and the 2-D toy data sets.",
    noteZh: '连续流中的 Hutchinson 迹估计，以及二维玩具数据集。',
  },
  dupont2019: {
    short: 'Dupont et al. 2019',
    authors: 'Emilien Dupont, Arnaud Doucet, Yee Whye Teh',
    title: 'Augmented Neural ODEs',
    venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS 2019); arXiv:1904.01681',
    year: 2019,
    url: 'https://arxiv.org/abs/1904.01681',
    note: 'What a flow cannot represent, and augmentation.',
    noteZh: '流无法表示什么，以及增广。',
  },
  dormandPrince1980: {
    short: 'Dormand & Prince 1980',
    authors: 'J. R. Dormand, P. J. Prince',
    title: 'A family of embedded Runge–Kutta formulae',
    venue: 'Journal of Computational and Applied Mathematics 6(1), 19–26',
    year: 1980,
    url: 'https://doi.org/10.1016/0771-050X(80)90013-3',
    note: 'The Dopri5 pair.',
    noteZh: 'Dopri5 公式对。',
  },
  hairer1993: {
    short: 'Hairer, Nørsett & Wanner 1993',
    authors: 'Ernst Hairer, Syvert P. Nørsett, Gerhard Wanner',
    title: 'Solving Ordinary Differential Equations I: Nonstiff Problems (2nd edition)',
    venue: 'Springer Series in Computational Mathematics 8, Springer',
    year: 1993,
    url: 'https://doi.org/10.1007/978-3-540-78862-1',
    note: 'Existence and uniqueness of solutions, Runge–Kutta methods, step-size control and the choice of the first step.',
    noteZh: '解的存在唯一性、龙格–库塔法、步长控制和初始步长的选取。',
  },
  bogackiShampine1989: {
    short: 'Bogacki & Shampine 1989',
    authors: 'P. Bogacki, L. F. Shampine',
    title: 'A 3(2) pair of Runge–Kutta formulas',
    venue: 'Applied Mathematics Letters 2(4), 321–325',
    year: 1989,
    url: 'https://doi.org/10.1016/0893-9659(89)90079-7',
    note: 'The Bosh3 pair.',
    noteZh: 'Bosh3 公式对。',
  },
  jiang2018: {
    short: 'Jiang 2018',
    authors: 'Jiang Siyuan (蒋思源), Synced (机器之心)',
    title: '硬核NeurIPS 2018最佳论文，一个神经了的常微分方程 (“Hard-core NeurIPS 2018 best paper: an ordinary differential equation gone neural”), in Chinese',
    venue: 'Synced (机器之心)',
    year: 2018,
    url: 'https://www.jiqizhixin.com/articles/122302',
    note: 'The explainer whose structure this site follows; the chapters correct its errors where they meet them.',
    noteZh: '本站沿用其结构的那篇讲解文章；各章在遇到其错误之处加以更正。',
  },
  gholami2019: {
    short: 'Gholami et al. 2019',
    authors: 'Amir Gholami, Kurt Keutzer, George Biros',
    title: 'ANODE: Unconditionally Accurate Memory-Efficient Gradients for Neural ODEs',
    venue: 'arXiv:1902.10298',
    year: 2019,
    url: 'https://arxiv.org/abs/1902.10298',
    note: 'Why re-solving backwards can be unstable; checkpointed gradients.',
    noteZh: '为什么反向重解可能不稳定；带检查点的梯度。',
  },
  ott2021: {
    short: 'Ott et al. 2021',
    authors: 'Katharina Ott, Prateek Katiyar, Philipp Hennig, Michael Tiemann',
    title: 'ResNet After All? Neural ODEs and Their Numerical Solution',
    venue: 'International Conference on Learning Representations (ICLR 2021); arXiv:2007.15386',
    year: 2021,
    url: 'https://arxiv.org/abs/2007.15386',
    note: 'Trained models can depend on the solver they were trained with.',
    noteZh: '训练好的模型可能依赖于训练时所用的求解器。',
  },
  rezende2015: {
    short: 'Rezende & Mohamed 2015',
    authors: 'Danilo Jimenez Rezende, Shakir Mohamed',
    title: 'Variational Inference with Normalizing Flows',
    venue: 'International Conference on Machine Learning (ICML 2015); arXiv:1505.05770',
    year: 2015,
    url: 'https://arxiv.org/abs/1505.05770',
    note: 'Planar flows.',
    noteZh: '平面流。',
  },
  lecun1998: {
    short: 'LeCun et al. 1998',
    authors: 'Yann LeCun, Léon Bottou, Yoshua Bengio, Patrick Haffner',
    title: 'Gradient-based learning applied to document recognition',
    venue: 'Proceedings of the IEEE 86(11), 2278–2324',
    year: 1998,
    url: 'https://doi.org/10.1109/5.726791',
    note: 'The 1-layer MLP row of the paper’s Table 1.',
    noteZh: '论文表 1 中单层 MLP 那一行。',
  },
  hutchinson1989: {
    short: 'Hutchinson 1989',
    authors: 'M. F. Hutchinson',
    title: 'A stochastic estimator of the trace of the influence matrix for Laplacian smoothing splines',
    venue: 'Communications in Statistics – Simulation and Computation 18(3), 1059–1076',
    year: 1989,
    url: 'https://doi.org/10.1080/03610918908812806',
    note: 'The trace estimator FFJORD uses.',
    noteZh: 'FFJORD 所用的迹估计。',
  },
  uciDigits: {
    short: 'Alpaydin & Kaynak 1998',
    authors: 'E. Alpaydin, C. Kaynak',
    title: 'Optical Recognition of Handwritten Digits',
    venue: 'UCI Machine Learning Repository (CC BY 4.0)',
    year: 1998,
    url: 'https://doi.org/10.24432/C50P49',
    note: 'The 8×8 digits the network comparison of chapter 2 trains on.',
    noteZh: '第 2 章网络比较所训练的 8×8 手写数字。',
  },
  lipman2023: {
    short: 'Lipman et al. 2023',
    authors: 'Yaron Lipman, Ricky T. Q. Chen, Heli Ben-Hamu, Maximilian Nickel, Matt Le',
    title: 'Flow Matching for Generative Modeling',
    venue: 'International Conference on Learning Representations (ICLR 2023); arXiv:2210.02747',
    year: 2023,
    url: 'https://arxiv.org/abs/2210.02747',
    note: 'The marginal field, the conditional flow-matching loss and the optimal-transport path of chapter 6.',
    noteZh: '第 6 章的边缘速度场、条件流匹配损失和最优传输路径。',
  },
  liu2023: {
    short: 'Liu, Gong & Liu 2023',
    authors: 'Xingchao Liu, Chengyue Gong, Qiang Liu',
    title: 'Flow Straight and Fast: Learning to Generate and Transfer Data with Rectified Flow',
    venue: 'International Conference on Learning Representations (ICLR 2023); arXiv:2209.03003',
    year: 2023,
    url: 'https://arxiv.org/abs/2209.03003',
    note: 'Rectified flow, reflow and the straightness of a flow.',
    noteZh: '整流、重流与流的“直”度。',
  },
  albergoVandenEijnden2023: {
    short: 'Albergo & Vanden-Eijnden 2023',
    authors: 'Michael S. Albergo, Eric Vanden-Eijnden',
    title: 'Building Normalizing Flows with Stochastic Interpolants',
    venue: 'International Conference on Learning Representations (ICLR 2023); arXiv:2209.15571',
    year: 2023,
    url: 'https://arxiv.org/abs/2209.15571',
    note: 'Stochastic interpolants, the third of the three simultaneous routes to simulation-free training.',
    noteZh: '随机插值：同时出现的三条免模拟训练路线中的第三条。',
  },
  esser2024: {
    short: 'Esser et al. 2024',
    authors:
      'Patrick Esser, Sumith Kulal, Andreas Blattmann, Rahim Entezari, Jonas Müller, Harry Saini, Yam Levi, Dominik Lorenz, Axel Sauer, Frederic Boesel, Dustin Podell, Tim Dockhorn, Zion English, Kyle Lacey, Alex Goodwin, Yannik Marek, Robin Rombach',
    title: 'Scaling Rectified Flow Transformers for High-Resolution Image Synthesis',
    venue: 'International Conference on Machine Learning (ICML 2024); arXiv:2403.03206',
    year: 2024,
    url: 'https://arxiv.org/abs/2403.03206',
    note: 'Stable Diffusion 3: rectified flow as the training objective of a large image generator.',
    noteZh: 'Stable Diffusion 3：以整流作为大型图像生成模型的训练目标。',
  },
  szekelyRizzo2013: {
    short: 'Székely & Rizzo 2013',
    authors: 'Gábor J. Székely, Maria L. Rizzo',
    title: 'Energy statistics: A class of statistics based on distances',
    venue: 'Journal of Statistical Planning and Inference 143(8), 1249–1272',
    year: 2013,
    url: 'https://doi.org/10.1016/j.jspi.2013.03.018',
    note: 'The energy distance that scores samples against data in chapter 6.',
    noteZh: '第 6 章用来把样本与数据相比较的能量距离。',
  },
} as const satisfies Record<string, Reference>;

export type RefKey = keyof typeof REFERENCES;

export function isRefKey(k: string): k is RefKey {
  return Object.prototype.hasOwnProperty.call(REFERENCES, k);
}

/** References in the order the bibliographies print them: by first author's surname, then year. */
export function sortedRefKeys(keys: readonly RefKey[] = Object.keys(REFERENCES) as RefKey[]): RefKey[] {
  return [...keys].sort((a, b) => REFERENCES[a].short.localeCompare(REFERENCES[b].short, 'en') || REFERENCES[a].year - REFERENCES[b].year);
}

export interface GlossaryEntry {
  /** The heading on `/glossary`. */
  term: string;
  /** One to three plain sentences. */
  definition: string;
  /** Where the site teaches it: a chapter slug with a heading id. */
  taught: string;
  /**
   * How the term is written in running text, for the content check "each chapter links the first use of a
   * term": the first match in a chapter's prose (outside maths, code, headings and attributes) must sit
   * inside `<Term id=…>`.
   */
  match: RegExp;
  /**
   * The entry in Chinese, for `/zh/…` pages: the term as content/zh/terminology.json fixes it, the definition,
   * and how the term is written in Chinese running text (for the same first-use check on content/zh). The
   * `taught` anchor serves both languages: a Chinese chapter's headings carry the English ids
   * (scripts/vite/rehypeCounterpartIds.ts).
   */
  zh: { term: string; definition: string; match: RegExp };
}

export const GLOSSARY = {
  ivp: {
    term: 'Initial-value problem',
    definition: 'An ODE together with the value of the solution at a starting time. Under mild conditions it has exactly one solution.',
    taught: 'ode-basics#initial-value-problems',
    match: /initial-value problem/i,
    zh: {
      term: '初值问题',
      definition: '一个常微分方程，连同解在起始时刻的值。在较弱的条件下，它恰有一个解。',
      match: /初值问题/,
    },
  },
  lipschitz: {
    term: 'Lipschitz continuous',
    definition:
      'A function f is Lipschitz in y if there is a constant K with |f(t, y) − f(t, y′)| ≤ K |y − y′| for all y, y′: its output cannot change faster than K times its input. Locally Lipschitz means such a K exists on every bounded region; uniformly (or globally) Lipschitz means one K serves everywhere.',
    taught: 'ode-basics#initial-value-problems',
    match: /Lipschitz/,
    zh: {
      term: '利普希茨连续',
      definition: '若存在常数 K，使得对所有 y、y′ 都有 |f(t, y) − f(t, y′)| ≤ K |y − y′|，就称 f 关于 y 利普希茨连续：输出的变化不会快于输入变化的 K 倍。局部利普希茨指在每个有界区域上都有这样的 K；一致（或全局）利普希茨指一个 K 处处适用。',
      match: /利普希茨|Lipschitz/,
    },
  },
  stiff: {
    term: 'Stiff equation',
    definition: 'An ODE with a strong pull towards its solution, which forces explicit methods such as Euler to take tiny steps to stay stable long after the solution itself has become smooth.',
    taught: 'ode-basics#eulers-method',
    match: /\bstiff\b/i,
    zh: {
      term: '刚性方程',
      definition: '一种强烈地被拉向其解的常微分方程。即使解本身早已变得平滑，欧拉法这类显式方法仍不得不取极小的步长才能保持稳定。',
      match: /刚性/,
    },
  },
  dopri5: {
    term: 'Dopri5 (Dormand–Prince)',
    definition: 'An adaptive Runge–Kutta method of order 5 with an embedded order-4 solution that estimates each step’s error; the default solver of torchdiffeq.',
    taught: 'ode-basics#adaptive-steps',
    match: /\bDopri5\b/i,
    zh: {
      term: 'Dopri5（Dormand–Prince 方法）',
      definition: '一种 5 阶自适应龙格–库塔法，内嵌一个 4 阶解来估计每一步的误差；torchdiffeq 的默认求解器。',
      match: /\bDopri5\b/i,
    },
  },
  tolerance: {
    term: 'Tolerance (rtol, atol)',
    definition:
      'The accuracy an adaptive solver aims for in each step: the estimated error of each component must stay below atol + rtol·|y|, in a root-mean-square sense. rtol is relative to the size of the solution, atol is absolute.',
    taught: 'ode-basics#adaptive-steps',
    match: /\b(rtol|atol)\b|\btolerances?\b/i,
    zh: {
      term: '容差（rtol、atol）',
      definition: '自适应求解器在每一步追求的精度：每个分量的估计误差须（按均方根意义）低于 atol + rtol·|y|。rtol 相对于解的大小，atol 是绝对的。',
      match: /\b(rtol|atol)\b|容差/i,
    },
  },
  controller: {
    term: 'Step-size controller',
    definition: 'The part of an adaptive solver that accepts or rejects each step from its error estimate and chooses the size of the next one.',
    taught: 'ode-basics#adaptive-steps',
    match: /step-size control/i,
    zh: {
      term: '步长控制器',
      definition: '自适应求解器中的一个部分：根据误差估计接受或拒绝每一步，并选定下一步的步长。',
      match: /步长控制/,
    },
  },
  nfe: {
    term: 'NFE (number of function evaluations)',
    definition: 'How many times a solve evaluated the right-hand side f. For a neural ODE each evaluation is one pass through the network, so NFE measures the work of a solve and plays the part of depth.',
    taught: 'ode-basics#cost-is-counted-in-evaluations',
    match: /\bNFE\b|number of function evaluations/i,
    zh: {
      term: '函数求值次数（NFE）',
      definition: '一次求解计算右端函数 f 的次数。对神经常微分方程，每次求值就是网络的一次前向计算，所以 NFE 衡量求解的工作量，扮演着“深度”的角色。',
      match: /\bNFE\b|函数求值次数/,
    },
  },
  flow: {
    term: 'Flow',
    definition: 'The map that carries every starting point of an ODE to where its solution is a given time later. For a well-behaved ODE it is continuous and invertible.',
    taught: 'ode-basics#many-initial-values-at-once',
    match: /(?<!(?:normali[sz]ing|planar|discrete|ordinary)\s)\bflows?\b/,
    zh: {
      term: '流',
      definition: '把常微分方程的每个起点送到其解在给定时间之后所在位置的映射。对性质良好的常微分方程，它连续且可逆。',
      match: /(?<!普通的?|离散的|[归一化面散整重细])流(?![匹动程行体入出向形量域水畅])/,
    },
  },
  homeomorphism: {
    term: 'Homeomorphism',
    definition: 'A continuous map with a continuous inverse. It can stretch and bend space but cannot tear it or glue parts of it together, so it keeps the input’s topology.',
    taught: 'resnet-to-ode#what-a-flow-cannot-do',
    match: /homeomorphism/i,
    zh: {
      term: '同胚',
      definition: '一个连续且有连续逆映射的映射。它可以拉伸、弯曲空间，但不能撕开空间，也不能把空间的不同部分粘在一起，因此保持输入的拓扑。',
      match: /同胚/,
    },
  },
  jacobian: {
    term: 'Jacobian',
    definition: 'The matrix of all first partial derivatives of a vector-valued function: entry (i, j) of ∂f/∂z is ∂f_i/∂z_j. It describes how the function acts on small displacements.',
    taught: 'adjoint#the-adjoint-state',
    match: /(?<!vector–)Jacobian/,
    zh: {
      term: '雅可比矩阵',
      definition: '向量值函数全部一阶偏导数组成的矩阵：∂f/∂z 的第 (i, j) 个元素是 ∂f_i/∂z_j。它描述函数如何作用于微小的位移。',
      match: /(?<!向量–)雅可比/,
    },
  },
  vjp: {
    term: 'Vector–Jacobian product (VJP)',
    definition: 'A row vector times a Jacobian, vᵀ ∂f/∂z. Reverse-mode automatic differentiation computes it without forming the Jacobian, at a cost comparable to one evaluation of f.',
    taught: 'adjoint#the-adjoint-state',
    match: /vector–Jacobian product|\bVJPs?\b/i,
    zh: {
      term: '向量–雅可比积（VJP）',
      definition: '一个行向量乘以一个雅可比矩阵，即 vᵀ ∂f/∂z。反向模式自动微分无需构造雅可比矩阵就能算出它，代价与计算一次 f 相当。',
      match: /向量–雅可比积|\bVJPs?\b/,
    },
  },
  adjointMethod: {
    term: 'Adjoint method',
    definition: 'A way to compute the gradient of a loss through an ODE solve by solving a second ODE, for the adjoint state, backwards in time, instead of recording the forward solver’s steps.',
    taught: 'adjoint#two-ways-through-a-solver',
    match: /\badjoint\b/i,
    zh: {
      term: '伴随方法',
      definition: '一种计算损失经过常微分方程求解之后的梯度的方法：不记录前向求解器的每一步，而是为伴随状态再解一个常微分方程，在时间上反向求解。',
      match: /伴随/,
    },
  },
  adjointState: {
    term: 'Adjoint state',
    definition: 'a(t) = ∂L/∂z(t), the gradient of the loss with respect to the state at time t. It obeys its own ODE, da/dt = −a(t)ᵀ ∂f/∂z, solved backwards from a(t₁).',
    taught: 'adjoint#the-adjoint-state',
    match: /adjoint state/i,
    zh: {
      term: '伴随状态',
      definition: 'a(t) = ∂L/∂z(t)，损失对 t 时刻状态的梯度。它满足自己的常微分方程 da/dt = −a(t)ᵀ ∂f/∂z，从 a(t₁) 开始反向求解。',
      match: /伴随状态/,
    },
  },
  checkpointing: {
    term: 'Checkpointing',
    definition: 'Storing the state at a few times during the forward solve, so that a backward pass can restart from them instead of reconstructing the whole trajectory backwards.',
    taught: 'adjoint#where-it-goes-wrong-running-a-contracting-system-backwards',
    match: /\bcheckpointing\b/i,
    zh: {
      term: '检查点',
      definition: '在前向求解中保存若干时刻的状态，使反向计算能从这些点重新开始，而不必把整条轨迹反向重建出来。',
      // 检查点 is also a saved model (“a checkpoint”), which chapter 3 must call 模型检查点 to keep them apart.
      match: /(?<!模型)检查点/,
    },
  },
  nf: {
    term: 'Normalizing flow',
    definition: 'A model that turns a simple density, usually a standard normal, into a complicated one by pushing it through an invertible map, and evaluates the new density with the change-of-variables formula.',
    taught: 'normalizing-flows',
    match: /normali[sz]ing flows?/i,
    zh: {
      term: '归一化流',
      definition: '一种把简单密度（通常是标准正态分布）通过一个可逆映射推成复杂密度的模型，用变量替换公式计算新的密度。',
      match: /归一化流/,
    },
  },
  trace: {
    term: 'Trace',
    definition: 'The sum of the diagonal entries of a square matrix. The trace of the Jacobian ∂f/∂z is the divergence of the field f: how fast volume grows near a point.',
    taught: 'normalizing-flows#the-instantaneous-change-of-variables',
    match: /\btraces?\b/i,
    zh: {
      term: '迹',
      definition: '方阵对角元之和。雅可比矩阵 ∂f/∂z 的迹就是场 f 的散度：一个点附近体积增长的快慢。',
      match: /(?<![轨足痕])迹/,
    },
  },
  cnf: {
    term: 'CNF (continuous normalizing flow)',
    definition: 'A normalizing flow whose map is the flow of a neural ODE. Its log-density changes at the rate −tr(∂f/∂z), so it needs a trace where a discrete flow needs a determinant.',
    taught: 'normalizing-flows#the-instantaneous-change-of-variables',
    match: /\bCNFs?\b|continuous normali[sz]ing flows?/i,
    zh: {
      term: '连续归一化流（CNF）',
      definition: '映射为神经常微分方程之流的归一化流。它的对数密度以 −tr(∂f/∂z) 的速率变化，所以离散流需要行列式的地方，它只需要迹。',
      match: /\bCNFs?\b|连续归一化流/,
    },
  },
  hutchinson: {
    term: "Hutchinson's estimator",
    definition: 'An unbiased estimate of a trace from random vectors: tr(A) = E[εᵀAε] when ε has mean 0 and identity covariance. With one ε, it costs one vector–Jacobian product instead of one per dimension.',
    taught: 'normalizing-flows#hutchinsons-trace-estimator',
    match: /Hutchinson/,
    zh: {
      term: 'Hutchinson 迹估计',
      definition: '用随机向量对迹做的无偏估计：当 ε 均值为 0、协方差为单位矩阵时，tr(A) = E[εᵀAε]。只用一个 ε 时，它的代价是一次向量–雅可比积，而不是每个维度一次。',
      match: /Hutchinson/,
    },
  },
  nll: {
    term: 'NLL (negative log-likelihood)',
    definition: 'Minus the average log-density a model gives to data. Lower is better; a flow is trained by minimising it.',
    taught: 'normalizing-flows#training-a-flow-by-maximum-likelihood',
    match: /\bNLL\b|negative log-likelihood/i,
    zh: {
      term: '负对数似然（NLL）',
      definition: '模型赋予数据的平均对数密度取负。越低越好；训练一个流就是最小化它。',
      match: /\bNLL\b|负对数似然/,
    },
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof GLOSSARY;

export function isTermId(k: string): k is TermId {
  return Object.prototype.hasOwnProperty.call(GLOSSARY, k);
}
