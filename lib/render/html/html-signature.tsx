import type { ReactNode } from "react";
import type { SignatureBlock } from "@/lib/order-doc/types";
import type { StyleProfile } from "@/lib/style/style-profile";
import type { HtmlStyles } from "./html-styles";

/** The signature block: the date line at the left, the signer and title lines from the middle of the page. */
export function HtmlSignature({
  signature,
  style,
  styles,
}: {
  signature: SignatureBlock;
  style: StyleProfile;
  styles: HtmlStyles;
}): ReactNode {
  const wetSignature = style.signature.form === "caps-name";
  return (
    <div className="order-signature" style={styles.signature}>
      {signature.dateLine ? (
        <p className="order-date-line" style={styles.line}>
          {signature.dateLine}
        </p>
      ) : null}
      <p
        className="order-signer"
        style={{
          ...styles.line,
          marginLeft: "50%",
          marginTop: wetSignature ? "2lh" : "1lh",
          ...(wetSignature ? { borderTop: "1px solid #000" } : {}),
        }}
      >
        {signature.signerLine}
      </p>
      <p className="order-signer-title" style={{ ...styles.line, marginLeft: "50%" }}>
        {signature.titleLine}
      </p>
    </div>
  );
}
