/**
 * Styles of the page badge. The host's inline style keeps LinkedIn's CSS out
 * (all: initial, !important) and keeps the badge out of LinkedIn's layout
 * (fixed, contained). Everything else lives in the shadow root's <style>.
 */

/** A plain element: no tag, id or class of ours on LinkedIn's page. */
export const BADGE_HOST_TAG = 'div';

/**
 * Bottom 64px leaves LinkedIn's docked messaging bar (about 48px tall) visible.
 * The z-index sits high but below the 32-bit maximum some extensions' overlays use.
 */
export const BADGE_HOST_STYLE = [
  'all: initial',
  'position: fixed',
  'right: 16px',
  'bottom: 64px',
  'z-index: 2147483000',
  'display: block',
  'contain: layout paint style',
  'pointer-events: auto',
]
  .map((rule) => `${rule} !important`)
  .join('; ');

export const BADGE_CSS = `
.inroads-card{box-sizing:border-box;width:240px;max-width:calc(100vw - 32px);margin:0;padding:8px 12px 10px;
border:1px solid #c4c9ce;border-radius:10px;background:#fff;color:#1d2226;
box-shadow:0 4px 16px rgba(0,0,0,.18);font:13px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.inroads-head{display:flex;align-items:center;justify-content:space-between;gap:8px}
.inroads-brand{font-weight:600;font-size:12px;color:#0b6e69}
.inroads-line{margin:2px 0;overflow-wrap:anywhere}
.inroads-degree{font-weight:600}
.inroads-muted{color:#5a626b}
.inroads-overdue{color:#b3261e;font-weight:600}
.inroads-card button{font:inherit;cursor:pointer;border-radius:6px}
.inroads-dismiss{width:24px;height:24px;padding:0;border:0;background:transparent;color:inherit;font-size:18px;line-height:1}
.inroads-dismiss:hover{background:rgba(0,0,0,.08)}
.inroads-open{display:block;width:100%;margin-top:8px;padding:5px 8px;border:1px solid #0b6e69;background:#0b6e69;color:#fff}
.inroads-open:hover{background:#095a56}
.inroads-card button:focus-visible{outline:2px solid #0b57d0;outline-offset:2px}
[hidden]{display:none!important}
[data-t]::before{content:attr(data-t)}
@media (prefers-color-scheme:dark){
.inroads-card{border-color:#3c4248;background:#1f2328;color:#e8eaed;box-shadow:0 4px 16px rgba(0,0,0,.5)}
.inroads-brand{color:#6fd3cd}.inroads-muted{color:#a9b0b8}.inroads-overdue{color:#ff8a80}
.inroads-dismiss:hover{background:rgba(255,255,255,.12)}
.inroads-open{border-color:#6fd3cd;background:#6fd3cd;color:#0f1f1e}.inroads-open:hover{background:#8fe0db}
.inroads-card button:focus-visible{outline-color:#8ab4f8}}
`;
