package roadmap.data;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Reads gzip-compressed IDX files (the MNIST format: big-endian header, unsigned bytes). */
final class Idx {

    static final int IMAGES_MAGIC = 2051;
    static final int LABELS_MAGIC = 2049;

    /** The pixels of an IDX3 file: {@code count} images of {@code rows x cols} unsigned bytes. */
    record Images(int count, int rows, int cols, byte[] pixels) {
    }

    private Idx() {
    }

    static Images readImages(Path file, String shown) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != IMAGES_MAGIC) {
                throw new DatasetException(shown + " is not an IDX image file (magic " + magic + ")");
            }
            int n = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            byte[] px = new byte[Math.multiplyExact(n, rows * cols)];
            in.readFully(px);
            return new Images(n, rows, cols, px);
        } catch (IOException e) {
            throw new DatasetException("cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    /** Magic, count and (for images) rows and cols, from the header only. */
    static int[] header(Path file, String shown) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic == IMAGES_MAGIC) {
                return new int[] {magic, in.readInt(), in.readInt(), in.readInt()};
            }
            if (magic == LABELS_MAGIC) {
                return new int[] {magic, in.readInt()};
            }
            throw new DatasetException(shown + " is not an IDX file (magic " + magic + ")");
        } catch (IOException e) {
            throw new DatasetException("cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    static int[] readLabels(Path file, String shown) {
        try (DataInputStream in = open(file)) {
            int magic = in.readInt();
            if (magic != LABELS_MAGIC) {
                throw new DatasetException(shown + " is not an IDX label file (magic " + magic + ")");
            }
            byte[] b = new byte[in.readInt()];
            in.readFully(b);
            int[] labels = new int[b.length];
            for (int i = 0; i < b.length; i++) {
                labels[i] = b[i] & 0xff;
            }
            return labels;
        } catch (IOException e) {
            throw new DatasetException("cannot read " + shown + ": " + e.getMessage(), e);
        }
    }

    private static DataInputStream open(Path file) throws IOException {
        InputStream raw = Files.newInputStream(file);
        return new DataInputStream(new GZIPInputStream(raw, 1 << 16));
    }
}
