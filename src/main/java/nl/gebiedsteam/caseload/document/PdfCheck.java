package nl.gebiedsteam.caseload.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Whether a PDF can be opened by a colleague, judged while its bytes stream past: a file cut short
 * has no end-of-file marker in its last bytes, and an encrypted one names its /Encrypt dictionary in
 * a trailer, which sits in the last bytes (and, when linearised, also in the first). Only the first
 * and last {@value #WINDOW} bytes are kept.
 */
final class PdfCheck {

    static final int WINDOW = 4096;
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ENCRYPT = "/Encrypt".getBytes(StandardCharsets.US_ASCII);

    private final byte[] head = new byte[WINDOW];
    private int headLength;
    private final byte[] tail = new byte[WINDOW];
    private int tailLength;

    void feed(byte[] bytes, int length) {
        int toHead = Math.min(length, WINDOW - headLength);
        System.arraycopy(bytes, 0, head, headLength, toHead);
        headLength += toHead;
        int keep = Math.min(length, WINDOW);
        int shift = Math.min(tailLength, WINDOW - keep);
        System.arraycopy(tail, tailLength - shift, tail, 0, shift);
        System.arraycopy(bytes, length - keep, tail, shift, keep);
        tailLength = shift + keep;
    }

    /** The message key of what is wrong with the PDF, or null when it can be read. */
    String problem() {
        byte[] last = Arrays.copyOf(tail, tailLength);
        if (indexOf(last, END) < 0) {
            return "document.pdf.malformed";
        }
        if (indexOf(last, ENCRYPT) >= 0 || indexOf(Arrays.copyOf(head, headLength), ENCRYPT) >= 0) {
            return "document.pdf.encrypted";
        }
        return null;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
