import { escapeHtml } from './html.js';

/** Files every page links to, written once into the view's assets/ folder (see assets.ts). */
export const ASSET_FILES = { style: 'view.css', script: 'view.js', network: 'd3-force.js' } as const;

// Nothing leaves the page: scripts, styles and images only from the view's own folder, no requests.
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

export interface PageShell {
  title: string;
  /** Relative path from the page to the view's root ("" or "../"). */
  root: string;
  /** The page's own markup, already escaped. */
  body: string;
  /** Asset scripts the page needs, in load order. */
  scripts: readonly string[];
}

export function renderPage(page: PageShell): string {
  const scripts = page.scripts.map((s) => `<script src="${page.root}assets/${s}"></script>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(page.title)}</title>
<link rel="stylesheet" href="${page.root}assets/${ASSET_FILES.style}">
</head>
<body>
${page.body}
${scripts}
</body>
</html>
`;
}
