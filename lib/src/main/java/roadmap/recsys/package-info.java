/**
 * Recommender systems (week 13): explicit ratings as sparse triples, synthetic ratings with a known
 * low-rank truth, the bias baseline, matrix factorisation by alternating least squares, and top-N
 * ranking metrics (precision@k, recall@k, NDCG@k).
 */
package roadmap.recsys;
