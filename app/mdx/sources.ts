/**
 * The site's sources and its glossary, as data: one typed module that the chapters' `<Cite>`, `<Term>` and
 * `<Bibliography>` components, the `/references` and `/glossary` pages and the content checks all read.
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
  },
  torchdiffeq: {
    short: 'torchdiffeq',
    authors: 'Ricky T. Q. Chen',
    title: 'torchdiffeq: differentiable ODE solvers with full GPU support and O(1)-memory backpropagation',
    venue: 'GitHub repository, version 0.2.5 (PyTorch library released with the paper)',
    year: 2018,
    url: 'https://github.com/rtqichen/torchdiffeq',
    note: 'The reference our solvers reproduce step for step; also its examples/ode_demo.py and its FAQ.',
  },
  ffjord: {
    short: 'Grathwohl et al. 2019',
    authors: 'Will Grathwohl, Ricky T. Q. Chen, Jesse Bettencourt, Ilya Sutskever, David Duvenaud',
    title: 'FFJORD: Free-form Continuous Dynamics for Scalable Reversible Generative Models',
    venue: 'International Conference on Learning Representations (ICLR 2019); arXiv:1810.01367',
    year: 2019,
    url: 'https://arxiv.org/abs/1810.01367',
    note: "Hutchinson's trace estimator in continuous flows, and the 2-D toy data sets.",
  },
  dupont2019: {
    short: 'Dupont et al. 2019',
    authors: 'Emilien Dupont, Arnaud Doucet, Yee Whye Teh',
    title: 'Augmented Neural ODEs',
    venue: 'Advances in Neural Information Processing Systems 32 (NeurIPS 2019); arXiv:1904.01681',
    year: 2019,
    url: 'https://arxiv.org/abs/1904.01681',
    note: 'What a flow cannot represent, and augmentation.',
  },
  dormandPrince1980: {
    short: 'Dormand & Prince 1980',
    authors: 'J. R. Dormand, P. J. Prince',
    title: 'A family of embedded Runge–Kutta formulae',
    venue: 'Journal of Computational and Applied Mathematics 6(1), 19–26',
    year: 1980,
    url: 'https://doi.org/10.1016/0771-050X(80)90013-3',
    note: 'The Dopri5 pair.',
  },
  hairer1993: {
    short: 'Hairer, Nørsett & Wanner 1993',
    authors: 'Ernst Hairer, Syvert P. Nørsett, Gerhard Wanner',
    title: 'Solving Ordinary Differential Equations I: Nonstiff Problems (2nd edition)',
    venue: 'Springer Series in Computational Mathematics 8, Springer',
    year: 1993,
    url: 'https://doi.org/10.1007/978-3-540-78862-1',
    note: 'Existence and uniqueness of solutions, Runge–Kutta methods, step-size control and the choice of the first step.',
  },
  bogackiShampine1989: {
    short: 'Bogacki & Shampine 1989',
    authors: 'P. Bogacki, L. F. Shampine',
    title: 'A 3(2) pair of Runge–Kutta formulas',
    venue: 'Applied Mathematics Letters 2(4), 321–325',
    year: 1989,
    url: 'https://doi.org/10.1016/0893-9659(89)90079-7',
    note: 'The Bosh3 pair.',
  },
  jiang2018: {
    short: 'Jiang 2018',
    authors: 'Jiang Siyuan (蒋思源), Synced (机器之心)',
    title: '硬核NeurIPS 2018最佳论文，一个神经了的常微分方程 (“Hard-core NeurIPS 2018 best paper: an ordinary differential equation gone neural”), in Chinese',
    venue: 'Synced (机器之心)',
    year: 2018,
    url: 'https://www.jiqizhixin.com/articles/122302',
    note: 'The explainer whose structure this site follows; the chapters correct its errors where they meet them.',
  },
  gholami2019: {
    short: 'Gholami et al. 2019',
    authors: 'Amir Gholami, Kurt Keutzer, George Biros',
    title: 'ANODE: Unconditionally Accurate Memory-Efficient Gradients for Neural ODEs',
    venue: 'arXiv:1902.10298',
    year: 2019,
    url: 'https://arxiv.org/abs/1902.10298',
    note: 'Why re-solving backwards can be unstable; checkpointed gradients.',
  },
  ott2021: {
    short: 'Ott et al. 2021',
    authors: 'Katharina Ott, Prateek Katiyar, Philipp Hennig, Michael Tiemann',
    title: 'ResNet After All? Neural ODEs and Their Numerical Solution',
    venue: 'International Conference on Learning Representations (ICLR 2021); arXiv:2007.15386',
    year: 2021,
    url: 'https://arxiv.org/abs/2007.15386',
    note: 'Trained models can depend on the solver they were trained with.',
  },
  rezende2015: {
    short: 'Rezende & Mohamed 2015',
    authors: 'Danilo Jimenez Rezende, Shakir Mohamed',
    title: 'Variational Inference with Normalizing Flows',
    venue: 'International Conference on Machine Learning (ICML 2015); arXiv:1505.05770',
    year: 2015,
    url: 'https://arxiv.org/abs/1505.05770',
    note: 'Planar flows.',
  },
  lecun1998: {
    short: 'LeCun et al. 1998',
    authors: 'Yann LeCun, Léon Bottou, Yoshua Bengio, Patrick Haffner',
    title: 'Gradient-based learning applied to document recognition',
    venue: 'Proceedings of the IEEE 86(11), 2278–2324',
    year: 1998,
    url: 'https://doi.org/10.1109/5.726791',
    note: 'The 1-layer MLP row of the paper’s Table 1.',
  },
  hutchinson1989: {
    short: 'Hutchinson 1989',
    authors: 'M. F. Hutchinson',
    title: 'A stochastic estimator of the trace of the influence matrix for Laplacian smoothing splines',
    venue: 'Communications in Statistics – Simulation and Computation 18(3), 1059–1076',
    year: 1989,
    url: 'https://doi.org/10.1080/03610918908812806',
    note: 'The trace estimator FFJORD uses.',
  },
  uciDigits: {
    short: 'Alpaydin & Kaynak 1998',
    authors: 'E. Alpaydin, C. Kaynak',
    title: 'Optical Recognition of Handwritten Digits',
    venue: 'UCI Machine Learning Repository (CC BY 4.0)',
    year: 1998,
    url: 'https://doi.org/10.24432/C50P49',
    note: 'The 8×8 digits the network comparison of chapter 2 trains on.',
  },
  lipman2023: {
    short: 'Lipman et al. 2023',
    authors: 'Yaron Lipman, Ricky T. Q. Chen, Heli Ben-Hamu, Maximilian Nickel, Matt Le',
    title: 'Flow Matching for Generative Modeling',
    venue: 'International Conference on Learning Representations (ICLR 2023); arXiv:2210.02747',
    year: 2023,
    url: 'https://arxiv.org/abs/2210.02747',
    note: 'The marginal field, the conditional flow-matching loss and the optimal-transport path of chapter 6.',
  },
  liu2023: {
    short: 'Liu, Gong & Liu 2023',
    authors: 'Xingchao Liu, Chengyue Gong, Qiang Liu',
    title: 'Flow Straight and Fast: Learning to Generate and Transfer Data with Rectified Flow',
    venue: 'International Conference on Learning Representations (ICLR 2023); arXiv:2209.03003',
    year: 2023,
    url: 'https://arxiv.org/abs/2209.03003',
    note: 'Rectified flow, reflow and the straightness of a flow.',
  },
  albergoVandenEijnden2023: {
    short: 'Albergo & Vanden-Eijnden 2023',
    authors: 'Michael S. Albergo, Eric Vanden-Eijnden',
    title: 'Building Normalizing Flows with Stochastic Interpolants',
    venue: 'International Conference on Learning Representations (ICLR 2023); arXiv:2209.15571',
    year: 2023,
    url: 'https://arxiv.org/abs/2209.15571',
    note: 'Stochastic interpolants, the third of the three simultaneous routes to simulation-free training.',
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
  },
  szekelyRizzo2013: {
    short: 'Székely & Rizzo 2013',
    authors: 'Gábor J. Székely, Maria L. Rizzo',
    title: 'Energy statistics: A class of statistics based on distances',
    venue: 'Journal of Statistical Planning and Inference 143(8), 1249–1272',
    year: 2013,
    url: 'https://doi.org/10.1016/j.jspi.2013.03.018',
    note: 'The energy distance that scores samples against data in chapter 6.',
  },
} as const satisfies Record<string, Reference>;

export type RefKey = keyof typeof REFERENCES;

export function isRefKey(k: string): k is RefKey {
  return Object.prototype.hasOwnProperty.call(REFERENCES, k);
}

/** The page a reference's entry has on a chapter (its bibliography) and on `/references`. */
export const refAnchor = (k: RefKey): string => `ref-${k}`;

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
}

