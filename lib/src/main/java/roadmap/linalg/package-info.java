/**
 * Linear algebra for the first weeks: matrix helpers written from scratch, and SVD, symmetric
 * eigendecomposition, PCA and low-rank approximation built on Smile's LAPACK bindings, and a
 * Cholesky factorisation for small symmetric positive-definite systems.
 */
package roadmap.linalg;
