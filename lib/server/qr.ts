import "server-only";
import QRCode from "qrcode";

export type QrCode = { size: number; path: string };

/**
 * A QR code as one SVG path (a unit square per dark module, with a quiet
 * zone of one module), so the page draws it as plain markup without scripts.
 */
export function qrCode(text: string): QrCode {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) parts.push(`M${column + 1} ${row + 1}h1v1h-1z`);
    }
  }
  return { size: modules.size + 2, path: parts.join("") };
}