export const GLOSSARY = {
  ivp: {
    term: 'Initial-value problem',
    definition: 'An ODE together with the value of the solution at a starting time. Under mild conditions it has exactly one solution.',
    taught: 'ode-basics#initial-value-problems',
    match: /initial-value problem/i,
  },
  lipschitz: {
    term: 'Lipschitz continuous',
    definition:
      'A function f is Lipschitz in y if there is a constant K with |f(t, y) − f(t, y′)| ≤ K |y − y′| for all y, y′: its output cannot change faster than K times its input. Locally Lipschitz means such a K exists on every bounded region; uniformly (or globally) Lipschitz means one K serves everywhere.',
    taught: 'ode-basics#initial-value-problems',
    match: /Lipschitz/,
  },
  stiff: {
    term: 'Stiff equation',
    definition: 'An ODE with a strong pull towards its solution, which forces explicit methods such as Euler to take tiny steps to stay stable long after the solution itself has become smooth.',
    taught: 'ode-basics#eulers-method',
    match: /\bstiff\b/i,
  },
  dopri5: {
    term: 'Dopri5 (Dormand–Prince)',
    definition: 'An adaptive Runge–Kutta method of order 5 with an embedded order-4 solution that estimates each step’s error; the default solver of torchdiffeq.',
    taught: 'ode-basics#adaptive-steps',
    match: /\bDopri5\b/i,
  },
  tolerance: {
    term: 'Tolerance (rtol, atol)',
    definition:
      'The accuracy an adaptive solver aims for in each step: the estimated error of each component must stay below atol + rtol·|y|, in a root-mean-square sense. rtol is relative to the size of the solution, atol is absolute.',
    taught: 'ode-basics#adaptive-steps',
    match: /\b(rtol|atol)\b|\btolerances?\b/i,
  },
  controller: {
    term: 'Step-size controller',
    definition: 'The part of an adaptive solver that accepts or rejects each step from its error estimate and chooses the size of the next one.',
    taught: 'ode-basics#adaptive-steps',
    match: /step-size control/i,
  },
  nfe: {
    term: 'NFE (number of function evaluations)',
    definition: 'How many times a solve evaluated the right-hand side f. For a neural ODE each evaluation is one pass through the network, so NFE measures the work of a solve and plays the part of depth.',
    taught: 'ode-basics#cost-is-counted-in-evaluations',
    match: /\bNFE\b|number of function evaluations/i,
  },
  flow: {
    term: 'Flow',
    definition: 'The map that carries every starting point of an ODE to where its solution is a given time later. For a well-behaved ODE it is continuous and invertible.',
    taught: 'ode-basics#many-initial-values-at-once',
    match: /(?<!(?:normali[sz]ing|planar|discrete|ordinary)\s)\bflows?\b/,
  },
  homeomorphism: {
    term: 'Homeomorphism',
    definition: 'A continuous map with a continuous inverse. It can stretch and bend space but cannot tear it or glue parts of it together, so it keeps the input’s topology.',
    taught: 'resnet-to-ode#what-a-flow-cannot-do',
    match: /homeomorphism/i,
  },
  jacobian: {
    term: 'Jacobian',
    definition: 'The matrix of all first partial derivatives of a vector-valued function: entry (i, j) of ∂f/∂z is ∂f_i/∂z_j. It describes how the function acts on small displacements.',
    taught: 'adjoint#the-adjoint-state',
    match: /(?<!vector–)Jacobian/,
  },
  vjp: {
    term: 'Vector–Jacobian product (VJP)',
    definition: 'A row vector times a Jacobian, vᵀ ∂f/∂z. Reverse-mode automatic differentiation computes it without forming the Jacobian, at a cost comparable to one evaluation of f.',
    taught: 'adjoint#the-adjoint-state',
    match: /vector–Jacobian product|\bVJPs?\b/i,
  },
  adjointMethod: {
    term: 'Adjoint method',
    definition: 'A way to compute the gradient of a loss through an ODE solve by solving a second ODE, for the adjoint state, backwards in time, instead of recording the forward solver’s steps.',
    taught: 'adjoint#two-ways-through-a-solver',
    match: /\badjoint\b/i,
  },
  adjointState: {
    term: 'Adjoint state',
    definition: 'a(t) = ∂L/∂z(t), the gradient of the loss with respect to the state at time t. It obeys its own ODE, da/dt = −a(t)ᵀ ∂f/∂z, solved backwards from a(t₁).',
    taught: 'adjoint#the-adjoint-state',
    match: /adjoint state/i,
  },
  checkpointing: {
    term: 'Checkpointing',
    definition: 'Storing the state at a few times during the forward solve, so that a backward pass can restart from them instead of reconstructing the whole trajectory backwards.',
    taught: 'adjoint#where-it-goes-wrong-running-a-contracting-system-backwards',
    match: /\bcheckpointing\b/i,
  },
  nf: {
    term: 'Normalizing flow',
    definition: 'A model that turns a simple density, usually a standard normal, into a complicated one by pushing it through an invertible map, and evaluates the new density with the change-of-variables formula.',
    taught: 'normalizing-flows',
    match: /normali[sz]ing flows?/i,
  },
  trace: {
    term: 'Trace',
    definition: 'The sum of the diagonal entries of a square matrix. The trace of the Jacobian ∂f/∂z is the divergence of the field f: how fast volume grows near a point.',
    taught: 'normalizing-flows#the-instantaneous-change-of-variables',
    match: /\btraces?\b/i,
  },
  cnf: {
    term: 'CNF (continuous normalizing flow)',
    definition: 'A normalizing flow whose map is the flow of a neural ODE. Its log-density changes at the rate −tr(∂f/∂z), so it needs a trace where a discrete flow needs a determinant.',
    taught: 'normalizing-flows#the-instantaneous-change-of-variables',
    match: /\bCNFs?\b|continuous normali[sz]ing flows?/i,
  },
  hutchinson: {
    term: "Hutchinson's estimator",
    definition: 'An unbiased estimate of a trace from random vectors: tr(A) = E[εᵀAε] when ε has mean 0 and identity covariance. With one ε, it costs one vector–Jacobian product instead of one per dimension.',
    taught: 'normalizing-flows#hutchinsons-trace-estimator',
    match: /Hutchinson/,
  },
  nll: {
    term: 'NLL (negative log-likelihood)',
    definition: 'Minus the average log-density a model gives to data. Lower is better; a flow is trained by minimising it.',
    taught: 'normalizing-flows#training-a-flow-by-maximum-likelihood',
    match: /\bNLL\b|negative log-likelihood/i,
  },
} as const satisfies Record<string, GlossaryEntry>;

export type TermId = keyof typeof GLOSSARY;

export function isTermId(k: string): k is TermId {
  return Object.prototype.hasOwnProperty.call(GLOSSARY, k);
}

/** The id of a term's entry on `/glossary`. */
export const termAnchor = (id: TermId): string => `term-${id}`;
