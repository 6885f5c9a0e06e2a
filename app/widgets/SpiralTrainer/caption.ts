/** The trainer's visible caption. It quotes the widget's defaults; caption.test.ts checks them against the schema. */
export const TRAINER_CAPTION =
  "A 2→50→2 tanh network f(y) = net(y³) learns the vector field of the spiral dy/dt = (y³)A from 20 random windows of 10 points per iteration, with RMSprop at learning rate 0.001, as in torchdiffeq's ode_demo (default: backprop through dopri5 at rtol 10⁻⁷). Switch to the adjoint to see the backward solves' evaluations; skip to the trained model to load a checkpoint trained by the same code.";
