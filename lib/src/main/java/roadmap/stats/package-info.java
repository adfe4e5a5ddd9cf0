/**
 * Probability and statistics helpers for week 2 and later: sampling and empirical densities,
 * likelihoods and maximum likelihood, entropy / cross-entropy / KL divergence, log-loss and
 * calibration (reliability) bins, covariance and correlation.
 * Natural logarithms throughout: information is in nats.
 */
package roadmap.stats;
