package roadmap.data;

/**
 * One row of the data MANIFEST.
 *
 * @param name    the dataset's short name, e.g. {@code wine}
 * @param file    the file name inside the data directory, e.g. {@code wine.csv}
 * @param origin  where the data comes from (dataset name, URL, how it was obtained)
 * @param licence the licence the data is used under
 * @param sha256  the file's SHA-256 as 64 lower-case hex digits
 * @param rows    number of rows (CSV: data rows without the header; image: height)
 * @param cols    number of columns (CSV: all columns including the label; image: width)
 */
public record ManifestEntry(String name, String file, String origin, String licence, String sha256,
                            int rows, int cols) {

    /**
     * The shape as written in MANIFEST.
     *
     * @return {@code rows + "x" + cols}, e.g. {@code 178x14}
     */
    public String shape() {
        return rows + "x" + cols;
    }
}
