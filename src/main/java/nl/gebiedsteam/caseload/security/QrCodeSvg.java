package nl.gebiedsteam.caseload.security;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as the size and path data of an SVG drawing, for the key of the second factor. The
 * page draws it inline rather than as an image, so the key never travels in a second request or
 * sits in a cache, and the strict CSP needs no exception (attributes only, no style).
 *
 * @param size the width and height in modules, quiet zone included
 * @param path the dark modules as SVG path data
 */
public record QrCodeSvg(int size, String path) {

    private static final int QUIET_ZONE = 4;

    public static QrCodeSvg of(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return new QrCodeSvg(qr.size + 2 * QUIET_ZONE, path.toString());
    }
}
