/**
 * Classical text features: cleaning e-mail ({@link roadmap.text.MailCleaner}), tokenising words
 * ({@link roadmap.text.RegexTokenizer}) and subwords ({@link roadmap.text.WordPiece}), a
 * vocabulary with minimum count and maximum size ({@link roadmap.text.Vocabulary}), sparse
 * bag-of-words and n-gram counts ({@link roadmap.text.BagOfWords}, {@link roadmap.text.NGrams}),
 * TF-IDF weighting ({@link roadmap.text.TfIdf}) and the hashing trick
 * ({@link roadmap.text.FeatureHasher}).
 *
 * <p>Conventions match scikit-learn's {@code CountVectorizer}/{@code TfidfVectorizer} where both
 * have the feature (default token pattern, alphabetical column order, smooth idf, l2 row norm),
 * so figures can be compared number for number. Rows are {@link roadmap.text.SparseVector}s.
 * Empty text is a valid input everywhere and gives an empty token list or an all-zero row;
 * {@code null} is refused with a message.
 */
package roadmap.text;
