/**
 * The widget's whole stylesheet; it lives inside the shadow root, nothing goes into the host's <head>.
 * Pixel units (host pages change the root font size) capped by percentages of the viewport (a fixed box's
 * containing block), which also hold under `html { zoom }`; installed as a constructable stylesheet (sheet.ts),
 * and `:host` resets with !important, which wins over the host page's rules for the host element (shadow
 * cascade order for important declarations). The build also writes it to `widget.<hash>.css`, the fallback.
 */
export const CSS = `
:host{all:initial!important;display:block!important;position:static!important;visibility:visible!important;opacity:1!important;transform:none!important;filter:none!important;contain:none!important}
[hidden]{display:none!important}
.dc{--p:#4f46e5;--op:#fff;--pl:#4f46e5;--pd:#6159e8;--fr:var(--pl);--ib:#8a919c;--bg:#fff;--fg:#111827;--mu:#6b7280;--bd:#e5e7eb;--bu:#f3f4f6;--cb:#f9fafb;--eb:#fef2f2;--ef:#991b1b;--sh:0 12px 40px rgba(0,0,0,.18),0 2px 8px rgba(0,0,0,.08);
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--fg);text-align:left;direction:ltr;letter-spacing:normal;word-spacing:normal;text-transform:none;-webkit-font-smoothing:antialiased}
.dc[data-scheme=dark]{--fr:var(--pd);--ib:#6b7280;--bg:#111827;--fg:#f3f4f6;--mu:#9ca3af;--bd:#374151;--bu:#1f2937;--cb:#0b1220;--eb:#3b1212;--ef:#fecaca;--sh:0 12px 40px rgba(0,0,0,.5)}
@media (prefers-color-scheme:dark){.dc[data-scheme=auto]{--fr:var(--pd);--ib:#6b7280;--bg:#111827;--fg:#f3f4f6;--mu:#9ca3af;--bd:#374151;--bu:#1f2937;--cb:#0b1220;--eb:#3b1212;--ef:#fecaca;--sh:0 12px 40px rgba(0,0,0,.5)}}
*,*::before,*::after{box-sizing:border-box}
button,input,textarea{font:inherit;color:inherit;margin:0}
button{cursor:pointer;background:none;border:0;padding:0;-webkit-appearance:none;appearance:none}
button:disabled{cursor:default;opacity:.55}
:focus-visible{outline:2px solid var(--fr);outline-offset:2px}
.sr{position:absolute!important;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.launcher{position:fixed;bottom:20px;right:20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;background:var(--p);color:var(--op);display:flex;align-items:center;justify-content:center;box-shadow:var(--sh);transition:transform .15s ease}
.launcher:hover{transform:scale(1.06)}
.launcher svg,.hd svg,.send svg{fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.launcher img{width:30px;height:30px;object-fit:contain;border-radius:4px}
.left .launcher{right:auto;left:20px}
.panel{position:fixed;bottom:88px;right:20px;z-index:2147483001;width:400px;max-width:calc(100% - 40px);height:620px;max-height:calc(100% - 112px);display:flex;flex-direction:column;background:var(--bg);color:var(--fg);border:1px solid var(--bd);border-radius:16px;box-shadow:var(--sh);overflow:hidden;animation:dc-in .18s ease-out}
.left .panel{right:auto;left:20px}
@keyframes dc-in{from{opacity:0;transform:translateY(12px)}to{opacity:1;transform:none}}
.hd{display:flex;align-items:center;gap:4px;padding:10px 8px 10px 16px;background:var(--p);color:var(--op)}
.hd h2{flex:1;margin:0;font-size:15px;font-weight:600;line-height:1.3;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.hd button{width:34px;height:34px;border-radius:8px;display:flex;align-items:center;justify-content:center}
.hd button:hover{background:rgba(255,255,255,.16)}
.hd :focus-visible{outline-color:var(--op)}
.log{flex:1;overflow-y:auto;padding:16px;display:flex;flex-direction:column;gap:12px;overscroll-behavior:contain}
.msg{max-width:100%;white-space:pre-wrap;overflow-wrap:anywhere}
.u{align-self:flex-end;max-width:85%;background:var(--p);color:var(--op);padding:8px 12px;border-radius:16px 16px 4px 16px}
.a{align-self:stretch;display:flex;flex-direction:column;gap:8px}
.a>.txt{align-self:flex-start;max-width:92%;background:var(--bu);padding:8px 12px;border-radius:16px 16px 16px 4px}
.a.err>.txt{background:var(--eb);color:var(--ef)}
.chips{display:flex;flex-wrap:wrap;gap:6px;white-space:normal}
.chip{border:1px solid var(--bd);border-radius:999px;padding:5px 11px;font-size:13px;text-align:left;background:var(--bg);color:var(--fg)}
.chip:hover{border-color:var(--fr)}
.interp{margin:6px 0 0;font-size:12px;color:var(--mu)}
.tb{display:flex;flex-direction:column;gap:6px}
.tw{overflow:auto;max-height:300px;border:1px solid var(--bd);border-radius:10px;white-space:normal}
table{border-collapse:collapse;width:100%;font-size:13px;font-variant-numeric:tabular-nums}
caption{padding:6px 10px;text-align:left;color:var(--mu);font-size:12px;caption-side:bottom}
th,td{padding:6px 10px;border-bottom:1px solid var(--bd);text-align:left;vertical-align:top;white-space:nowrap}
th{position:sticky;top:0;background:var(--cb);font-weight:600}
tr:last-child td{border-bottom:0}
.num{text-align:right}
.chart{min-height:40px;overflow-x:auto;white-space:normal;color:var(--mu);font-size:13px}
.chart svg,.chart canvas{max-width:100%;height:auto}
.chart text{fill:var(--mu);font-size:11px}
.chart .tt{fill:var(--fg);font-size:12px}
.chart .pl{font-size:11px;font-weight:600}
.chart .on-dark{fill:#fff}
.chart .on-light{fill:#111827}
.chart .gr{stroke:var(--bd)}
.chart .ax{stroke:var(--mu)}
.chart .sl{stroke:var(--bg);stroke-width:2}
.lg{display:flex;flex-wrap:wrap;gap:4px 12px;margin-top:4px;font-size:12px;color:var(--mu)}
.lg .lt{color:var(--fg)}
.lg .li{display:inline-flex;align-items:center;gap:5px}
.tools{display:flex;flex-wrap:wrap;gap:6px;align-items:center;white-space:normal}
.tool{border:1px solid var(--bd);border-radius:8px;padding:3px 9px;font-size:12px;color:var(--mu)}
.tool:hover{color:var(--fg);border-color:var(--mu)}
details{font-size:12px;white-space:normal}
summary{cursor:pointer;color:var(--mu);padding:2px 0;width:max-content}
pre{margin:6px 0 0;padding:8px 10px;background:var(--cb);border:1px solid var(--bd);border-radius:8px;font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre-wrap;overflow-wrap:anywhere}
.note{color:var(--mu);font-size:12px}
.st{padding:0 16px 8px;color:var(--mu);font-size:13px;min-height:0}
.st:not(:empty)::after{content:"";display:inline-block;width:10px;height:10px;margin-left:6px;border:2px solid var(--mu);border-right-color:transparent;border-radius:50%;vertical-align:-1px;animation:dc-spin .8s linear infinite}
@keyframes dc-spin{to{transform:rotate(360deg)}}
.er{margin:0 12px 10px;padding:10px 12px;border-radius:10px;background:var(--eb);color:var(--ef);display:flex;gap:10px;align-items:center;font-size:13px}
.er span{flex:1}
.er button{border:1px solid currentColor;border-radius:8px;padding:3px 10px;font-size:12px;white-space:nowrap}
.ask{display:flex;gap:8px;padding:10px 12px;border-top:1px solid var(--bd);background:var(--bg);margin:0}
textarea{flex:1;resize:none;min-height:40px;max-height:120px;padding:9px 12px;border:1px solid var(--ib);border-radius:12px;background:var(--bg);color:var(--fg);line-height:1.45;outline:0;display:block;width:auto}
textarea:focus{border-color:var(--fr);box-shadow:0 0 0 1px var(--fr)}
textarea:disabled{opacity:.6;cursor:not-allowed}
textarea::placeholder{color:var(--mu);opacity:1}
.send{width:40px;height:40px;flex:none;border-radius:12px;background:var(--p);color:var(--op);display:flex;align-items:center;justify-content:center}
@media (max-width:479.98px){.panel,.left .panel{inset:0;width:100%;max-width:none;height:100%;max-height:none;border-radius:0;border:0}.open .launcher{display:none}}
@media (prefers-reduced-motion:reduce){*,*::before,*::after{animation-duration:.001ms!important;animation-iteration-count:1!important;transition:none!important}}
`;
