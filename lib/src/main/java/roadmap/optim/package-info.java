/**
 * Optimisation from scratch (week 3): gradient descent, stochastic and mini-batch gradient
 * descent, momentum and Adam, proximal gradient for L1, a finite-difference gradient checker,
 * L1/L2 penalties and linear regression fitted by gradient descent.
 *
 * <p>Everything works on plain {@code double[]} parameter vectors and is small enough to read in a
 * notebook; each routine is unit-tested against a closed form.
 */
package roadmap.optim;
