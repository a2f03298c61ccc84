import emblem from '../../../assets/images/emblem.svg';

/** The static frame of the interim engine page; render.ts fills it. */
export const PAGE_FRAME = `
<header>
  <h1><img src="${emblem}" alt="" width="48" height="48" /> PAROS</h1>
  <p class="tagline">The negotiation over weapons in outer space, at the Conference on Disarmament and the UN General Assembly</p>
  <form id="setup">
    <label>Scenario <select name="scenario"></select></label>
    <label>Delegation <select name="seat">
      <option value="RUS">Russian Federation</option><option value="CHN">China</option>
      <option value="USA">United States</option><option value="EU">European Union</option>
      <option value="host">Host (teacher)</option></select></label>
    <label>Seed <input name="seed" type="number" value="1" min="0" /></label>
    <button type="submit">New game</button>
  </form>
</header>
<section id="status" aria-live="polite"></section>
<p id="message" role="status"></p>
<div class="columns">
  <section><h2>Your options</h2>
    <div class="controls"><button id="others" type="button">Let the others act</button><button id="end-turn" type="button">End the turn (host)</button></div>
    <div id="options"></div>
    <h2>Your brief</h2><div id="brief"></div></section>
  <section><h2>The record</h2><ol id="record" reversed></ol></section>
  <section><h2>Documents</h2><ul id="documents"></ul></section>
</div>`;
