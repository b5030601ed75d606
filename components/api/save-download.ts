import { ProblemSchema } from "@/lib/api/responses";

/** "name.docx" out of `attachment; filename="…"; filename*=UTF-8''…`. */
export function fileNameFrom(disposition: string | null): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "")?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition ?? "")?.[1] ?? "Order.docx";
}

/** Saves a blob through a real <a download>, as a browser download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The messages of a refused download: each issue's, else the problem's sentence. */
export async function refusalMessages(response: Response): Promise<string[]> {
  const problem = ProblemSchema.safeParse(await response.json().catch(() => undefined));
  const body = problem.success ? problem.data : {};
  return body.issues?.map((issue) => issue.message) ?? [body.error ?? "Something went wrong."];
}
