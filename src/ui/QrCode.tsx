import { useEffect, useState } from "react";

export interface QrCodeProps {
  /** The address the code carries. */
  text: string;
  /** Its accessible name. */
  label: string;
  /** Class of the SVG (`class-qr`, the live class's projector style, by default). */
  className?: string;
}

/** The QR code's dark modules as one SVG path, one unit per module, with a 4-module quiet zone. */
async function qrPath(text: string): Promise<{ size: number; path: string }> {
  // NOTE: loaded on demand, and drawn here: no image service, nothing leaves the site.
  const qrcode = await import("qrcode");
  const create = qrcode.create ?? (qrcode as unknown as { default: typeof qrcode }).default.create;
  const { modules } = create(text, { errorCorrectionLevel: "M" });
  let path = "";
  for (let row = 0; row < modules.size; row++)
    for (let col = 0; col < modules.size; col++)
      if (modules.get(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
  return { size: modules.size + 8, path };
}

/**
 * A QR code drawn locally as SVG (the `qrcode` package computes the modules): the live class's
 * join code, the class season's « carte de la classe ».
 *
 * ```tsx
 * <QrCode text="https://…/#/classe/ABC234" label="Rejoindre la classe" />
 * ```
 */
export function QrCode({ text, label, className = "class-qr" }: QrCodeProps) {
  const [qr, setQr] = useState<{ text: string; size: number; path: string } | null>(null);
  useEffect(() => {
    let live = true;
    qrPath(text).then(
      (drawn) => {
        if (live) setQr({ text, ...drawn });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [text]);
  if (!qr || qr.text !== text) return <div className={className} aria-busy="true" />;
  return (
    <svg
      className={className}
      viewBox={`0 0 ${qr.size} ${qr.size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      data-class-qr=""
    >
      <rect width={qr.size} height={qr.size} fill="#fff" />
      <path d={qr.path} fill="#000" />
    </svg>
  );
}
