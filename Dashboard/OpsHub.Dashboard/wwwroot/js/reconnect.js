// A wall screen has nobody to press "reload". When the circuit is lost (the silo restarted), wait until the server
// answers again and reload the page by itself. Blazor marks its reconnect element with a class for each state;
// watching the class works whichever way the framework reports the state.
(() => {
  let waiting = false;
  let shownSince = 0;
  async function reloadWhenBack() {
    if (waiting) return;
    waiting = true;
    for (;;) {
      try {
        const response = await fetch('health/ready', { cache: 'no-store' });
        if (response.ok) { location.reload(); return; }
      } catch { /* still down */ }
      await new Promise(r => setTimeout(r, 2000));
    }
  }
  function check(element) {
    const classes = element.classList;
    if (classes.contains('components-reconnect-failed') || classes.contains('components-reconnect-rejected')) {
      reloadWhenBack();
    } else if (classes.contains('components-reconnect-show')) {
      // Still retrying after ten seconds: the circuit is most likely gone with the process that held it.
      shownSince = shownSince || Date.now();
      setTimeout(() => { if (element.classList.contains('components-reconnect-show') && Date.now() - shownSince >= 10000) reloadWhenBack(); }, 10500);
    } else {
      shownSince = 0;
    }
  }
  // Blazor replaces the prerendered element when the page becomes interactive, so watch the whole body for it.
  function watch() {
    new MutationObserver(records => {
      for (const record of records) {
        if (record.target.id === 'components-reconnect-modal') check(record.target);
      }
    }).observe(document.body, { attributes: true, attributeFilter: ['class'], subtree: true });
  }
  // The event does not bubble: listen in the capture phase.
  document.addEventListener('components-reconnect-state-changed', e => {
    const state = e.detail && e.detail.state;
    if (state === 'failed' || state === 'rejected') reloadWhenBack();
  }, true);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch); else watch();
})();
