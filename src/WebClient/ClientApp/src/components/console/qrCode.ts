import QRCode from "qrcode";
import { svg } from "./svg";

/** Quiet zone around the symbol, in modules (the QR standard asks for 4). */
const quietZone = 4;

/** A QR code of <text> as an inline SVG (one path of dark modules), with an accessible name. */
export function qrCode(text: string, label: string): SVGSVGElement {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  let path = "";
  for (let row = 0; row < modules.size; row++) {
    for (let column = 0; column < modules.size; column++) {
      if (modules.get(row, column)) path += `M${column + quietZone} ${row + quietZone}h1v1h-1z`;
    }
  }
  const side = modules.size + 2 * quietZone;
  return svg("svg", { class: "qr-code", viewBox: `0 0 ${side} ${side}`, role: "img", "aria-label": label, "shape-rendering": "crispEdges" },
    svg("rect", { width: side, height: side, fill: "#ffffff" }),
    svg("path", { d: path, fill: "#000000" }));
}
