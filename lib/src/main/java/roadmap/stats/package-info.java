/**
 * Probability and statistics helpers for week 2 and later: sampling and empirical densities,
 * likelihoods and maximum likelihood, entropy / cross-entropy / KL divergence, log-loss and
 * calibration (reliability) bins, covariance and correlation; and for Bayesian inference (week 13):
 * conjugate Bayesian linear regression, the Bayesian logistic-regression posterior with its Laplace
 * approximation, and MCMC diagnostics (effective sample size, split R-hat).
 * Natural logarithms throughout: information is in nats.
 */
package roadmap.stats;
