import QRCode from 'qrcode';

/** The check-in URL as a QR code in SVG, for the pass page and printing. */
export function renderQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** The check-in URL as a QR code in PNG, for phones and mail that do not show SVG. */
export function renderQrPng(url: string): Promise<Buffer> {
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 8 });
}
