import type { Metadata } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Chambers Drafts", template: "%s · Chambers Drafts" },
  description: "Draft an order on a motion to certify an order for interlocutory appeal under 28 U.S.C. § 1292(b).",
  // Every page of a confidential app (the X-Robots-Tag header says it too, for files and answers).
  robots: { index: false, follow: false, nocache: true },
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">{children}</body>
    </html>
  );
}
