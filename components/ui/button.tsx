import type { ButtonHTMLAttributes } from "react";

const VARIANTS = {
  primary: "bg-seal text-white hover:bg-seal-dark border border-seal",
  secondary: "bg-white text-seal border border-slate-400 hover:bg-slate-50",
  quiet: "bg-transparent text-seal underline-offset-2 hover:underline border border-transparent",
  danger: "bg-white text-danger border border-slate-400 hover:bg-red-50",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;

export const buttonClass = (variant: ButtonVariant = "secondary", size: "sm" | "md" = "md") =>
  `inline-flex items-center justify-center gap-1 rounded font-medium transition-colors disabled:cursor-not-allowed disabled:opacity-60 ${
    size === "sm" ? "px-2.5 py-1 text-sm" : "px-4 py-2"
  } ${VARIANTS[variant]}`;

/** A button; `type` defaults to "button" so that no button submits a form by accident. */
export function Button({
  variant = "secondary",
  size = "md",
  className,
  type = "button",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: ButtonVariant; size?: "sm" | "md" }) {
  return <button type={type} className={`${buttonClass(variant, size)} ${className ?? ""}`} {...props} />;
}
