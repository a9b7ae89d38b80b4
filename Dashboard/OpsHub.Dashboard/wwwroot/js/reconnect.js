// A wall screen has nobody to press "reload". When the circuit cannot be resumed (the silo restarted), wait
// until the server answers again and reload the page by itself.
(() => {
  let waiting = false;
  async function reloadWhenBack() {
    if (waiting) return;
    waiting = true;
    for (;;) {
      try {
        const response = await fetch('health/live', { cache: 'no-store' });
        if (response.ok) { location.reload(); return; }
      } catch { /* still down */ }
      await new Promise(r => setTimeout(r, 2000));
    }
  }
  document.addEventListener('components-reconnect-state-changed', e => {
    const state = e.detail && e.detail.state;
    if (state === 'failed' || state === 'rejected') reloadWhenBack();
  });
})();
