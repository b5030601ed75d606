import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chambers Drafts", template: "%s · Chambers Drafts" },
  description: "Draft an order on a motion to certify an order for interlocutory appeal under 28 U.S.C. § 1292(b).",
  // Every page of a confidential app (the X-Robots-Tag header says it too, for files and answers).
  robots: { index: false, follow: false, nocache: true },
  // The files are in public/ (icon.svg is their source; the PNGs and favicon.ico are drawn from it).
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "16x16 32x32 48x48" },
      { url: "/icon.svg", type: "image/svg+xml" },
    ],
    apple: [{ url: "/apple-touch-icon.png", sizes: "180x180" }],
  },
  manifest: "/manifest.webmanifest",
};

export const viewport: Viewport = { themeColor: "#1f3a5f" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
