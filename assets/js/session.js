// The page's session glue, loaded on every page by views/partials/session.html.
// It resumes the Descope session (sdk.refresh()), keeps the DS cookie current
// for the server, re-asks the server for #container whenever the session
// changes, and keeps the login card from ever staying blank.
// It works with both of Descope's token responses, untold: tokens in the body
// (the SDK stores them; DS is a cookie it writes) or Descope's cookie mode
// (HttpOnly DS and DSR that no script can read). So it never assumes it can
// read a token.
// Config comes in the script tag's data-* attributes.
(() => {
  'use strict';
  const script = document.currentScript;
  const cfg = script.dataset;
  // <descope-wc> and the UI library stamp this nonce on the styles and scripts
  // they add; the nonce attribute is hidden from scripts under a header CSP,
  // so it is handed over here, before either library loads.
  window.DESCOPE_NONCE ||= script.nonce;

  const sdk = Descope({
    projectId: cfg.projectId,
    baseUrl: cfg.baseUrl ? new URL(cfg.baseUrl, location.href).href.replace(/\/$/, '') : undefined,
    persistTokens: true,
    autoRefresh: true,
    // Tokens in the body: the SDK writes the DS cookie the server reads, so it
    // cannot be HttpOnly: Strict, Secure on https, and a strict CSP instead.
    // In Descope's cookie mode the body has no token and this writes nothing.
    sessionTokenViaCookie: {
      sameSite: 'Strict',
      secure: location.protocol === 'https:' || cfg.secureCookie === 'true',
    },
  });

  // ---- #container follows the session -------------------------------------
  const renderedSignedIn = () => !!document.querySelector('#container [data-session="user"]');
  const expired = (token) => { try { return sdk.isJwtExpired(token); } catch { return true; } };
  // Whether the user has signed in on this browser and not signed out: a
  // refresh token the script can read (body mode), or the SDK's login
  // indicator DSLI, which it writes from sessionExpiration, a field Descope
  // keeps in the body in cookie mode too, and clears on logout or on a
  // refused refresh.
  const signedInBefore = () => !!sdk.getRefreshToken() || !!localStorage.getItem('DSLI');
  let syncTimer;
  // Deferred a tick so the SDK has written its cookie before htmx asks.
  // The SDK's own verdict (a response with sessionExpiration, or a refused
  // session) is used, not a token: in cookie mode there is none to read.
  const syncContainer = (force, signedIn) => {
    clearTimeout(syncTimer);
    syncTimer = setTimeout(() => {
      if (force || signedIn !== renderedSignedIn()) htmx.trigger(document.body, cfg.eventSessionChanged);
    }, 0);
  };
  sdk.onIsAuthenticatedChange((signedIn) => syncContainer(false, signedIn));
  // Back/forward cache: never show a page as it was before a sign-out.
  window.addEventListener('pageshow', (e) => { if (e.persisted) syncContainer(true); });

  // Resume the stored session on every page, as Descope's quickstart does.
  // Visitors who never signed in have nothing to refresh, so they are spared the call.
  if (signedInBefore()) sdk.refresh();

  // ---- every htmx request carries the session and, if unsafe, the CSRF token --
  let refreshing = null;
  const refreshOnce = () => (refreshing ??= sdk.refresh().finally(() => { refreshing = null; }));
  // Authorization only with a token the script can read; otherwise the
  // same-origin DS cookie (written by the SDK, or HttpOnly by Descope) speaks.
  const withSession = (init) => {
    const token = sdk.getSessionToken();
    if (token) init.headers.Authorization = 'Bearer ' + token;
    else delete init.headers.Authorization;
    return init;
  };
  // A readable token that has expired is refreshed before the request (in
  // cookie mode the server refreshes from its DSR cookie instead); a 401 is
  // answered once with a refresh and a retry whenever the user has signed in
  // before. Only if that fails does the login fragment show.
  const sessionFetch = async (url, init) => {
    const token = sdk.getSessionToken();
    // A failed refresh (Descope unreachable) still sends the request: the
    // server's answer, not the network error, is what the user should see.
    if (token && expired(token) && signedInBefore()) await refreshOnce().catch(() => null);
    let res = await fetch(url, withSession(init));
    if (res.status === 401 && !asksForStepUp(res) && signedInBefore()) {
      const refreshed = await refreshOnce().catch(() => null);
      if (refreshed?.ok) {
        await res.body?.cancel();
        res = await fetch(url, withSession(init));
      }
    }
    return res;
  };
  const csrfToken = () => document.querySelector('meta[name="csrf-token"]')?.content || '';
  document.addEventListener('htmx:config:request', (e) => {
    const ctx = e.detail.ctx;
    if (!['GET', 'HEAD'].includes(ctx.request.method)) ctx.request.headers['X-CSRF-Token'] = csrfToken();
    ctx.fetch = sessionFetch;
  });

  // ---- sign-out: the server answered, now clear the browser's copy too ------
  // HX-Trigger may list several events (names, commas or JSON keys).
  const triggered = (header, name) => {
    const h = (header || '').trim();
    if (h.startsWith('{')) { try { return name in JSON.parse(h); } catch { return false; } }
    return h.split(',').some((n) => n.trim() === name);
  };
  document.addEventListener('htmx:after:request', (e) => {
    const res = e.detail.ctx.response;
    if (res?.status === 200 && triggered(res.headers.get('HX-Trigger'), cfg.eventSessionEnded)) sdk.logout();
  });

  // ---- tenant switch: new tokens with dct, then everything re-renders -------
  document.addEventListener('click', async (e) => {
    const button = e.target.closest('[data-select-tenant]');
    if (!button) return;
    button.disabled = true;
    const res = await sdk.selectTenant(button.dataset.selectTenant, sdk.getRefreshToken() || undefined).catch(() => null);
    if (res?.ok) syncContainer(true);
    else button.disabled = false;
  });

  // ---- Descope flow: after success, store the session the page SDK's way -----
  // <descope-wc> keeps tokens in localStorage only; the page SDK's refresh()
  // writes the DS cookie. In cookie mode the flow's answer already set the
  // HttpOnly cookies and has no refreshJwt: refresh() then sends the DSR
  // cookie, and starts the SDK's refresh timer from sessionExpiration.
  // Its events do not bubble, hence capture listeners.
  const fromFlow = (e) => e.target instanceof Element && e.target.localName === 'descope-wc';
  document.addEventListener('success', (e) => {
    if (!fromFlow(e) || inStepUpPrompt(e.target)) return;
    sdk.refresh(e.detail?.refreshJwt || undefined).then(() => syncContainer(true));
  }, true);

  // ---- step-up (issue 12): begin --------------------------------------------
  // A 401 marked "Step-Up: required" (htmx.HeaderStepUp) is not an expired
  // session: it carries the step-up prompt, swapped in place of the element
  // that asked, so it is neither refreshed nor retried by sessionFetch.
  // After the prompt's flow succeeds, its new tokens are stored the SDK's
  // way and the prompt's retry button repeats the refused request.
  function asksForStepUp(res) { return res.headers.get('Step-Up') === 'required'; }
  function inStepUpPrompt(el) { return !!el.closest('[data-step-up]'); }
  document.addEventListener('success', async (e) => {
    if (!fromFlow(e) || !inStepUpPrompt(e.target)) return;
    const prompt = e.target.closest('[data-step-up]');
    const verified = prompt.querySelector('[data-step-up-verified]');
    const retry = verified.querySelector('[data-step-up-retry]');
    const res = await sdk.refresh(e.detail?.refreshJwt || undefined).catch(() => null);
    prompt.querySelector('.login-flow').hidden = true;
    verified.hidden = false;
    if (res?.ok) retry.click();
    else prompt.querySelector('[data-step-up-verified-text]').textContent = 'Verified, but the new session could not be stored. Try again.';
  }, true);
  // "Sign out everywhere": the server revoked what it held; the web SDK's
  // logoutAll() revokes the browser's refresh token and clears its storage.
  document.addEventListener('htmx:after:request', (e) => {
    const res = e.detail.ctx.response;
    if (res?.status === 200 && triggered(res.headers.get('HX-Trigger'), cfg.eventSessionEndedEverywhere)) sdk.logoutAll().catch(() => null);
  });
  // ---- step-up: end ----------------------------------------------------------

  // ---- accessibility: busy regions and focus after swaps (issue 14) ---------
  // While a request is in flight its target says so (aria-busy); after a
  // swap, focus moves to the page heading the server just sent with it, so
  // keyboard and screen-reader users land on the new content, not on <body>.
  const busy = new WeakMap(); // request ctx -> the element marked busy
  const targetOf = (ctx) => (typeof ctx.target === 'string' ? document.querySelector(ctx.target) : ctx.target);
  document.addEventListener('htmx:before:request', (e) => {
    const target = targetOf(e.detail.ctx);
    if (!(target instanceof Element)) return;
    busy.set(e.detail.ctx, target);
    target.setAttribute('aria-busy', 'true');
  });
  document.addEventListener('htmx:finally:request', (e) => {
    busy.get(e.detail.ctx)?.removeAttribute('aria-busy');
    busy.delete(e.detail.ctx);
  });
  document.addEventListener('htmx:after:swap', () => {
    document.querySelectorAll('[aria-busy]').forEach((el) => el.removeAttribute('aria-busy'));
    const heading = document.querySelector('#page-heading h1');
    if (heading) heading.focus({ preventScroll: false });
  });

  // ---- the login card is never blank ---------------------------------------
  // A placeholder shows until the flow's first screen is ready; a flow error,
  // a library that failed to load, or silence for too long shows a message
  // with a retry instead.
  const READY_TIMEOUT_MS = 15000;
  const cardOf = (el) => el.closest('[data-login]');
  const showProblem = (card, text) => {
    if (!card) return;
    card.querySelector('[data-login-loading]').hidden = true;
    card.querySelector('[data-login-problem-text]').textContent = text;
    card.querySelector('[data-login-problem]').hidden = false;
  };
  const describe = (detail) => {
    const what = detail?.errorDescription || detail?.errorMessage || (typeof detail === 'string' ? detail : '');
    return 'Sign-in could not be loaded' + (what ? ': ' + what : '') + '.';
  };
  const watchLoginCards = () => {
    document.querySelectorAll('[data-login]:not([data-login-watched])').forEach((card) => {
      card.dataset.loginWatched = '';
      setTimeout(() => {
        if (card.isConnected && !card.dataset.loginReady && card.querySelector('[data-login-problem]').hidden) {
          showProblem(card, 'Sign-in is taking longer than it should. Check your connection.');
        }
      }, READY_TIMEOUT_MS);
    });
  };
  document.addEventListener('ready', (e) => {
    if (!fromFlow(e)) return;
    const card = cardOf(e.target);
    if (!card) return;
    card.dataset.loginReady = 'true';
    card.querySelector('[data-login-loading]').hidden = true;
    card.querySelector('[data-login-problem]').hidden = true;
  }, true);
  document.addEventListener('error', (e) => {
    if (fromFlow(e)) showProblem(cardOf(e.target), describe(e.detail));
  }, true);
  // A <script src> that fails (the UI library, the component) fires a
  // non-bubbling error on the element: caught here, before those tags run.
  window.addEventListener('error', (e) => {
    if (e.target instanceof HTMLScriptElement && e.target.dataset.loginLibrary !== undefined) {
      document.querySelectorAll('[data-login]').forEach((card) => showProblem(card, 'Sign-in could not be loaded: a script failed to download.'));
    }
  }, true);
  document.addEventListener('click', (e) => {
    if (e.target.closest('[data-login-retry]')) location.reload();
  });
  document.addEventListener('htmx:after:swap', watchLoginCards);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watchLoginCards);
  else watchLoginCards();
})();
