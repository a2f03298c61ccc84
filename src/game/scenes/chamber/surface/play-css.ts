/**
 * The look of the play screens' DOM panels, injected once. Sizes are in game pixels (the layer
 * is scaled with the canvas). Focus is always visible; nothing depends on colour alone.
 */
export const PLAY_CSS = `
.pv-layer{position:absolute;transform-origin:0 0;pointer-events:none;z-index:10;
  font-family:system-ui,'Segoe UI','Noto Sans','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif;
  color:#e8edf2;font-size:14px;line-height:1.35}
.pv-layer *{box-sizing:border-box}
.pv-layer :is(button,a,input,select,summary,[tabindex]){pointer-events:auto}
.pv-panel{pointer-events:auto;background:rgba(20,27,36,.94);border:1px solid #34404f;border-radius:6px;
  padding:10px 12px;overflow:auto}
.pv-panel h2{font-size:16px;margin:0 0 6px;color:#f2c14e}
.pv-panel h3{font-size:14px;margin:10px 0 4px;color:#cfd8e3}
.pv-panel h4{font-size:13px;margin:8px 0 2px;color:#cfd8e3}
.pv-panel p{margin:4px 0}
.pv-muted{color:#9fb0c2}
.pv-nav{pointer-events:auto;display:flex;align-items:center;gap:4px;padding:6px 10px;
  background:rgba(12,16,22,.96);border-bottom:1px solid #34404f}
.pv-nav .pv-where{margin-left:auto;color:#cfd8e3;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:520px}
.pv-button{pointer-events:auto;font:inherit;font-size:13px;color:#e8edf2;background:#263241;border:1px solid #4a5a6d;
  border-radius:4px;padding:4px 9px;cursor:pointer}
.pv-button:hover{background:#324257}
.pv-button[aria-pressed=true],.pv-button[aria-current=page]{background:#f2c14e;color:#151a21;border-color:#f2c14e}
.pv-button:disabled{opacity:.5;cursor:default}
.pv-button[aria-pressed=true] .pv-muted,.pv-button[aria-current=page] .pv-muted{color:#4a3d1c}
.pv-layer :focus-visible{outline:3px solid #ffd866;outline-offset:2px}
.pv-chip{pointer-events:auto;font:inherit;font-size:12px;font-weight:600;color:#151a21;background:#e9dfc7;border:1px solid #8a7d5c;
  border-radius:3px;padding:2px 6px;cursor:pointer;margin:2px}
.pv-chip:hover{background:#fff4d6}
.pv-seat{pointer-events:auto;position:absolute;background:transparent;border:0;padding:0;cursor:pointer;border-radius:4px}
.pv-seat:focus-visible{outline:3px solid #ffd866;outline-offset:1px}
.pv-tip{position:absolute;pointer-events:none;background:#0b0f14;color:#fff;border:1px solid #ffd866;border-radius:4px;
  padding:4px 8px;font-size:13px;white-space:nowrap;z-index:3}
.pv-sr{position:absolute!important;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.pv-list{list-style:none;margin:0;padding:0}
.pv-list li{margin:2px 0}
.pv-table{border-collapse:collapse;width:100%;font-size:12px}
.pv-table th,.pv-table td{border-bottom:1px solid #34404f;padding:3px 5px;text-align:left;vertical-align:top}
.pv-table th{color:#cfd8e3;position:sticky;top:0;background:#18202a}
.pv-legend{display:flex;flex-wrap:wrap;gap:6px 12px;font-size:12px}
.pv-swatch{display:inline-block;width:14px;height:14px;border:1px solid #0b0f14;vertical-align:-2px;margin-right:4px;
  text-align:center;font-size:10px;line-height:13px;font-weight:700}
.pv-doc{pointer-events:auto;background:#f7f3ea;color:#1d2126;border-radius:4px;padding:18px 26px;overflow:auto;
  font-family:Georgia,'Noto Serif','Noto Serif CJK SC',serif;font-size:15px;line-height:1.5;overflow-x:hidden;overflow-wrap:anywhere;contain:paint}
.pv-doc h2{color:#1d2126;font-size:20px;margin:0 0 4px}
.pv-doc h3{color:#2b3038;font-size:16px;margin:16px 0 4px}
.pv-doc .pv-meta{font-family:system-ui,sans-serif;font-size:12px;color:#4a5561}
.pv-doc article{border-top:1px solid #d8d0bd;padding-top:6px;margin-top:8px}
.pv-doc .pv-chip{background:#fff;border-color:#8a7d5c}
.pv-conf{display:inline-block;font-family:system-ui,sans-serif;font-size:11px;font-weight:700;border-radius:3px;padding:0 5px;margin-left:6px;vertical-align:2px}
.pv-conf-verified{background:#d7ecd9;color:#174d22;border:1px solid #3d8a4a}
.pv-conf-uncertain{background:#fff0c2;color:#5c4300;border:1px dashed #a07800}
.pv-conf-reconstructed{background:#f1e0f0;color:#5a2157;border:1px dotted #8e3f89}
.pv-answer{font-family:system-ui,sans-serif;font-size:12.5px;background:#efe9da;border-left:3px solid #8a7d5c;padding:4px 8px;margin:6px 0}
.pv-columns{display:grid;grid-template-columns:1fr 1fr;gap:10px}
.pv-columns > div{background:#fff;border:1px solid #d8d0bd;padding:6px 8px;font-size:13.5px}
.pv-change{font-family:system-ui,sans-serif;font-size:12.5px;color:#3d2f00;background:#fff7d6;padding:4px 8px;border-left:3px solid #c99a00;margin:4px 0 10px}
.pv-bracket{background:#fff;border:1px dashed #a07800;padding:4px 8px;margin:4px 0}
.pv-bracket-text::before{content:'[ '}.pv-bracket-text::after{content:' ]'}
.pv-tabs{display:flex;gap:4px;flex-wrap:wrap;margin-bottom:6px}
.pv-controls{pointer-events:auto;display:flex;align-items:center;gap:6px;flex-wrap:wrap;background:rgba(12,16,22,.97);
  border:1px solid #34404f;border-radius:6px;padding:6px 8px}
.pv-controls .pv-button{padding:3px 7px}
.pv-controls input,.pv-controls select{font:inherit;font-size:13px;background:#0f141a;color:#e8edf2;border:1px solid #4a5a6d;border-radius:4px;padding:3px 6px}
.pv-controls input[type=range]{flex:1;min-width:160px}
.pv-status{font-size:12px;color:#cfd8e3}
.pv-alert{color:#ffb4a0}
.pv-debrief table{border-collapse:collapse;width:100%;font-family:system-ui,sans-serif;font-size:12.5px;margin:6px 0}
.pv-debrief th,.pv-debrief td{border:1px solid #d0c7b0;padding:3px 6px;text-align:left;vertical-align:top}
.pv-debrief th{background:#ece4d0}
.pv-debrief figure{margin:6px 0;color:#1d2126}
.pv-debrief ul{font-family:system-ui,sans-serif;font-size:13px}
.pv-objection{color:#8a2b00;font-weight:600}
`;
